/// All revisions of one policy in one language, oldest first, with its translations when it is
/// the original.
public struct PolicyHistory: Sendable, Hashable, Codable {
    public var id: PolicyID
    /// The revisions, sorted by effective date, oldest first.
    public var revisions: [Policy]
    /// The histories of the policy's other languages, each revision naming the original's
    /// revision it translates, sorted by language tag; empty for a single-language policy.
    public var translations: [PolicyHistory]

    public init(id: PolicyID, revisions: [Policy], translations: [PolicyHistory] = []) {
        self.id = id
        self.revisions = revisions.sorted { $0.revision.effective < $1.revision.effective }
        self.translations = translations.sorted { $0.language < $1.language }
    }

    /// The language tag of the revisions (the latest one's, should they differ).
    public var language: String { revisions.last?.language ?? "" }

    /// The revision effective on exactly `date`, if any.
    public func revision(effective date: PolicyDate) -> Policy? {
        revisions.first { $0.revision.effective == date }
    }

    /// The revision in effect on a day: the latest one effective on or before it.
    public func revision(inEffectOn date: PolicyDate) -> Policy? {
        revisions.last { $0.revision.effective <= date }
    }

    /// Revisions announced but not yet in effect on a day, soonest first.
    public func scheduled(after date: PolicyDate) -> [Policy] {
        revisions.filter { $0.revision.effective > date }
    }

    /// The revision just before the one effective on `date`, if any.
    public func predecessor(of date: PolicyDate) -> Policy? {
        revisions.last { $0.revision.effective < date }
    }
}
