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
        case "language": shown(language)
        case "title": shown(title)
        case "oldDate": shown(oldDate)
        case "newDate": shown(newDate)
        case "oldEffective": shown(oldEffective)
        case "newEffective": shown(newEffective)
        case "hasLinks": shown(hasLinks)
        case "homeHref": shown(homeHref)
        case "newHref": shown(newHref)
        case "oldHref": shown(oldHref)
        case "changelogHref": shown(changelogHref)
        case "hasMateriality": shown(hasMateriality)
        case "materialityLine": shown(materialityLine)
        case "materialityLines": shown(materialityLines)
        case "reviews": shown(reviews)
        case "hasReviews": shown(hasReviews)
        case "flips": shown(flips)
        case "hasFlips": shown(hasFlips)
        case "summaryLine": shown(summaryLine)
        case "metadata": shown(metadata.map(RedlineEntry.field))
        case "hasMetadata": shown(hasMetadata)
        case "groups": shown(groups.map(RedlineEntry.group))
        case "unchanged": shown(unchanged)
        case "unchangedNoun": shown(unchangedNoun)
        case "hasUnchanged": shown(hasUnchanged)
        case "boldOn": shown(boldOn)
        case "boldOff": shown(boldOff)
        case "page": shown(page)
        case "strings": shown(strings)
        case "unchangedLine": shown(unchangedLine)
        default: nil
        }
    }
}

extension RedlineFieldView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "field": shown(field)
        case "words": shown(words)
        default: nil
        }
    }
}

extension RedlineGroupView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "heading": shown(heading)
        case "changes": shown(changes.map(RedlineEntry.change))
        default: nil
        }
    }
}

extension RedlineChangeView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "kind": shown(kind)
        case "sign": shown(sign)
        case "numberLine": shown(numberLine)
        case "oldNumber": shown(oldNumber)
        case "newNumber": shown(newNumber)
        case "kindLine": shown(kindLine)
        case "row": shown(row)
        case "hasRow": shown(hasRow)
        case "words": shown(words)
        case "hasWords": shown(hasWords)
        case "parts": shown(parts.map(RedlineEntry.part))
        case "markups": shown(markups.map(RedlineEntry.markup))
        case "strings": shown(strings.isEmpty ? nil : strings as Any)
        default: nil
        }
    }
}

extension RedlinePartView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "number": shown(number)
        case "words": shown(words)
        default: nil
        }
    }
}

extension RedlineMarkupView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "text": shown(text)
        case "old": shown(old)
        case "new": shown(new)
        default: nil
        }
    }
}
