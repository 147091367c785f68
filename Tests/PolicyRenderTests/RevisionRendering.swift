import PolicyModel

@testable import PolicyRender

// The changelog, feed and notices through the built-in templates, as the site and the
// commands render them.

extension Changelog {
    func markdown(linkPrefix: String = "") throws -> String {
        try PolicyRenderer().renderChangelog(self, as: .markdown, options: ChangelogOptions(linkPrefix: linkPrefix))
    }

    func text(linkPrefix: String = "") throws -> String {
        try PolicyRenderer().renderChangelog(self, as: .text, options: ChangelogOptions(linkPrefix: linkPrefix))
    }

    func html(linkPrefix: String = "") throws -> String {
        try PolicyRenderer().renderChangelog(self, as: .html, options: ChangelogOptions(linkPrefix: linkPrefix))
    }

    func atom(policyURL: String = "", asOf: PolicyDate? = nil) throws -> String {
        try PolicyRenderer().renderFeed(self, options: ChangelogOptions(linkPrefix: policyURL, asOf: asOf))
    }
}

extension RevisionNotice {
    func text() throws -> String { try PolicyRenderer().renderNotice(self, as: .text) }

    func html() throws -> String { try PolicyRenderer().renderNotice(self, as: .html) }

    /// The notice as an e-mail from `privacy@example.com` to `reader@example.net`, dated on the
    /// revision's effective date.
    func eml(to recipient: String = "reader@example.net") throws -> String {
        let envelope = EmailEnvelope(
            from: EmailAddress("Example Privacy Office <privacy@example.com>")!, to: EmailAddress(recipient)!,
            date: PolicyDate(entry.effective)!)
        return try PolicyRenderer().renderNotice(self, as: .email(envelope))
    }
}
