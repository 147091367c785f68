/// Paragraphs and items merged into one block, or one block split in two or more, found among
/// the blocks alignment left on one side only.
struct Joins {
    /// For a new block made of several old ones: the old blocks, in order (the first is the one
    /// the alignment links to it).
    private(set) var merged: [Int: [Int]] = [:]
    /// For an old block now in several new ones: the new blocks, in order (the first is linked).
    private(set) var split: [Int: [Int]] = [:]
    /// Old blocks reported within a merge, not as removed.
    private(set) var mergedAway: Set<Int> = []
    /// New blocks reported within a split, not as added.
    private(set) var splitOff: Set<Int> = []

    /// Finds merges and splits and relinks the alignment so that each links its first parts.
    ///
    /// An unmatched block joins the matched block next to it (before or after, under the same
    /// parent) when the words of both together are closer to the other side's block than the
    /// matched block's alone, and at least half of its words are among those the other side's
    /// block has beyond the matched one's.
    ///
    /// - Complexity: O(k) in the words of the unmatched blocks and their neighbours.
    init(_ alignment: inout Alignment, _ old: UnitList, _ new: UnitList) {
        for x in old.units.indices where alignment.oldToNew[x] == nil && Self.joinable(old, x) {
            for neighbour in [x - 1, x + 1] where Self.siblings(old, x, neighbour) {
                guard let target = alignment.oldToNew[neighbour] ?? group(ofOld: neighbour, alignment),
                    Self.joinable(new, target),
                    alignment.parentKey(old: x, old) == alignment.parentKey(new: target, new)
                else { continue }
                var parts = merged[target] ?? [alignment.newToOld[target]!]
                guard neighbour == x - 1 ? parts.last == neighbour : parts.first == neighbour else { continue }
                let (kept, joined) = (parts.flatMap { old.units[$0].tokens }, old.units[x].tokens)
                guard Self.joins(joined, to: kept, making: new.units[target].tokens) else { continue }
                parts.insert(x, at: neighbour == x - 1 ? parts.count : 0)
                merged[target] = parts
                mergedAway.insert(x)
                break
            }
        }
        for y in new.units.indices where alignment.newToOld[y] == nil && Self.joinable(new, y) {
            for neighbour in [y - 1, y + 1] where Self.siblings(new, y, neighbour) {
                guard merged[neighbour] == nil, let source = alignment.newToOld[neighbour] ?? group(ofNew: neighbour),
                    !mergedAway.contains(source), Self.joinable(old, source),
                    alignment.parentKey(old: source, old) == alignment.parentKey(new: y, new)
                else { continue }
                var parts = split[source] ?? [alignment.oldToNew[source]!]
                guard neighbour == y - 1 ? parts.last == neighbour : parts.first == neighbour else { continue }
                let (kept, joined) = (parts.flatMap { new.units[$0].tokens }, new.units[y].tokens)
                guard Self.joins(joined, to: kept, making: old.units[source].tokens) else { continue }
                parts.insert(y, at: neighbour == y - 1 ? parts.count : 0)
                split[source] = parts
                splitOff.insert(y)
                break
            }
        }
        relink(&alignment)
    }

    /// The new block an old one was merged into, when it was.
    private func group(ofOld index: Int, _ alignment: Alignment) -> Int? {
        guard mergedAway.contains(index) else { return nil }
        return merged.first { $0.value.contains(index) }?.key
    }

    /// The old block a new one was split from, when it was.
    private func group(ofNew index: Int) -> Int? {
        guard splitOff.contains(index) else { return nil }
        return split.first { $0.value.contains(index) }?.key
    }

    /// Links each merge's and split's first parts, so the change stands where the text starts.
    private mutating func relink(_ alignment: inout Alignment) {
        for (target, parts) in merged {
            alignment.unlink(old: alignment.newToOld[target]!)
            alignment.link(parts[0], target)
            mergedAway = mergedAway.subtracting([parts[0]]).union(parts.dropFirst())
        }
        for (source, parts) in split {
            alignment.unlink(old: source)
            alignment.link(source, parts[0])
            splitOff = splitOff.subtracting([parts[0]]).union(parts.dropFirst())
        }
    }

    /// A paragraph or item with nothing inside it.
    private static func joinable(_ list: UnitList, _ index: Int) -> Bool {
        let unit = list.units[index]
        return unit.siblingClass == 1 && unit.lastDescendant == index && unit.tokens.wordCount > 0
    }

    /// True when `other` is a block next to `index` under the same parent.
    private static func siblings(_ list: UnitList, _ index: Int, _ other: Int) -> Bool {
        list.units.indices.contains(other) && list.units[other].parent == list.units[index].parent
            && list.units[other].container == list.units[index].container && joinable(list, other)
    }

    /// Whether `joined` belongs with `kept` to make `whole` (see `init`).
    private static func joins(_ joined: [Token], to kept: [Token], making whole: [Token]) -> Bool {
        var extra: [String: Int] = [:]
        for token in whole where token.isWord { extra[token.key, default: 0] += 1 }
        let wholeCount = extra.values.reduce(0, +)
        var keptShared = 0
        var keptCount = 0
        for token in kept where token.isWord {
            keptCount += 1
            if let count = extra[token.key], count > 0 {
                extra[token.key] = count - 1
                keptShared += 1
            }
        }
        var joinedShared = 0
        var joinedCount = 0
        for token in joined where token.isWord {
            joinedCount += 1
            if let count = extra[token.key], count > 0 {
                extra[token.key] = count - 1
                joinedShared += 1
            }
        }
        let before = Double(2 * keptShared) / Double(keptCount + wholeCount)
        let after = Double(2 * (keptShared + joinedShared)) / Double(keptCount + joinedCount + wholeCount)
        return 2 * joinedShared >= joinedCount && after > before && after >= Alignment.threshold
    }
}
