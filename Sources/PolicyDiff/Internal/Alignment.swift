/// Which unit of the old revision is which unit of the new: by id first, then identical text in
/// document order, then by text similarity; a block is aligned whatever its kind (a paragraph
/// may be a list item in the other revision).
struct Alignment {
    private(set) var oldToNew: [Int?]
    private(set) var newToOld: [Int?]

    /// The least Dice similarity of word multisets for two blocks without a shared id to be one block.
    static let threshold = 0.5
    /// The most token work similarity matching may spend, so unrelated policies stay cheap.
    static let defaultBudget = 20_000_000

    /// Aligns two flattened revisions.
    ///
    /// - Complexity: O(n) for ids; O(n log n) plus one bounded sequence diff of block texts per
    ///   gap between id anchors; similarity matching compares only still-unmatched blocks of one
    ///   sibling class, first under matched parents, then across the policy, within `budget`.
    init(_ old: UnitList, _ new: UnitList, budget: Int = defaultBudget) {
        oldToNew = Array(repeating: nil, count: old.units.count)
        newToOld = Array(repeating: nil, count: new.units.count)
        var byID: [String: Int] = [:]
        for (index, unit) in new.units.enumerated() {
            guard let id = unit.id else { continue }
            let key = "\(unit.siblingClass):\(id)"
            if byID[key] == nil { byID[key] = index }
        }
        for (index, unit) in old.units.enumerated() {
            guard let id = unit.id, let match = byID["\(unit.siblingClass):\(id)"], newToOld[match] == nil
            else { continue }
            link(index, match)
        }
        matchIdenticalInOrder(old, new)
        var similarity = Similarity(old: old, new: new, budget: budget)
        for siblingClass in 0...2 {
            let predicted = predictedPositions(old.units.count)
            if siblingClass != 0 {
                // Under the same (matched) parent first, where a reworded block most likely stays.
                var groups: [String: (old: [Int], new: [Int])] = [:]
                for index in unmatchedOld(old, siblingClass) {
                    groups[parentKey(old: index, old), default: ([], [])].old.append(index)
                }
                for index in unmatchedNew(new, siblingClass) {
                    groups[parentKey(new: index, new), default: ([], [])].new.append(index)
                }
                for key in groups.keys.sorted() {
                    guard let group = groups[key], !group.old.isEmpty, !group.new.isEmpty else { continue }
                    for (o, n) in similarity.match(group.old, group.new, predicted: predicted) { link(o, n) }
                }
            }
            let olds = unmatchedOld(old, siblingClass)
            let news = unmatchedNew(new, siblingClass)
            for (o, n) in similarity.match(olds, news, predicted: predicted) { link(o, n) }
        }
    }

    mutating func link(_ old: Int, _ new: Int) {
        oldToNew[old] = new
        newToOld[new] = old
    }

    mutating func unlink(old: Int) {
        guard let new = oldToNew[old] else { return }
        oldToNew[old] = nil
        newToOld[new] = nil
    }

    private func unmatchedOld(_ list: UnitList, _ siblingClass: Int) -> [Int] {
        list.units.indices.filter { oldToNew[$0] == nil && list.units[$0].siblingClass == siblingClass }
    }

    private func unmatchedNew(_ list: UnitList, _ siblingClass: Int) -> [Int] {
        list.units.indices.filter { newToOld[$0] == nil && list.units[$0].siblingClass == siblingClass }
    }

    /// For each old unit, where it would stand in the new revision if nothing around it had
    /// moved: the new place of the nearest matched unit before it, plus the distance to it.
    ///
    /// - Complexity: O(n).
    private func predictedPositions(_ count: Int) -> [Int] {
        var result = [Int](repeating: 0, count: count)
        var last: (old: Int, new: Int)?
        for index in 0..<count {
            if let new = oldToNew[index] { last = (index, new) }
            result[index] = last.map { $0.new + index - $0.old } ?? index
        }
        return result
    }

    /// The new revision's name for an old unit's parent, when the parent is matched.
    func parentKey(old index: Int, _ list: UnitList) -> String {
        let unit = list.units[index]
        guard let parent = unit.parent else { return unit.container }
        return oldToNew[parent].map { "#\($0)" } ?? "old#\(parent)"
    }

    /// A new unit's parent, named as `parentKey(old:_:)` names it.
    func parentKey(new index: Int, _ list: UnitList) -> String {
        let unit = list.units[index]
        return unit.parent.map { "#\($0)" } ?? unit.container
    }
}
