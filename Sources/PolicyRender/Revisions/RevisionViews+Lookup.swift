import Mustache

// The revision views answer templates' lookups directly instead of through reflection, as the
// edition views do (see TemplateLookup.swift); a test holds each one equal to the stored
// properties.

extension ChangelogView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "language": language
        case "title": title
        case "publisher": publisher
        case "author": author
        case "hasStylesheetHref": hasStylesheetHref
        case "stylesheetHref": stylesheetHref
        case "hasHome": hasHome
        case "homeHref": homeHref
        case "id": id
        case "updated": updated
        case "selfHref": selfHref
        case "alternateHref": alternateHref
        case "entries": entries
        case "page": page
        case "strings": strings
        default: nil
        }
    }
}

extension RevisionEntryView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "effective": effective
        case "dateLine": dateLine
        case "dateUnderline": dateUnderline
        case "isUpcoming": isUpcoming
        case "id": id
        case "published": published
        case "updated": updated
        case "hasSummary": hasSummary
        case "summary": summary
        case "hasEffectLead": hasEffectLead
        case "effectLead": effectLead
        case "hasEffects": hasEffects
        case "effects": effects
        case "hasChanges": hasChanges
        case "changes": changes
        case "hasChangesNote": hasChangesNote
        case "changesNote": changesNote
        case "textHref": textHref
        case "hasDiff": hasDiff
        case "diffHref": diffHref
        case "categories": categories
        case "strings": strings.isEmpty ? nil : strings as Any
        default: nil
        }
    }
}

extension ChangeGroupView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "context": context
        case "sentences": sentences
        default: nil
        }
    }
}

extension CategoryView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "scheme": scheme
        case "term": term
        case "hasLabel": hasLabel
        case "label": label
        default: nil
        }
    }
}

extension NoticeView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "language": language
        case "title": title
        case "publisher": publisher
        case "hasPublisher": hasPublisher
        case "subject": subject
        case "entry": entry
        case "textURL": textURL
        case "hasDiff": hasDiff
        case "diffURL": diffURL
        case "strings": strings
        default: nil
        }
    }
}

extension EmailView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "from": from
        case "to": to
        case "date": date
        case "messageID": messageID
        case "subject": subject
        case "language": language
        case "boundary": boundary
        case "textBody": textBody
        case "htmlBody": htmlBody
        default: nil
        }
    }
}
