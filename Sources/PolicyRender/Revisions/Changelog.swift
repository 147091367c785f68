import PolicyDiff
import PolicyModel
import PolicyRules

/// Every revision of one policy, newest first, with what changed since the one before.
public struct Changelog: Sendable {
    /// The policy's id; for a translation, `<policy>/<language>`, the folder of its pages.
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
    /// For a translation, `policy` is `<policy>/<language>`, the folder of its pages, so that its
    /// feed's and entries' ids differ from the original's.
    public init(history: RevisionHistory) {
        let entries = history.revisions.indices.map { index in
            ChangelogEntry(
                policy: history.revisions[index].policy, assessment: index == 0 ? nil : history.assessments[index - 1],
                previous: index == 0 ? nil : history.revisions[index - 1].policy,
                ruleTerms: history.revisions[max(index - 1, 0)...index].flatMap(\.rules.vocabulary))
        }
        let newest = history.revisions.last?.policy
        // A translation's pages, feed and notices live in its language's folder, `<policy>/<language>`.
        let folder = newest.map { $0.revision.translates == nil ? $0.id.rawValue : "\($0.id)/\($0.language)" }
        self.init(
            policy: folder ?? history.id.rawValue, title: newest?.title.plainText() ?? history.id.rawValue,
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
    /// What the revision newly permits or no longer permits, grouped for readers; nil when the
    /// revision is not material or the comparison was not made.
    public var permissions: [PermissionChange]?
    /// The label of each vocabulary term of the revision and the one before it (the revision's
    /// own label wins), for words written for readers.
    public var labels: [TermID: String]
    /// The closing's date and signature lines of the revision and the one before it, as plain
    /// text: a change to them is not listed for readers (the date is the revision's own).
    var closingLines: Set<String> = []
    /// The entry's words in one language, when `PolicyRenderer.worded(_:)` has worded them.
    var wording: EntryWording?

    /// Makes an entry for a revision and its assessment against the previous revision, whose
    /// vocabulary labels terms the revision no longer declares; `ruleTerms` label the terms of
    /// rules a revision does not declare itself (a translation's, from its original).
    /// Cross-references in the summary read as the clauses' numbers.
    public init(policy: Policy, assessment: ChangeAssessment?, previous: Policy? = nil, ruleTerms: [Term] = []) {
        effective = policy.revision.effective.description
        effectiveLong = policy.revision.effective.longDescription
        label = policy.revision.label
        let citations = policy.citations
        summary = policy.revision.summary?.plainText(clause: { citations[$0] ?? $0.rawValue })
        changes = assessment?.changes
        materiality = assessment?.materiality
        permissions = assessment?.permissions
        labels = Policy.termLabels([previous, policy].compactMap { $0 }, over: ruleTerms)
        for case .paragraph(let line) in (previous?.closing ?? []) + policy.closing where line.role != .body {
            closingLines.insert(line.content.plainText())
        }
    }

    /// `1 December 2012 (December, 2012)`, or the date alone.
    public var dateLine: String { dateLine(words: .english) }

    /// The date line in the language of `words`: `2012年12月1日（2012年12月）`.
    public func dateLine(words: UIStrings) -> String {
        longDate(words: words) + (label.map(words.parenthesized) ?? "")
    }

    /// The effective date in the language of `words`: `1 December 2012`, `2012年12月1日`.
    public func longDate(words: UIStrings) -> String {
        PolicyDate(effective).map(words.date) ?? effectiveLong
    }

    /// The changed blocks as sentences, grouped by the heading they stand under, in reading
    /// order; a renumbering alone is left out (readers see numbers in the new text), and a
    /// block removed and another added in its place read as one reworded block.
    public var changedClauses: [(context: String, sentences: [String])] { changedClauses(words: .english) }

    /// The changed blocks as sentences, grouped by heading, in the language of `words`.
    public func changedClauses(words: UIStrings) -> [(context: String, sentences: [String])] {
        guard let changes else { return [] }
        var groups: [(context: String, sentences: [String])] = []
        var previous: Change?
        for change in changes.changes where change.kind != .renumbered && !isClosingLine(change) {
            defer { previous = change }
            let context = words.context(change)
            if let previous, previous.kind == .removed, change.kind == .added, previous.element == change.element,
                previous.shownOldNumber == change.shownNewNumber, groups.last?.context == context
            {
                var reworded = change
                reworded.kind = .modified
                groups[groups.count - 1].sentences[groups[groups.count - 1].sentences.count - 1] =
                    ChangeWording.sentence(for: reworded, words: words)
                continue
            }
            let sentence = ChangeWording.sentence(for: change, words: words)
            if groups.last?.context == context {
                groups[groups.count - 1].sentences.append(sentence)
            } else {
                groups.append((context, [sentence]))
            }
        }
        return groups
    }

    /// True for a change to a date or signature line of the closing.
    func isClosingLine(_ change: Change) -> Bool {
        guard change.element == .paragraph, (change.newParent ?? change.oldParent) == "Closing" else { return false }
        return [change.oldText, change.newText].allSatisfy { $0.map(closingLines.contains) ?? true }
    }

    /// The redline's folder relative to the policy's folder (`2013-04-01/diff/`); nil for the first revision.
    public var diffPath: String? { changes == nil ? nil : "\(effective)/diff/" }

    /// The full text's folder relative to the policy's folder (`2013-04-01/`).
    public var textPath: String { "\(effective)/" }
}

extension Policy {
    /// The label of each vocabulary term of `policies`, a later policy's label winning over an
    /// earlier one's, and any policy's over the label of the same term in `terms`.
    public static func termLabels(_ policies: [Policy], over terms: [Term] = []) -> [TermID: String] {
        var labels: [TermID: String] = [:]
        for term in terms + policies.flatMap(\.vocabulary) { labels[term.id] = term.label }
        return labels
    }
}
