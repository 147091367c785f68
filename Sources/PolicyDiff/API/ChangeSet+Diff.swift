import PolicyModel

extension ChangeSet {
    /// Compares two revisions of a policy: metadata, then every section, paragraph, list item
    /// and note, aligned by id, then by identical text in order, then by text similarity,
    /// whatever the kind of block; merges and splits of neighbouring blocks are recognised, and
    /// renumbered siblings reported as one run.
    ///
    /// - Complexity: O(n log n) in the size of the policies for alignment and move detection,
    ///   plus one bounded word diff per aligned block (see `SequenceDiff.edits`).
    public init(from old: Policy, to new: Policy) {
        self.init(from: DiffInput(old), to: DiffInput(new))
    }

    /// Compares two revisions already prepared for diffing, as `init(from:to:)` does.
    public init(from oldInput: DiffInput, to newInput: DiffInput) {
        let old = oldInput.policy
        let new = newInput.policy
        let oldList = oldInput.units
        let newList = newInput.units
        var alignment = Alignment(oldList, newList)
        let joins = Joins(&alignment, oldList, newList)
        let moved = Self.movedAmongSiblings(alignment, oldList, newList)
        var builder = ChangeBuilder(old: oldList, new: newList, alignment: alignment, joins: joins, moved: moved)
        let changes = builder.build()
        var summary = builder.summary

        let metadata = MetadataComparison(old: old, new: new, oldNames: oldList.names, newNames: newList.names).changes
        summary.metadataChanged = metadata.count
        self.init(
            policy: new.id.rawValue,
            old: RevisionReference(old, oldList.names),
            new: RevisionReference(new, newList.names),
            metadata: metadata, changes: changes, summary: summary)
    }

    /// New units that kept their parent but not their order among siblings: those outside the
    /// longest run of siblings whose old order is kept.
    ///
    /// - Complexity: O(n log n).
    private static func movedAmongSiblings(_ alignment: Alignment, _ old: UnitList, _ new: UnitList) -> Set<Int> {
        var groups: [String: [(Int, Int)]] = [:]
        for (n, unit) in new.units.enumerated() {
            guard let o = alignment.newToOld[n] else { continue }
            let key = alignment.parentKey(new: n, new)
            guard alignment.parentKey(old: o, old) == key else { continue }
            groups["\(key)/\(unit.siblingClass)", default: []].append((n, o))
        }
        var moved: Set<Int> = []
        for key in groups.keys.sorted() {
            let siblings = groups[key]!
            let kept = Set(Patience.longestIncreasing(siblings).map(\.0))
            for (n, _) in siblings where !kept.contains(n) { moved.insert(n) }
        }
        return moved
    }
}

extension RevisionReference {
    init(_ policy: Policy, _ names: ReferenceNames) {
        self.init(
            effective: policy.revision.effective.description, label: policy.revision.label,
            title: names.plainText(policy.title))
    }
}

/// A revision flattened and split into words for diffing, so that a history compares each
/// revision with the one before and the one after without preparing it twice.
public struct DiffInput: Sendable {
    /// The revision.
    public let policy: Policy
    let units: UnitList

    /// Prepares a revision.
    public init(_ policy: Policy) {
        self.policy = policy
        units = UnitList(policy)
    }
}
