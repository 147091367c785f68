extension Alignment {
    /// Pairs still-unmatched blocks whose text is identical, keeping their order, as a line diff
    /// does: the blocks matched by id that keep their order are anchors, and between two anchors
    /// the texts of each side's unmatched blocks are diffed as lines, equal lines being one block.
    /// Identical blocks (a heading repeated in every section, a list item "Data" fifteen times)
    /// therefore pair in order, never crosswise, and a block is moved only when the document
    /// really reordered it.
    ///
    /// - Complexity: O(n log n) for the anchors, plus `SequenceDiff.edits` over each gap's block
    ///   texts (bounded, never quadratic) and O(n) token work for the texts.
    mutating func matchIdenticalInOrder(_ old: UnitList, _ new: UnitList) {
        let matched = oldToNew.indices.compactMap { o in oldToNew[o].map { (o, $0) } }
        var anchors = Patience.longestIncreasing(matched)
        anchors.append((old.units.count, new.units.count))
        var keys = TextKeys()
        var i = 0
        var j = 0
        for (anchorOld, anchorNew) in anchors {
            let olds = (i..<max(i, anchorOld)).filter { oldToNew[$0] == nil }
            let news = (j..<max(j, anchorNew)).filter { newToOld[$0] == nil }
            if !olds.isEmpty, !news.isEmpty {
                let edits = SequenceDiff.edits(
                    olds.map { keys.key(old.units[$0]) }, news.map { keys.key(new.units[$0]) })
                var x = 0
                var y = 0
                for edit in edits {
                    switch edit {
                    case .equal:
                        link(olds[x], news[y])
                        x += 1
                        y += 1
                    case .delete: x += 1
                    case .insert: y += 1
                    }
                }
            }
            i = anchorOld + 1
            j = anchorNew + 1
        }
    }
}

/// Interns a block's sibling class and words (not their markup) as one integer, so two blocks
/// compare equal exactly when a reader would call their text the same.
private struct TextKeys {
    private var interned: [UTF8Key: Int] = [:]

    mutating func key(_ unit: Unit) -> Int {
        var text = "\(unit.siblingClass)"
        for token in unit.tokens {
            text += "\u{1F}"
            text += token.key
        }
        let key = UTF8Key(text)
        if let value = interned[key] { return value }
        interned[key] = interned.count
        return interned.count - 1
    }
}
