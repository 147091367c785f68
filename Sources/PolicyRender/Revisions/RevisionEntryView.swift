import PolicyDiff
import PolicyModel

// How the words of a changelog, feed or notice are made ready for one folder's templates.
extension RevisionFormat {
    /// A value as this format's templates receive it.
    func value(_ text: String) -> String {
        switch self {
        case .html: text
        case .markdown: MarkdownEscaping.escape(text, atLineStart: true)
        case .text: TextInlineRenderer.clean(text)
        }
    }

    /// A link as this format's templates receive it.
    func href(_ link: String) -> String {
        switch self {
        case .html: link
        case .markdown: MarkdownEscaping.destination(link)
        case .text: TextInlineRenderer.clean(link)
        }
    }
}

/// One revision as the changelog, the feed and a notice show it.
struct RevisionEntryView {
    /// `YYYY-MM-DD`.
    var effective: String
    /// `1 April 2013 (April, 2013)`.
    var dateLine: String
    /// As many `-` as `dateLine` has characters, to underline it in plain text.
    var dateUnderline: String
    /// True when the revision takes effect after the day the output is made for.
    var isUpcoming: Bool
    /// The entry's Atom id.
    var id: String
    /// When the entry was first published and last changed, as RFC 3339 timestamps.
    var published: String
    var updated: String
    var hasSummary: Bool
    var summary: String
    var hasEffectLead: Bool
    var effectLead: String
    var hasEffects: Bool
    /// One sentence per grouped change of what the policy permits.
    var effects: [String]
    var hasChanges: Bool
    /// The changed clauses by the heading they stand under.
    var changes: [ChangeGroupView]
    var hasChangesNote: Bool
    var changesNote: String
    var textHref: String
    var hasDiff: Bool
    var diffHref: String
    /// Atom categories: each kind of change, and the materiality class when known.
    var categories: [CategoryView]
    /// The page's `strings`, answered here so that a lookup inside the loop finds them at once.
    var strings: [String: UIText] = [:]

    /// The view of `entry` for `format` in the language of `words`; links are `prefix` followed
    /// by the entry's paths. The entry's words are those it was given in that language
    /// (`PolicyRenderer.worded(_:)`), or are worded here.
    init(
        _ entry: ChangelogEntry, format: RevisionFormat, prefix: String, dates: FeedDates, policy: String,
        words: UIStrings
    ) {
        let wording =
            entry.wording.flatMap { $0.language == words.language ? $0 : nil } ?? EntryWording(entry, words: words)
        effective = entry.effective
        dateLine = format.value(wording.dateLine)
        dateUnderline = wording.dateUnderline
        isUpcoming = dates.isUpcoming(entry.effective)
        id = Changelog.entryID(policy: policy, effective: entry.effective)
        (published, updated) = dates.stamps(entry.effective)
        summary = format.value(entry.summary ?? "")
        hasSummary = entry.summary != nil
        effects = wording.effects.map(format.value)
        hasEffects = !effects.isEmpty
        effectLead = format.value(wording.effectLead ?? "")
        hasEffectLead = wording.effectLead != nil
        changes = wording.changes.map {
            ChangeGroupView(context: format.value($0.context), sentences: $0.sentences.map(format.value))
        }
        hasChanges = !changes.isEmpty
        changesNote = format.value(wording.changesNote ?? "")
        hasChangesNote = wording.changesNote != nil
        textHref = format.href(prefix + entry.textPath)
        hasDiff = entry.diffPath != nil
        diffHref = format.href(prefix + (entry.diffPath ?? ""))
        categories = wording.categories
    }
}

/// The words of one changelog entry in one language, before any format escapes them: worded
/// once and shown by the changelog page, its Markdown and text, and the feed.
struct EntryWording: Sendable {
    /// The language of the words.
    var language: String
    /// `1 April 2013 (April, 2013)`.
    var dateLine: String
    /// As many `-` as `dateLine` has characters, to underline it in plain text.
    var dateUnderline: String
    /// One sentence per grouped change of what the policy permits.
    var effects: [String]
    var effectLead: String?
    /// The changed clauses by the heading they stand under.
    var changes: [(context: String, sentences: [String])]
    var changesNote: String?
    /// Atom categories: each kind of change, and the materiality class when known.
    var categories: [CategoryView]

    /// The words of `entry` in the language of `words`.
    init(_ entry: ChangelogEntry, words: UIStrings) {
        language = words.language
        dateLine = entry.dateLine(words: words)
        dateUnderline = String(repeating: "-", count: TextTable.displayWidth(dateLine))
        effects = (entry.permissions ?? []).map {
            CustomerWording.sentence($0, labels: entry.labels, words: words)
        }
        effectLead = CustomerWording.effectLead(entry.materiality, sentences: effects, words: words)
        changes = entry.changedClauses(words: words)
        changesNote = CustomerWording.changesNote(entry, listsClauses: !changes.isEmpty, words: words)
        categories = Self.categories(entry, words: words)
    }

    private static func categories(_ entry: ChangelogEntry, words: UIStrings) -> [CategoryView] {
        guard let changes = entry.changes else { return [] }
        var result = ChangeWording.kinds(in: changes).map {
            CategoryView(scheme: "urn:codicil:change", term: $0.rawValue, hasLabel: false, label: "")
        }
        if let classification = entry.materiality?.classification {
            result.append(
                CategoryView(
                    scheme: "urn:codicil:materiality", term: classification.rawValue, hasLabel: true,
                    label: words.label(classification)))
        }
        return result
    }
}

/// The changed clauses under one heading.
struct ChangeGroupView {
    /// The heading they stand under (`5 Disclosure of Personal Information to Third Parties`).
    var context: String
    /// One sentence per change (`Clause 5 (10) was added.`).
    var sentences: [String]
}

/// An Atom category.
struct CategoryView: Sendable {
    var scheme: String
    var term: String
    var hasLabel: Bool
    var label: String
}

/// What a feed or changelog takes as today, and the timestamps that follow from it: an entry in
/// effect is published and updated on its effective date; a scheduled one is upcoming, and is
/// published and updated on the effective date of the newest revision in effect (the last day
/// the feed changed before it), so no timestamp lies in the future and none moves with the clock.
struct FeedDates {
    /// The day the output is made for; nil treats every revision as in effect.
    var asOf: String?
    /// The effective date of the newest revision in effect on `asOf`, if any.
    var inEffect: String?

    init(asOf: PolicyDate?, effective: [String]) {
        self.asOf = asOf?.description
        inEffect = effective.filter { date in asOf.map { date <= $0.description } ?? true }.max()
    }

    /// True when `effective` is after the day the output is made for.
    func isUpcoming(_ effective: String) -> Bool { asOf.map { effective > $0 } ?? false }

    /// `published` and `updated` of the entry effective on `effective`.
    func stamps(_ effective: String) -> (String, String) {
        let day = isUpcoming(effective) ? (inEffect ?? asOf ?? effective) : effective
        return (Changelog.timestamp(day), Changelog.timestamp(day))
    }
}
