import PolicyModel

extension IdentifierAlignment {
    /// Every section as a candidate, depth first: its heading as key, its heading and first words
    /// for similarity, refined, where its key is in `repeated` (only there can a refinement tell
    /// candidates apart), by its whole text, then by its parent's and neighbours' headings.
    /// - Complexity: O(*n*) in the size of the sections' text.
    static func sectionCandidates(
        _ sections: [Section], refining repeated: Set<String>, numbers: inout WordNumbers
    ) -> [Candidate] {
        var result: [Candidate] = []
        func visit(_ siblings: [Section], parent: String) {
            let keys = siblings.map { TextKeys.key($0.heading.plainText()) }
            for (index, section) in siblings.enumerated() {
                let key = keys[index]
                let number = numbers.number(of: key)
                var refinements: [[Int]] = []
                if repeated.contains(key) {
                    let text = section.blocks.map { numbers.number(of: TextKeys.key(blockText($0))) }
                    let parent = numbers.number(of: parent)
                    let before = numbers.number(of: index > 0 ? keys[index - 1] : "")
                    let after = numbers.number(of: index + 1 < keys.count ? keys[index + 1] : "")
                    refinements = [
                        [number] + text, [number, parent, before, after], [number, parent], [number, before],
                        [number, after],
                    ]
                }
                result.append(
                    Candidate(
                        id: section.id.rawValue, key: key, keyNumber: number, refinements: refinements,
                        text: section.heading, body: Array(section.blocks.prefix(2))))
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
                let key = TextKeys.key(section.heading.plainText())
                if isNew { counts[key, default: (0, 0)].new += 1 } else { counts[key, default: (0, 0)].old += 1 }
                count(section.subsections, new: isNew)
            }
        }
        count(new, new: true)
        count(old, new: false)
        return Set(counts.filter { $0.value.new > 1 || $0.value.old > 1 }.keys)
    }

    /// The first `limit` words of a block's text (`blockText`), reading no more of a long list or
    /// table than they need.
    /// - Complexity: O(*n*) in the length of the text read.
    static func blockWords(_ block: Block, limit: Int) -> [String] {
        let parts: AnySequence<[Inline]>
        switch block {
        case .paragraph(let paragraph): return TextKeys.words(paragraph.content.plainText(), limit: limit)
        case .list(let list): parts = AnySequence(list.items.lazy.map(\.content))
        case .table(let table): parts = AnySequence(table.rows.lazy.map(\.content))
        }
        // Every word of a text but its last is a word of any longer text it starts: once the
        // parts read give more than `limit` words, the first `limit` are the block's. The words
        // are counted again each time the text read has doubled, so the text is read O(1) times.
        var text = ""
        var counted = 0
        for (index, part) in parts.enumerated() {
            if index > 0 { text += " " }
            text += part.plainText()
            guard text.utf8.count >= 2 * counted else { continue }
            counted = text.utf8.count
            let words = TextKeys.words(text, limit: limit + 1)
            if words.count > limit { return Array(words.prefix(limit)) }
        }
        return TextKeys.words(text, limit: limit)
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
