/// Turns an alignment into changes and their counts: one change per changed block, blocks
/// inside added or removed ones within them, merges and splits as one change each, and runs of
/// renumbered siblings as one change.
struct ChangeBuilder {
    let old: UnitList
    let new: UnitList
    let alignment: Alignment
    let joins: Joins
    let moved: Set<Int>
    private(set) var summary = ChangeSummary()
    /// Changes with their reading-order key and, for a renumbered block, its new and old index.
    private var ordered: [(key: (Int, Int, Int), pair: (Int, Int)?, change: Change)] = []

    init(old: UnitList, new: UnitList, alignment: Alignment, joins: Joins, moved: Set<Int>) {
        self.old = old
        self.new = new
        self.alignment = alignment
        self.joins = joins
        self.moved = moved
    }

    /// The changes in reading order of the new revision, renumbered siblings gathered in runs.
    mutating func build() -> [Change] {
        addNewSide()
        addRemoved()
        ordered.sort { $0.key < $1.key }
        return gatherRuns()
    }

    private mutating func addNewSide() {
        // An added block inside an added one is reported within it.
        var rootPosition: [Int: Int] = [:]
        for (n, newUnit) in new.units.enumerated() where !joins.splitOff.contains(n) {
            guard let o = alignment.newToOld[n] else {
                summary.wordsInserted += newUnit.tokens.wordCount
                var change = Self.change(.added, old: nil, new: newUnit)
                change.newText = new.names.plainText(newUnit.content)
                change.textChanged = true
                change.segments = [WordSegment(.inserted, Tokenizer.text(newUnit.tokens))]
                change.cells = cellChanges(old: nil, new: newUnit)
                if let parent = newUnit.parent, alignment.newToOld[parent] == nil, let root = rootPosition[parent] {
                    ordered[root].change.contents.append(change)
                    rootPosition[n] = root
                } else {
                    summary.added += 1
                    rootPosition[n] = ordered.count
                    ordered.append(((n, 0, 0), nil, change))
                }
                continue
            }
            if let parts = joins.merged[n] {
                ordered.append(((n, 0, 0), nil, joined(.merged, old: parts, new: [n])))
            } else if let parts = joins.split[o] {
                ordered.append(((n, 0, 0), nil, joined(.split, old: [o], new: parts)))
            } else if let change = aligned(o, n) {
                ordered.append(((n, 0, 0), change.kind == .renumbered ? (n, o) : nil, change))
            }
        }
    }

    /// The change of an aligned block, nil when it is unchanged.
    private mutating func aligned(_ o: Int, _ n: Int) -> Change? {
        let oldUnit = old.units[o]
        let newUnit = new.units[n]
        let reparented = alignment.parentKey(old: o, old) != alignment.parentKey(new: n, new)
        let isMoved = reparented || moved.contains(n)
        let kindChanged = oldUnit.element != newUnit.element
        // Most blocks are untouched: the same words with the same markup need no word diff.
        let sameWords = Self.sameWords(oldUnit.tokens, newUnit.tokens)
        if sameWords, !isMoved, !kindChanged, oldUnit.localNumber == newUnit.localNumber {
            summary.unchanged += 1
            return nil
        }
        let words = WordDiff(oldUnit.tokens, newUnit.tokens)
        let kind: ChangeKind
        if isMoved {
            kind = .moved
        } else if words.hasChanges || kindChanged {
            kind = .modified
        } else if oldUnit.localNumber != newUnit.localNumber {
            kind = .renumbered
        } else {
            summary.unchanged += 1
            return nil
        }
        var change = Self.change(kind, old: oldUnit, new: newUnit)
        if kind == .renumbered, newUnit.element == .section {
            // A renumbered section stands under its parent: its own heading did not change.
            let (oldParent, newParent) = (oldUnit.parent.map { old.units[$0] }, newUnit.parent.map { new.units[$0] })
            (change.oldSection, change.oldHeading) = (oldParent?.section, oldParent?.heading)
            (change.newSection, change.newHeading) = (newParent?.section, newParent?.heading)
        }
        change.oldElement = kindChanged ? oldUnit.element : nil
        change.move = isMoved ? (reparented ? .reparented : .reordered) : nil
        change.oldText = old.names.plainText(oldUnit.content)
        change.newText = new.names.plainText(newUnit.content)
        change.textChanged = words.segments.contains { $0.kind != .equal }
        change.segments = words.segments
        change.markup = words.markup
        change.cells = cellChanges(old: oldUnit, new: newUnit)
        if words.hasChanges {
            summary.wordsInserted += words.wordsInserted
            summary.wordsDeleted += words.wordsDeleted
        }
        switch kind {
        case .moved: summary.moved += 1
        case .modified: summary.modified += 1
        default: summary.renumbered += 1
        }
        return change
    }

