import Foundation
import Mustache

extension TemplateSet {
    /// The templates of the changelog, the Atom feed and the notice, which every set must have.
    public static let revisionTemplates = [
        "html/changelog.mustache", "markdown/changelog.mustache", "text/changelog.mustache",
        "feeds/atom.mustache", "text/notice.mustache", "html/notice.mustache", "email/notice.mustache",
    ]
}

extension PolicyRenderer {
    /// The changelog of every revision, newest first, from the `changelog` template of `format`.
    public func renderChangelog(_ changelog: Changelog, as format: RevisionFormat, options: ChangelogOptions = .init())
        -> String
    {
        let words = strings(for: changelog.language)
        var view = ChangelogView(changelog, format: format, options: options, words: words)
        switch format {
        case .html:
            view.page = PageContext(options.links, style: stylesheet, words: words)
            return html.render(view, withTemplate: "changelog") ?? ""
        case .markdown: return markdown.render(view, withTemplate: "changelog") ?? ""
        case .text: return TextWrapper.reflow(text.render(view, withTemplate: "changelog") ?? "")
        }
    }

    /// `changelog` with each entry worded in its language once, so that rendering it in
    /// several formats (and as a feed) does not word every entry again for each.
    public func worded(_ changelog: Changelog) -> Changelog {
        let words = strings(for: changelog.language)
        var changelog = changelog
        for index in changelog.entries.indices {
            changelog.entries[index].wording = EntryWording(changelog.entries[index], words: words)
        }
        return changelog
    }

    /// The Atom (RFC 4287) feed of every revision, scheduled ones included, newest first, from
    /// `feeds/atom`. Ids depend only on the policy and the effective date
    /// (`urn:codicil:fujixerox-privacy:2013-04-01`); a revision effective after `options.asOf`
    /// is labelled upcoming, and no timestamp is later than the newest revision in effect, so
    /// the feed changes only when a revision does or takes effect. Links are
    /// `options.linkPrefix` (the policy's folder; relative to the feed when empty) followed by
    /// the revision's paths.
    public func renderFeed(_ changelog: Changelog, options: ChangelogOptions = .init()) -> String {
        let view = ChangelogView(changelog, format: .html, options: options, words: strings(for: changelog.language))
        return feeds.render(view, withTemplate: "atom") ?? ""
    }

    /// The notice of one revision as plain text (wrapped at 72 columns), an HTML document with
    /// inline styles, or a complete e-mail message.
    public func renderNotice(_ notice: RevisionNotice, as format: NoticeFormat) -> String {
        let words = strings(for: notice.language)
        switch format {
        case .text:
            return TextWrapper.reflow(
                text.render(NoticeView(notice, format: .text, words: words), withTemplate: "notice") ?? "")
        case .html: return html.render(NoticeView(notice, format: .html, words: words), withTemplate: "notice") ?? ""
        case .email(let envelope):
            let view = EmailView(
                from: envelope.from.header, to: envelope.to.header, date: envelope.dateHeader,
                messageID: envelope.messageID(policy: notice.policy, effective: notice.entry.effective),
                subject: EmailHeader.encoded(notice.subject(words: words)), language: notice.language,
                boundary: "=_codicil_\(notice.entry.effective)_alternative",
                textBody: EmailHeader.base64(renderNotice(notice, as: .text)),
                htmlBody: EmailHeader.base64(renderNotice(notice, as: .html)))
            let message = email.render(view, withTemplate: "notice") ?? ""
            // RFC 5322 ends every line with CRLF, whatever the template file's line ends are.
            return message.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        }
    }
}

/// How `PolicyRenderer.renderChangelog` writes: an HTML page, Markdown, or plain text.
public enum RevisionFormat: Sendable {
    /// Plain values that Mustache escapes (HTML pages, the Atom feed, the HTML notice).
    case html
    /// Values escaped for Markdown.
    case markdown
    /// Plain text without control characters, wrapped at 72 columns after rendering.
    case text
}

/// How `PolicyRenderer.renderNotice` writes: plain text, HTML, or an e-mail to send.
public enum NoticeFormat: Sendable {
    /// Plain text wrapped at 72 columns.
    case text
    /// An HTML document with inline styles, for an e-mail body.
    case html
    /// A complete RFC 5322 message with the text and HTML bodies as alternatives.
    case email(EmailEnvelope)
}
