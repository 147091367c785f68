import PolicyModel

/// How far a translation's latest revision is behind its original: which of the original's
/// clauses changed after the revision it translates, by the same diff as a redline.
public struct TranslationStatus: Sendable, Equatable {
    /// The translation's language tag.
    public var language: String
    /// The original's language tag.
    public var originalLanguage: String
    /// The translation's latest revision.
    public var latest: PolicyDate
    /// The original's revision that the latest translation follows.
    public var follows: PolicyDate
    /// The original's latest revision.
    public var originalLatest: PolicyDate
    /// The original's clauses changed since `follows`, in reading order of its latest revision;
    /// renumbering alone is left out (the change that caused it is there).
    public var changes: [Change]
    /// The original's title, publisher or language changes since `follows`.
    public var metadata: [MetadataChange]

    /// True when the original changed after the revision the translation follows.
    public var isBehind: Bool { follows < originalLatest }

    /// How many of the original's clauses (and metadata fields) the translation has not caught up with.
    public var clausesBehind: Int { changes.count + metadata.count }

    /// The status of a translation's latest revision against the original; nil when either
    /// history is empty or the translation names no original revision that exists.
    public init?(translation: PolicyHistory, original: PolicyHistory) {
        guard let latest = translation.revisions.last, let follows = latest.revision.translates,
            let followed = original.revision(effective: follows), let originalLatest = original.revisions.last
        else { return nil }
        self.language = translation.language
        self.originalLanguage = original.language
        self.latest = latest.revision.effective
        self.follows = follows
        self.originalLatest = originalLatest.revision.effective
        guard follows < originalLatest.revision.effective else {
            changes = []
            metadata = []
            return
        }
        let changeSet = ChangeSet(from: followed, to: originalLatest)
        changes = changeSet.changes.filter { $0.kind != .renumbered }
        metadata = changeSet.metadata.filter { !$0.field.isAboutTheRevision }
    }

    /// One warning per clause of the original that changed after the revision the latest
    /// translation follows, at the translation's clause with the same id (or its `<policy>`).
    public func diagnostics(for translation: Policy) -> [Diagnostic] {
        let locations = Dictionary(translation.clauses.map { ($0.id.rawValue, $0.location) }) { first, _ in first }
        let after =
            "after \(follows), the revision this translation follows (the '\(originalLanguage)' original's latest is \(originalLatest))"
        var result = metadata.map {
            Diagnostic(
                .warning, "translation-stale", "the original's \($0.field.rawValue) changed \(after)",
                at: translation.location)
        }
        for change in changes {
            let id = change.newID ?? change.oldID
            let at = id.flatMap { locations[$0] } ?? translation.location
            result.append(Diagnostic(.warning, "translation-stale", "\(Self.describe(change)) \(after)", at: at))
        }
        return result
    }

    /// `the original's section 2.3 ('vpn') was added`: what changed, cited as the original cites it.
    static func describe(_ change: Change) -> String {
        let citation = change.kind == .removed ? change.oldNumber : (change.newNumber ?? change.oldNumber)
        let id = (change.newID ?? change.oldID).map { " ('\($0)')" } ?? ""
        let verb: String
        switch change.kind {
        case .added: verb = "was added"
        case .removed: verb = "was removed"
        case .modified: verb = "changed"
        case .moved: verb = change.textChanged ? "moved and changed" : "moved"
        case .renumbered: verb = "was renumbered"
        case .merged: verb = "merged others into it"
        case .split: verb = "was split"
        }
        return "the original's \(change.element.rawValue) \(citation ?? "")\(id) \(verb)"
    }
}
