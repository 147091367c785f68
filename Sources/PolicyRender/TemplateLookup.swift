import Mustache

// Templates look values up by name. These lookups answer directly instead of through
// reflection (Mirror), which was a third of the rendering time; a test holds each one equal to
// the stored properties.

extension DocumentView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "language": language
        case "title": title
        case "titleText": titleText
        case "publisher": publisher
        case "effective": effective
        case "effectiveLong": effectiveLong
        case "displayDate": displayDate
        case "hasSummary": hasSummary
        case "summary": summary
        case "hasPreamble": hasPreamble
        case "preamble": preamble
        case "sections": sections
        case "hasClosing": hasClosing
        case "closing": closing
        case "hasNotes": hasNotes
        case "notes": notes
        case "page": page
        case "strings": strings
        default: nil
        }
    }
}

extension SectionView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "number": number
        case "label": label
        case "hasLabel": hasLabel
        case "heading": heading
        case "headingText": headingText
        case "headingTag": headingTag
        case "headingLine": headingLine
        case "blocks": blocks
        case "blocksLaidOut": blocksLaidOut
        case "hasBlocks": hasBlocks
        case "hasSubsections": hasSubsections
        case "subsections": subsections
        case "anchorLabel": anchorLabel
        default: nil
        }
    }
}

extension BlockView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "isParagraph": isParagraph
        case "isList": isList
        case "isTable": isTable
        case "isOrdered": isOrdered
        case "isDate": isDate
        case "isSignature": isSignature
        case "hasID": hasID
        case "id": id
        case "body": body
        case "items": items
        case "html": html
        case "hasCaption": hasCaption
        case "caption": caption
        case "hasHeader": hasHeader
        case "header": header
        case "rows": rows
        default: nil
        }
    }
}

extension RowView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "hasID": hasID
        case "id": id
        case "citation": citation
        case "cells": cells
        default: nil
        }
    }
}

extension CellView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "content": content
        case "label": label
        default: nil
        }
    }
}

extension ItemView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "hasID": hasID
        case "id": id
        case "hasMarker": hasMarker
        case "marker": marker
        case "citation": citation
        case "content": content
        case "hasBlocks": hasBlocks
        case "blocks": blocks
        default: nil
        }
    }
}

extension NoteView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "number": number
        case "content": content
        case "body": body
        case "backReferences": backReferences
        default: nil
        }
    }
}

extension BackReferenceView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": anchor
        case "ordinal": ordinal
        default: nil
        }
    }
}

extension PageContext: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "stylesheetHref": stylesheetHref
        case "inlineStyle": inlineStyle
        case "hasInlineStyle": hasInlineStyle
        case "hasStylesheetHref": hasStylesheetHref
        case "homeHref": homeHref
        case "hasHome": hasHome
        case "hasCanonical": hasCanonical
        case "canonicalHref": canonicalHref
        case "hasNotice": hasNotice
        case "noticeDate": noticeDate
        case "noticeEffective": noticeEffective
        case "noticeHref": noticeHref
        case "hasEditions": hasEditions
        case "editions": editions
        case "hasRevisions": hasRevisions
        case "revisions": revisions
        case "hasRules": hasRules
        case "allowsHref": allowsHref
        case "rulesHref": rulesHref
        case "hasHistory": hasHistory
        case "changelogHref": changelogHref
        case "feedHref": feedHref
        case "hasDiff": hasDiff
        case "diffHref": diffHref
        case "hasPageLinks": hasPageLinks
        case "isSuperseded": isSuperseded
        case "isUpcoming": isUpcoming
        case "versionDate": versionDate
        case "versionEffective": versionEffective
        case "hasCurrentLink": hasCurrentLink
        case "currentHref": currentHref
        case "hasLanguages": hasLanguages
        case "languages": languages
        case "isTranslationBehind": isTranslationBehind
        case "translationNotice": translationNotice
        case "originalHref": originalHref
        case "originalLanguage": originalLanguage
        default: nil
        }
    }
}

extension LanguageLink: MustacheParent {
    /// The stored property a template names, or nil.
    public func child(named name: String) -> Any? {
        switch name {
        case "language": language
        case "label": label
        case "href": href
        case "isCurrent": isCurrent
        case "isAlternate": isAlternate
        default: nil
        }
    }
}

extension LinkView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "href": href
        default: nil
        }
    }
}

extension RevisionLinkView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "effective": effective
        case "effectiveLong": effectiveLong
        case "href": href
        case "isCurrentPage": isCurrentPage
        case "status": status
        case "html": html
        default: nil
        }
    }
}

extension IndexView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "language": language
        case "title": title
        case "policies": policies
        case "page": page
        case "strings": strings
        default: nil
        }
    }
}

extension PolicyListingView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "publisher": publisher
        case "href": href
        case "effective": effective
        case "effectiveLong": effectiveLong
        case "hasScheduled": hasScheduled
        case "scheduledLong": scheduledLong
        case "scheduledEffective": scheduledEffective
        case "language": language
        default: nil
        }
    }
}

extension AllowsView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "language": language
        case "policyTitle": policyTitle
        case "publisher": publisher
        case "effective": effective
        case "effectiveLong": effectiveLong
        case "revisionHref": revisionHref
        case "rulesHref": rulesHref
        case "actions": actions
        case "page": page
        case "strings": strings
        default: nil
        }
    }
}

extension AllowsActionView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "id": id
        case "label": label
        case "recipients": recipients
        case "hasRecipients": hasRecipients
        case "forbids": forbids
        case "hasForbids": hasForbids
        case "defaults": defaults
        case "hasDefaults": hasDefaults
        case "strings": strings.isEmpty ? nil : strings as Any
        default: nil
        }
    }
}

extension AllowsRecipientView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "id": id
        case "hasID": hasID
        case "isAny": isAny
        case "conditions": conditions
        case "strings": strings.isEmpty ? nil : strings as Any
        default: nil
        }
    }
}

extension AllowsConditionView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "phrases": phrases
        case "hasPhrases": hasPhrases
        case "unconditional": unconditional
        case "citation": citation
        case "href": href
        case "clauseID": clauseID
        case "summary": summary
        case "html": html
        default: nil
        }
    }
}

extension AllowsPhraseView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "lead": lead
        case "terms": terms
        case "ids": ids
        default: nil
        }
    }
}

extension UIText: MustacheParent {
    /// The stored property a template names, or nil.
    public func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "before": before
        case "after": after
        default: nil
        }
    }
}

/// `{{strings.key}}` prints the whole text, as `String(describing:)` would: answered here, so
/// that the template engine need not look up three more protocols of the type to print it.
extension UIText: MustacheCustomRenderable {
    public var renderText: String { text }
    public var isNull: Bool { false }
}
