import Mustache

// The redline views answer templates directly instead of through reflection (Mirror), as the
// edition views do (see TemplateLookup.swift); a test holds each one equal to the stored properties.
// Their lists reach templates as `[RedlineEntry]`, one type for all of them.

/// One entry of a redline's lists (a metadata field, a group, a change, a part of a run or a
/// markup change) as templates see it. The template engine checks the protocols of each type of
/// value it meets once, scanning every conformance of the program, so one type for the five
/// kinds of entry, and one for their lists, makes a redline cheaper to render.
enum RedlineEntry: MustacheParent {
    case field(RedlineFieldView)
    case group(RedlineGroupView)
    case change(RedlineChangeView)
    case part(RedlinePartView)
    case markup(RedlineMarkupView)

    /// What the entry's view answers.
    func child(named name: String) -> Any? {
        switch self {
        case .field(let view): view.child(named: name)
        case .group(let view): view.child(named: name)
        case .change(let view): view.child(named: name)
        case .part(let view): view.child(named: name)
        case .markup(let view): view.child(named: name)
        }
    }
}

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
        case "metadata": metadata.map(RedlineEntry.field)
        case "hasMetadata": hasMetadata
        case "groups": groups.map(RedlineEntry.group)
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
        case "changes": changes.map(RedlineEntry.change)
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
        case "parts": parts.map(RedlineEntry.part)
        case "markups": markups.map(RedlineEntry.markup)
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
