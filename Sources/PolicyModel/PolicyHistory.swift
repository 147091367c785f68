/// All revisions of one policy, oldest first.
public struct PolicyHistory: Sendable, Hashable, Codable {
    public var id: PolicyID
    /// The revisions, sorted by effective date, oldest first.
    public var revisions: [Policy]

    public init(id: PolicyID, revisions: [Policy]) {
        self.id = id
        self.revisions = revisions.sorted { $0.revision.effective < $1.revision.effective }
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
