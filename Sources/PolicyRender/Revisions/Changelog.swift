import PolicyDiff
import PolicyModel
import PolicyRules

/// Every revision of one policy, newest first, with what changed since the one before.
public struct Changelog: Sendable {
    /// The policy's id.
    public var policy: String
    /// The title of the newest revision, as plain text.
    public var title: String
    /// The publisher of the newest revision, as plain text.
    public var publisher: String
    /// The language of the newest revision.
    public var language: String
    /// One entry a revision, newest first.
    public var entries: [ChangelogEntry]

    /// Makes a changelog from an analysed history: each revision with its assessment against
    /// the one before it.
    public init(history: RevisionHistory) {
        let entries = history.revisions.indices.map { index in
            ChangelogEntry(
                policy: history.revisions[index].policy, assessment: index == 0 ? nil : history.assessments[index - 1])
        }
        let newest = history.revisions.last?.policy
        self.init(
            policy: history.id.rawValue, title: newest?.title.plainText() ?? history.id.rawValue,
            publisher: newest?.publisher.plainText() ?? "", language: newest?.language ?? "en",
            entries: entries.reversed())
    }

    /// Makes a changelog from its parts; `entries` newest first.
    public init(policy: String, title: String, publisher: String, language: String, entries: [ChangelogEntry]) {
        self.policy = policy
        self.title = title
        self.publisher = publisher
        self.language = language
        self.entries = entries
    }

    /// The entry of the revision effective on `date`, if any.
    public func entry(effective date: String) -> ChangelogEntry? {
        entries.first { $0.effective == date }
    }
}

/// One revision in a changelog.
public struct ChangelogEntry: Sendable {
    /// `YYYY-MM-DD`.
    public var effective: String
    /// The effective date in words (`1 December 2012`).
    public var effectiveLong: String
    /// The publisher's label for the date, when the source gives one.
    public var label: String?
    /// The author's summary of the revision, as plain text.
    public var summary: String?
    /// What changed since the previous revision; nil for the first revision.
    public var changes: ChangeSet?
    /// Whether the changes change what the rules decide; nil for the first revision, or when
    /// the comparison was too large to make.
    public var materiality: Materiality?

    /// Makes an entry for a revision and its assessment against the previous one.
    public init(policy: Policy, assessment: ChangeAssessment?) {
        effective = policy.revision.effective.description
        effectiveLong = policy.revision.effective.longDescription
        label = policy.revision.label
        summary = policy.revision.summary?.plainText()
        changes = assessment?.changes
        materiality = assessment?.materiality
    }

    /// `1 December 2012 (December, 2012)`, or the date alone.
    public var dateLine: String { label.map { "\(effectiveLong) (\($0))" } ?? effectiveLong }

    /// The changed blocks as sentences, grouped by the heading they stand under, in reading order.
    public var changedClauses: [(context: String, sentences: [String])] {
        guard let changes else { return [] }
        var groups: [(context: String, sentences: [String])] = []
        for change in changes.changes {
            let context = change.context
            let sentence = ChangeWording.sentence(for: change)
            if groups.last?.context == context {
                groups[groups.count - 1].sentences.append(sentence)
            } else {
                groups.append((context, [sentence]))
            }
        }
        return groups
    }

    /// The redline's folder relative to the policy's folder (`2013-04-01/diff/`); nil for the first revision.
    public var diffPath: String? { changes == nil ? nil : "\(effective)/diff/" }

    /// The full text's folder relative to the policy's folder (`2013-04-01/`).
    public var textPath: String { "\(effective)/" }
}
