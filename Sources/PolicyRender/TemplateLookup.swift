import Mustache

// Templates look values up by name. These lookups answer directly instead of through
// reflection (Mirror), which was a third of the rendering time; a test holds each one equal to
// the stored properties.

/// A string a view hands a template. swift-mustache shows a custom renderable value after one
/// failed and one successful cast, where a plain `String` takes four casts and a conversion
/// through `String(describing:)`; inside a section it answers no name, so lookups go on up the
/// stack as they would past a string, and it takes the same transforms (`uppercased(name)`).
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    /// The string shown.
    let text: String

    /// The string itself.
    var renderText: String { text }
    /// Never: an empty string is shown as nothing but still opens a section, as a string does.
    var isNull: Bool { false }

    /// Nothing: a string has no named parts.
    func child(named _: String) -> Any? { nil }

    /// The string's transform of that name (`uppercased`, `empty`, …), as for a string.
    func transform(_ name: String) -> Any? { text.transform(name) }
}

/// A view's string for a template, as `TemplateText`.
@inline(__always) func shown(_ value: String) -> Any? { TemplateText(text: value) }

/// A view's optional string for a template, as `TemplateText`, or nil.
@inline(__always) func shown(_ value: String?) -> Any? { value.map { TemplateText(text: $0) } }

/// A view's value for a template as it is (anything but a string).
@inline(__always) func shown<Value>(_ value: Value) -> Any? { value }

/// A view's optional value for a template, or nil (never an optional inside `Any`).
@inline(__always) func shown<Value>(_ value: Value?) -> Any? { value }

extension DocumentView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "language": shown(language)
        case "title": shown(title)
        case "titleText": shown(titleText)
        case "publisher": shown(publisher)
        case "effective": shown(effective)
        case "effectiveLong": shown(effectiveLong)
        case "displayDate": shown(displayDate)
        case "hasSummary": shown(hasSummary)
        case "summary": shown(summary)
        case "hasPreamble": shown(hasPreamble)
        case "preamble": shown(preamble)
        case "sections": shown(sections)
        case "hasClosing": shown(hasClosing)
        case "closing": shown(closing)
        case "hasNotes": shown(hasNotes)
        case "notes": shown(notes)
        case "page": shown(page)
        case "strings": shown(strings)
        default: nil
        }
    }
}

extension SectionView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "id": shown(id)
        case "number": shown(number)
        case "label": shown(label)
        case "hasLabel": shown(hasLabel)
        case "heading": shown(heading)
        case "headingText": shown(headingText)
        case "headingTag": shown(headingTag)
        case "headingLine": shown(headingLine)
        case "blocks": shown(blocks)
        case "blocksLaidOut": shown(blocksLaidOut)
        case "hasBlocks": shown(hasBlocks)
        case "hasSubsections": shown(hasSubsections)
        case "subsections": shown(subsections)
        case "anchorLabel": shown(anchorLabel)
        default: nil
        }
    }
}

extension BlockView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "isParagraph": shown(isParagraph)
        case "isList": shown(isList)
        case "isTable": shown(isTable)
        case "isOrdered": shown(isOrdered)
        case "isDate": shown(isDate)
        case "isSignature": shown(isSignature)
        case "hasID": shown(hasID)
        case "id": shown(id)
        case "body": shown(body)
        case "items": shown(items)
        case "html": shown(html)
        case "hasCaption": shown(hasCaption)
        case "caption": shown(caption)
        case "hasHeader": shown(hasHeader)
        case "header": shown(header)
        case "rows": shown(rows)
        default: nil
        }
    }
}

extension RowView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "hasID": shown(hasID)
        case "id": shown(id)
        case "citation": shown(citation)
        case "cells": shown(cells)
        default: nil
        }
    }
}

extension CellView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "content": shown(content)
        case "label": shown(label)
        default: nil
        }
    }
}

extension ItemView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "hasID": shown(hasID)
        case "id": shown(id)
        case "hasMarker": shown(hasMarker)
        case "marker": shown(marker)
        case "citation": shown(citation)
        case "content": shown(content)
        case "hasBlocks": shown(hasBlocks)
        case "blocks": shown(blocks)
        default: nil
        }
    }
}

extension NoteView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "id": shown(id)
        case "number": shown(number)
        case "content": shown(content)
        case "body": shown(body)
        case "backReferences": shown(backReferences)
        default: nil
        }
    }
}

extension BackReferenceView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": shown(anchor)
        case "ordinal": shown(ordinal)
        default: nil
        }
    }
}

