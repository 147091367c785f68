import PolicyModel

extension ChangeSet {
    /// Compares two revisions of a policy: metadata, then every section, paragraph, list item
    /// and note, aligned by id and then by text similarity.
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
        let alignment = Alignment(oldList, newList)
        let moved = Self.movedAmongSiblings(alignment, oldList, newList)
        var summary = ChangeSummary()
        var ordered: [(key: (Int, Int, Int), change: Change)] = []
        // An added or removed block inside an added or removed one is reported within it.
        var rootPosition: [Int: Int] = [:]

        for (n, newUnit) in newList.units.enumerated() {
            guard let o = alignment.newToOld[n] else {
                summary.wordsInserted += newUnit.tokens.wordCount
                var change = Self.change(.added, old: nil, new: newUnit, newList.names)
                change.newText = newList.names.plainText(newUnit.content)
                change.textChanged = true
                change.segments = [WordSegment(.inserted, Tokenizer.text(newUnit.tokens))]
                if let parent = newUnit.parent, alignment.newToOld[parent] == nil, let root = rootPosition[parent] {
                    ordered[root].change.contents.append(change)
                    rootPosition[n] = root
                } else {
                    summary.added += 1
                    rootPosition[n] = ordered.count
                    ordered.append(((n, 0, 0), change))
                }
                continue
            }
            let oldUnit = oldList.units[o]
            let isMoved =
                alignment.parentKey(old: o, oldList) != alignment.parentKey(new: n, newList) || moved.contains(n)
            // Most blocks are untouched: the same words with the same markup need no word diff.
            let sameWords = oldUnit.tokens.elementsEqual(newUnit.tokens) { $0.key == $1.key && $0.marks == $1.marks }
            if sameWords, !isMoved, oldUnit.localNumber == newUnit.localNumber {
                summary.unchanged += 1
                continue
            }
            let words = WordDiff(oldUnit.tokens, newUnit.tokens)
            let kind: ChangeKind
            if isMoved {
                kind = .moved
            } else if words.hasChanges {
                kind = .modified
            } else if oldUnit.localNumber != newUnit.localNumber {
                kind = .renumbered
            } else {
                summary.unchanged += 1
                continue
            }
            var change = Self.change(kind, old: oldUnit, new: newUnit, newList.names)
            change.oldText = oldList.names.plainText(oldUnit.content)
            change.newText = newList.names.plainText(newUnit.content)
            change.textChanged = words.segments.contains { $0.kind != .equal }
            change.segments = words.segments
            change.markup = words.markup
            if words.hasChanges {
                summary.wordsInserted += words.wordsInserted
                summary.wordsDeleted += words.wordsDeleted
            }
            switch kind {
            case .moved: summary.moved += 1
            case .modified: summary.modified += 1
            default: summary.renumbered += 1
            }
            ordered.append(((n, 0, 0), change))
        }

        var anchor = -1
        rootPosition = [:]
        for (o, oldUnit) in oldList.units.enumerated() {
            if let n = alignment.oldToNew[o] {
                anchor = n
                continue
            }
            summary.wordsDeleted += oldUnit.tokens.wordCount
            var change = Self.change(.removed, old: oldUnit, new: nil, oldList.names)
            change.oldText = oldList.names.plainText(oldUnit.content)
            change.textChanged = true
            change.segments = [WordSegment(.deleted, Tokenizer.text(oldUnit.tokens))]
            if let parent = oldUnit.parent, alignment.oldToNew[parent] == nil, let root = rootPosition[parent] {
                ordered[root].change.contents.append(change)
                rootPosition[o] = root
            } else {
                summary.removed += 1
                rootPosition[o] = ordered.count
                ordered.append(((anchor, 1, o), change))
            }
        }
        ordered.sort { $0.key < $1.key }

        let metadata = MetadataComparison(old: old, new: new, oldNames: oldList.names, newNames: newList.names).changes
        summary.metadataChanged = metadata.count
        self.init(
            policy: new.id.rawValue,
            old: RevisionReference(old, oldList.names),
            new: RevisionReference(new, newList.names),
            metadata: metadata, changes: ordered.map(\.change), summary: summary)
    }

    private static func change(_ kind: ChangeKind, old: Unit?, new: Unit?, _ names: ReferenceNames) -> Change {
        Change(
            kind: kind, element: (new ?? old)!.element, oldID: old?.id, newID: new?.id,
            oldNumber: old?.number, newNumber: new?.number, oldParent: old?.parentNumber,
            newParent: new?.parentNumber, oldSection: old?.section, newSection: new?.section, oldHeading: old?.heading, newHeading: new?.heading)
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
