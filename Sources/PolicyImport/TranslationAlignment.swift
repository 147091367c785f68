import PolicyModel

/// Gives a translation the ids of the original revision it translates. The words differ, so
/// clauses are paired by position and structure: sections in document order at the same depth,
/// preferring those with as many subsections and blocks and the same links, numbers and Latin
/// words (names such as "Firefox" survive translation); then list items and table rows within
/// paired sections, the same way.
enum TranslationAlignment {
    /// One clause as the alignment sees it.
    struct Shape {
        /// The id the clause has (for an item without one, `#` and its place among the items).
        var id: String
        /// What must be equal for two clauses to pair: the kind, depth and, for items and rows,
        /// the original id of the section they are in.
        var slot: String
        /// The section's subsection and block counts; empty for items and rows.
        var outline: [Int]
        var tokens: Set<String>
    }

    /// Renames the translation's section, item, row and note ids to the original's where they pair.
    static func align(_ translation: inout Policy, to original: Policy) {
        var renames: [String: String] = [:]
        var taken: Set<String> = []
        func pair(_ new: [Shape], _ old: [Shape], prefix: String = "") {
            for (index, oldIndex) in matches(new, old) {
                renames[prefix + new[index].id] = old[oldIndex].id
                taken.insert(old[oldIndex].id)
            }
        }
        pair(sectionShapes(translation.sections), sectionShapes(original.sections))
        // Items and rows pair only within sections that paired, so their slot names the original section.
        let owner: (String) -> String = { renames[$0] ?? "unpaired:" + $0 }
        pair(blockShapes(translation, owner: owner).items, blockShapes(original, owner: { $0 }).items)
        pair(blockShapes(translation, owner: owner).rows, blockShapes(original, owner: { $0 }).rows)
        let notes = { (policy: Policy) in
            policy.notes.map { Shape(id: $0.id.rawValue, slot: "note", outline: [], tokens: tokens($0.content)) }
        }
        pair(notes(translation), notes(original), prefix: "note:")
        IdentifierAlignment.apply(&translation, renames: renames, taken: taken)
    }

    /// Every section, depth first, slotted by depth.
    static func sectionShapes(_ sections: [Section]) -> [Shape] {
        var result: [Shape] = []
        func visit(_ siblings: [Section], depth: Int) {
            for section in siblings {
                let text = section.heading + section.blocks.flatMap(IdentifierAlignment.blockInlines)
                result.append(
                    Shape(
                        id: section.id.rawValue, slot: "section \(depth)",
                        outline: [section.subsections.count, section.blocks.count], tokens: tokens(text)))
                visit(section.subsections, depth: depth + 1)
            }
        }
        visit(sections, depth: 1)
        return result
    }

    /// Every list item (`#n` when it has no id, as `IdentifierAlignment.apply` counts them) and
    /// table row with an id, in document order, slotted by the section they are in.
    static func blockShapes(_ policy: Policy, owner: (String) -> String) -> (items: [Shape], rows: [Shape]) {
        var copy = policy
        var items: [Shape] = []
        var rows: [Shape] = []
        copy.transformItems { item, section, ordered in
            let id = item.id?.rawValue ?? "#\(items.count + 1)"
            items.append(
                Shape(id: id, slot: "item \(ordered) " + owner(section), outline: [], tokens: tokens(item.content)))
        }
        copy.transformRows { row, section in
            guard let id = row.id else { return }
            rows.append(Shape(id: id.rawValue, slot: "row " + owner(section), outline: [], tokens: tokens(row.content)))
        }
        return (items, rows)
    }

    /// The words a translation keeps: link targets, numbers, and runs of Latin letters, lower-cased.
    static func tokens(_ content: [Inline]) -> Set<String> {
        var result: Set<String> = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                if case .link(let href, let children) = inline {
                    result.insert(href)
                    visit(children)
                }
            }
        }
        visit(content)
        for word in TextKeys.words(content.plainText()) where word.allSatisfy(\.isASCII) {
            result.insert(word)
        }
        return result
    }

    /// The pairs (new index, old index) of the best order-keeping alignment: every pair in the
    /// same slot scores one, more for a like outline and shared tokens; gaps cost nothing.
    /// - Complexity: O(*n*·*m*) time and space for *n* and *m* clauses.
    static func matches(_ new: [Shape], _ old: [Shape]) -> [(Int, Int)] {
        let n = new.count
        let m = old.count
        guard n > 0, m > 0 else { return [] }
        func score(_ i: Int, _ j: Int) -> Double? {
            let a = new[i]
            let b = old[j]
            guard a.slot == b.slot else { return nil }
            let union = a.tokens.union(b.tokens).count
            let shared = union == 0 ? 0 : Double(a.tokens.intersection(b.tokens).count) / Double(union)
            let outline = zip(a.outline, b.outline).filter { $0 == $1 }.count
            return 1 + 2 * shared + 0.5 * Double(outline)
        }
        var best = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                var value = max(best[i + 1][j], best[i][j + 1])
                if let s = score(i, j) { value = max(value, s + best[i + 1][j + 1]) }
                best[i][j] = value
            }
        }
        var result: [(Int, Int)] = []
        var i = 0
        var j = 0
        while i < n, j < m {
            if let s = score(i, j), best[i][j] == s + best[i + 1][j + 1] {
                result.append((i, j))
                i += 1
                j += 1
            } else if best[i][j] == best[i + 1][j] {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }
}
