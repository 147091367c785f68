import PolicyModel

extension IdentifierAlignment {
    /// Every section as a candidate, depth first: its heading as key, its heading and first words
    /// for similarity, refined, where its key is in `repeated` (only there can a refinement tell
    /// candidates apart), by its whole text, then by its parent's and neighbours' headings.
    /// - Complexity: O(*n*) in the size of the sections' text.
    static func sectionCandidates(_ sections: [Section], refining repeated: Set<String>) -> [Candidate] {
        var result: [Candidate] = []
        func visit(_ siblings: [Section], parent: String) {
            let headings = siblings.map { words($0.heading.plainText()) }
            let keys = headings.map { $0.joined(separator: " ") }
            for (index, section) in siblings.enumerated() {
                var body: [String] = []
                for block in section.blocks.prefix(2) { body += words(blockText(block), limit: 40 - body.count) }
                let key = keys[index]
                var refinements: [String] = []
                if repeated.contains(key) {
                    let text = section.blocks.map { words(blockText($0)).joined(separator: " ") }
                    let before = index > 0 ? keys[index - 1] : ""
                    let after = index + 1 < keys.count ? keys[index + 1] : ""
                    refinements = [
                        ([key] + text).joined(separator: "\u{1}"), [key, parent, before, after].joined(separator: "\u{1}"),
                        [key, parent].joined(separator: "\u{1}"), [key, before].joined(separator: "\u{1}"),
                        [key, after].joined(separator: "\u{1}"),
                    ]
                }
                result.append(
                    Candidate(id: section.id.rawValue, key: key, words: Set(headings[index] + body), refinements: refinements))
                visit(section.subsections, parent: key)
            }
        }
        visit(sections, parent: "")
        return result
    }

    /// The keys of the headings of two revisions that more than one section of either has.
    static func repeatedKeys(_ new: [Section], _ old: [Section]) -> Set<String> {
        var counts: [String: (new: Int, old: Int)] = [:]
        func count(_ sections: [Section], new isNew: Bool) {
            for section in sections {
                let key = words(section.heading.plainText()).joined(separator: " ")
                if isNew { counts[key, default: (0, 0)].new += 1 } else { counts[key, default: (0, 0)].old += 1 }
                count(section.subsections, new: isNew)
            }
        }
        count(new, new: true)
        count(old, new: false)
        return Set(counts.filter { $0.value.new > 1 || $0.value.old > 1 }.keys)
    }

    /// A block's words as one string: a paragraph's text, or a list's items' texts.
    static func blockText(_ block: Block) -> String { blockInlines(block).plainText() }

    /// A block's own text: a paragraph's, or its list items' or table rows' texts apart by spaces.
    static func blockInlines(_ block: Block) -> [Inline] {
        func joined(_ parts: [[Inline]]) -> [Inline] {
            Array(parts.map { $0 }.joined(separator: [.text(" ")]))
        }
        switch block {
        case .paragraph(let paragraph): return paragraph.content
        case .list(let list): return joined(list.items.map(\.content))
        case .table(let table): return joined(table.rows.map(\.content))
        }
    }
}
