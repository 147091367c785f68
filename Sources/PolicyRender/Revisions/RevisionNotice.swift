import PolicyDiff
import PolicyRules

/// What a user is sent about one revision: its effective date, the author's summary, what it
/// means for them in plain words, where the text changed, and links to the new text and the
/// redline. `PolicyRenderer.renderNotice` writes it from the `notice` templates.
public struct RevisionNotice: Sendable {
    /// The policy's id.
    public var policy: String
    /// The policy's title, as plain text.
    public var title: String
    /// The publisher, as plain text; empty when the policy names none.
    public var publisher: String
    /// The policy's language.
    public var language: String
    /// The revision announced.
    public var entry: ChangelogEntry
    /// The link to the revision's full text.
    public var textURL: String
    /// The link to its redline against the previous revision; nil for the first revision.
    public var diffURL: String?

    /// Makes the notice of the revision effective on `effective`, or nil when there is none.
    /// Links are `siteURL` (the site's root, with a trailing slash; empty for paths relative to
    /// it) followed by `<policy>/<date>/` and `<policy>/<date>/diff/`.
    public init?(changelog: Changelog, effective: String, siteURL: String = "") {
        guard let entry = changelog.entry(effective: effective) else { return nil }
        policy = changelog.policy
        title = changelog.title
        publisher = changelog.publisher
        language = changelog.language
        self.entry = entry
        let folder = siteURL + changelog.policy + "/"
        textURL = folder + entry.textPath
        diffURL = entry.diffPath.map { folder + $0 }
    }

    /// `Changes to Fuji Xerox Privacy Policy, effective 1 April 2013`.
    public var subject: String { subject(words: .english) }

    /// The subject in the language of `words`.
    public func subject(words: UIStrings) -> String {
        words.text("noticeSubject", ["title": title, "date": entry.longDate(words: words)])
    }
}
