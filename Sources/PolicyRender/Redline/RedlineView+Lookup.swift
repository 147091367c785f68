import Mustache

// The redline views answer templates directly instead of through reflection (Mirror), as the
// edition views do (see TemplateLookup.swift); a test holds each one equal to the stored properties.

extension RedlineView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "language": language
        case "title": title
        case "oldDate": oldDate
        case "newDate": newDate
        case "oldEffective": oldEffective
        case "newEffective": newEffective
        case "hasLinks": hasLinks
        case "homeHref": homeHref
        case "newHref": newHref
        case "oldHref": oldHref
        case "changelogHref": changelogHref
        case "hasMateriality": hasMateriality
        case "materialityLine": materialityLine
        case "materialityLines": materialityLines
        case "reviews": reviews
        case "hasReviews": hasReviews
        case "flips": flips
        case "hasFlips": hasFlips
        case "summaryLine": summaryLine
        case "metadata": metadata
        case "hasMetadata": hasMetadata
        case "groups": groups
        case "unchanged": unchanged
        case "unchangedNoun": unchangedNoun
        case "hasUnchanged": hasUnchanged
        case "boldOn": boldOn
        case "boldOff": boldOff
        case "page": page
        case "strings": strings
        case "unchangedLine": unchangedLine
        default: nil
        }
    }
}

extension RedlineFieldView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "field": field
        case "words": words
        default: nil
        }
    }
}

extension RedlineGroupView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "changes": changes
        default: nil
        }
    }
}

extension RedlineChangeView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "kind": kind
        case "sign": sign
        case "numberLine": numberLine
        case "oldNumber": oldNumber
        case "newNumber": newNumber
        case "kindLine": kindLine
        case "row": row
        case "hasRow": hasRow
        case "words": words
        case "hasWords": hasWords
        case "parts": parts
        case "markups": markups
        case "strings": strings.isEmpty ? nil : strings as Any
        default: nil
        }
    }
}

extension RedlinePartView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "words": words
        default: nil
        }
    }
}

extension RedlineMarkupView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "old": old
        case "new": new
        default: nil
        }
    }
}
