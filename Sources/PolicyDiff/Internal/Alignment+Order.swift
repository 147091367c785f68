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
/// compare equal exactly when a reader would call their text the same: the bytes of the class
/// and of each token's key, each key after a U+001F.
private struct TextKeys {
    private var interned = ByteKeyInterner<[UInt8]>()
    private var bytes: [UInt8] = []

    mutating func key(_ unit: Unit) -> Int {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: String(unit.siblingClass).utf8)
        for token in unit.tokens {
            bytes.append(0x1F)
            var key = token.key
            key.withUTF8 { bytes.append(contentsOf: $0) }
        }
        var hash = ByteHash.seed
        for byte in bytes { hash = ByteHash.add(byte, to: hash) }
        return interned.number(bytes, hash: hash)
    }
}
