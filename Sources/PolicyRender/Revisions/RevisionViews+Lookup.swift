import Mustache

// The revision views answer templates' lookups directly instead of through reflection, as the
// edition views do (see TemplateLookup.swift); a test holds each one equal to the stored
// properties.

extension ChangelogView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "language": shown(language)
        case "title": shown(title)
        case "publisher": shown(publisher)
        case "author": shown(author)
        case "hasStylesheetHref": shown(hasStylesheetHref)
        case "stylesheetHref": shown(stylesheetHref)
        case "hasHome": shown(hasHome)
        case "homeHref": shown(homeHref)
        case "id": shown(id)
        case "updated": shown(updated)
        case "selfHref": shown(selfHref)
        case "alternateHref": shown(alternateHref)
        case "entries": shown(entries)
        case "page": shown(page)
        case "strings": shown(strings)
        default: nil
        }
    }
}

extension RevisionEntryView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "effective": shown(effective)
        case "dateLine": shown(dateLine)
        case "dateUnderline": shown(dateUnderline)
        case "isUpcoming": shown(isUpcoming)
        case "id": shown(id)
        case "published": shown(published)
        case "updated": shown(updated)
        case "hasSummary": shown(hasSummary)
        case "summary": shown(summary)
        case "hasEffectLead": shown(hasEffectLead)
        case "effectLead": shown(effectLead)
        case "hasEffects": shown(hasEffects)
        case "effects": shown(effects)
        case "hasChanges": shown(hasChanges)
        case "changes": shown(changes)
        case "hasChangesNote": shown(hasChangesNote)
        case "changesNote": shown(changesNote)
        case "textHref": shown(textHref)
        case "hasDiff": shown(hasDiff)
        case "diffHref": shown(diffHref)
        case "categories": shown(categories)
        case "strings": shown(strings.isEmpty ? nil : strings as Any)
        default: nil
        }
    }
}

extension ChangeGroupView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "context": shown(context)
        case "sentences": shown(sentences)
        default: nil
        }
    }
}

extension CategoryView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "scheme": shown(scheme)
        case "term": shown(term)
        case "hasLabel": shown(hasLabel)
        case "label": shown(label)
        default: nil
        }
    }
}

extension NoticeView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "language": shown(language)
        case "title": shown(title)
        case "publisher": shown(publisher)
        case "hasPublisher": shown(hasPublisher)
        case "subject": shown(subject)
        case "entry": shown(entry)
        case "textURL": shown(textURL)
        case "hasDiff": shown(hasDiff)
        case "diffURL": shown(diffURL)
        case "strings": shown(strings)
        default: nil
        }
    }
}

extension EmailView: MustacheParent {
    /// The stored property a template names, or nil.
    func child(named name: String) -> Any? {
        switch name {
        case "from": shown(from)
        case "to": shown(to)
        case "date": shown(date)
        case "messageID": shown(messageID)
        case "subject": shown(subject)
        case "language": shown(language)
        case "boundary": shown(boundary)
        case "textBody": shown(textBody)
        case "htmlBody": shown(htmlBody)
        default: nil
        }
    }
}