    /// Whether two blocks hold the same words with the same markup; the tokens are read in
    /// place (`elementsEqual` would copy each, retaining and releasing its strings).
    private static func sameWords(_ old: [Token], _ new: [Token]) -> Bool {
        guard old.count == new.count else { return false }
        for index in old.indices {
            guard old[index].keyHash == new[index].keyHash, old[index].key == new[index].key,
                old[index].marks == new[index].marks
            else { return false }
        }
        return true
    }

    /// A merge (several old blocks, one new) or a split (one old, several new): the word diff of
    /// the parts read one after the other, with `¶` where one part ends and the next begins.
    private mutating func joined(_ kind: ChangeKind, old olds: [Int], new news: [Int]) -> Change {
        let (first, last) = (old.units[olds[0]], new.units[news[0]])
        let words = WordDiff(
            Self.joinedTokens(olds.map { old.units[$0].tokens }), Self.joinedTokens(news.map { new.units[$0].tokens }))
        var change = Self.change(kind, old: first, new: last)
        change.oldElement = first.element != last.element ? first.element : nil
        change.oldText = old.names.plainText(first.content)
        change.newText = new.names.plainText(last.content)
        change.textChanged = words.segments.contains { $0.kind != .equal && $0.text != Self.pilcrow }
        change.segments = words.segments
        change.markup = words.markup
        summary.wordsInserted += words.wordsInserted
        summary.wordsDeleted += words.wordsDeleted
        for o in olds.dropFirst() {
            var part = Self.change(kind, old: old.units[o], new: nil)
            part.oldText = old.names.plainText(old.units[o].content)
            change.contents.append(part)
        }
        for n in news.dropFirst() {
            var part = Self.change(kind, old: nil, new: new.units[n])
            part.newText = new.names.plainText(new.units[n].content)
            change.contents.append(part)
        }
        if kind == .merged { summary.merged += 1 } else { summary.split += 1 }
        return change
    }

    /// The mark shown where one block of a merge or split ends and the next begins.
    static let pilcrow = "¶"

    private static func joinedTokens(_ parts: [[Token]]) -> [Token] {
        let mark = Token(text: pilcrow, key: "\u{0}block-break", marks: [], spaceBefore: true, isWord: false)
        var result = parts[0]
        for var part in parts.dropFirst() {
            result.append(mark)
            if !part.isEmpty { part[0].spaceBefore = true }
            result += part
        }
        return result
    }

    private mutating func addRemoved() {
        var anchor = -1
        var rootPosition: [Int: Int] = [:]
        for (o, oldUnit) in old.units.enumerated() {
            if let n = alignment.oldToNew[o] {
                anchor = n
                continue
            }
            if joins.mergedAway.contains(o) { continue }
            summary.wordsDeleted += oldUnit.tokens.wordCount
            var change = Self.change(.removed, old: oldUnit, new: nil)
            change.oldText = old.names.plainText(oldUnit.content)
            change.textChanged = true
            change.segments = [WordSegment(.deleted, Tokenizer.text(oldUnit.tokens))]
            change.cells = cellChanges(old: oldUnit, new: nil)
            if let parent = oldUnit.parent, alignment.oldToNew[parent] == nil, let root = rootPosition[parent] {
                ordered[root].change.contents.append(change)
                rootPosition[o] = root
            } else {
                summary.removed += 1
                rootPosition[o] = ordered.count
                ordered.append(((anchor, 1, o), nil, change))
            }
        }
    }

    /// Renumbered blocks that follow each other in one numbered sequence on both sides become one
    /// change: the first, with the others in its `contents`.
    ///
    /// - Complexity: O(n).
    private mutating func gatherRuns() -> [Change] {
        let newPrevious = Self.previousInSequence(new)
        let oldPrevious = Self.previousInSequence(old)
        var result: [Change] = []
        // The run whose last member is a given new unit: its place in `result`, that member's old index.
        var runs: [Int: (position: Int, old: Int)] = [:]
        for entry in ordered {
            guard let (n, o) = entry.pair else {
                result.append(entry.change)
                continue
            }
            if let previous = newPrevious[n], let run = runs.removeValue(forKey: previous), oldPrevious[o] == run.old {
                result[run.position].contents.append(entry.change)
                runs[n] = (run.position, o)
                summary.renumbered -= 1
            } else {
                runs[n] = (result.count, o)
                result.append(entry.change)
            }
        }
        return result
    }

    /// For each unit, the unit before it in its numbered sequence (see `Unit.sequence`).
    private static func previousInSequence(_ list: UnitList) -> [Int?] {
        var last: [String: Int] = [:]
        return list.units.indices.map { index in
            let key = list.units[index].sequence
            defer { last[key] = index }
            return last[key]
        }
    }

    static func change(_ kind: ChangeKind, old: Unit?, new: Unit?) -> Change {
        Change(
            kind: kind, element: (new ?? old)!.element, oldID: old?.id, newID: new?.id,
            oldNumber: old?.number, newNumber: new?.number, oldParent: old?.parentNumber,
            newParent: new?.parentNumber, oldSection: old?.section, newSection: new?.section, oldHeading: old?.heading,
            newHeading: new?.heading)
    }
}