extension PageContext: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "stylesheetHref": shown(stylesheetHref)
        case "inlineStyle": shown(inlineStyle)
        case "hasInlineStyle": shown(hasInlineStyle)
        case "hasStylesheetHref": shown(hasStylesheetHref)
        case "homeHref": shown(homeHref)
        case "hasHome": shown(hasHome)
        case "hasCanonical": shown(hasCanonical)
        case "canonicalHref": shown(canonicalHref)
        case "hasNotice": shown(hasNotice)
        case "noticeDate": shown(noticeDate)
        case "noticeEffective": shown(noticeEffective)
        case "noticeHref": shown(noticeHref)
        case "hasEditions": shown(hasEditions)
        case "editions": shown(editions)
        case "hasRevisions": shown(hasRevisions)
        case "revisions": shown(revisions)
        case "hasRules": shown(hasRules)
        case "allowsHref": shown(allowsHref)
        case "rulesHref": shown(rulesHref)
        case "hasHistory": shown(hasHistory)
        case "changelogHref": shown(changelogHref)
        case "feedHref": shown(feedHref)
        case "hasDiff": shown(hasDiff)
        case "diffHref": shown(diffHref)
        case "hasPageLinks": shown(hasPageLinks)
        case "isSuperseded": shown(isSuperseded)
        case "isUpcoming": shown(isUpcoming)
        case "versionDate": shown(versionDate)
        case "versionEffective": shown(versionEffective)
        case "hasCurrentLink": shown(hasCurrentLink)
        case "currentHref": shown(currentHref)
        case "hasLanguages": shown(hasLanguages)
        case "languages": shown(languages)
        case "isTranslationBehind": shown(isTranslationBehind)
        case "translationNotice": shown(translationNotice)
        case "originalHref": shown(originalHref)
        case "originalLanguage": shown(originalLanguage)
        default: nil
        }
    }
}

extension LanguageLink: MustacheParent {
    /// The stored property a template names, or nil.
    public func child(named name: String) -> Any? {
        switch name {
        case "language": shown(language)
        case "label": shown(label)
        case "href": shown(href)
        case "isCurrent": shown(isCurrent)
        case "isAlternate": shown(isAlternate)
        default: nil
        }
    }
}

extension LinkView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "label": shown(label)
        case "href": shown(href)
        default: nil
        }
    }
}

extension RevisionLinkView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "effective": shown(effective)
        case "effectiveLong": shown(effectiveLong)
        case "href": shown(href)
        case "isCurrentPage": shown(isCurrentPage)
        case "status": shown(status)
        case "html": shown(html)
        default: nil
        }
    }
}

extension IndexView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "language": shown(language)
        case "title": shown(title)
        case "policies": shown(policies)
        case "page": shown(page)
        case "strings": shown(strings)
        default: nil
        }
    }
}

extension PolicyListingView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "title": shown(title)
        case "publisher": shown(publisher)
        case "href": shown(href)
        case "effective": shown(effective)
        case "effectiveLong": shown(effectiveLong)
        case "hasScheduled": shown(hasScheduled)
        case "scheduledLong": shown(scheduledLong)
        case "scheduledEffective": shown(scheduledEffective)
        case "language": shown(language)
        default: nil
        }
    }
}

extension AllowsView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "language": shown(language)
        case "policyTitle": shown(policyTitle)
        case "publisher": shown(publisher)
        case "effective": shown(effective)
        case "effectiveLong": shown(effectiveLong)
        case "revisionHref": shown(revisionHref)
        case "rulesHref": shown(rulesHref)
        case "actions": shown(actions)
        case "page": shown(page)
        case "strings": shown(strings)
        default: nil
        }
    }
}

extension AllowsActionView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "id": shown(id)
        case "label": shown(label)
        case "recipients": shown(recipients)
        case "hasRecipients": shown(hasRecipients)
        case "forbids": shown(forbids)
        case "hasForbids": shown(hasForbids)
        case "defaults": shown(defaults)
        case "hasDefaults": shown(hasDefaults)
        case "strings": shown(strings.isEmpty ? nil : strings as Any)
        default: nil
        }
    }
}

extension AllowsRecipientView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "label": shown(label)
        case "id": shown(id)
        case "hasID": shown(hasID)
        case "isAny": shown(isAny)
        case "conditions": shown(conditions)
        case "strings": shown(strings.isEmpty ? nil : strings as Any)
        default: nil
        }
    }
}

extension AllowsConditionView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "phrases": shown(phrases)
        case "hasPhrases": shown(hasPhrases)
        case "unconditional": shown(unconditional)
        case "citation": shown(citation)
        case "href": shown(href)
        case "clauseID": shown(clauseID)
        case "summary": shown(summary)
        case "html": shown(html)
        default: nil
        }
    }
}

extension AllowsPhraseView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "lead": shown(lead)
        case "terms": shown(terms)
        case "ids": shown(ids)
        default: nil
        }
    }
}

extension UIText: MustacheParent, MustacheCustomRenderable {
    /// The whole text, as a template shows it.
    public var renderText: String { text }
    /// Never: an empty text still opens a section.
    public var isNull: Bool { false }

    /// The stored property a template names, or nil.
    public func child(named name: String) -> Any? {
        switch name {
        case "text": shown(text)
        case "before": shown(before)
        case "after": shown(after)
        default: nil
        }
    }
}
