import PolicyModel

extension IdentifierAlignment {
    /// Every section as a candidate, depth first: its heading as key, its heading and first words
    /// for similarity, refined by its whole text, then by its parent's and neighbours' headings.
    /// - Complexity: O(*n*) in the size of the sections' text.
    static func sectionCandidates(_ sections: [Section]) -> [Candidate] {
        var result: [Candidate] = []
        func visit(_ siblings: [Section], parent: String) {
            let keys = siblings.map { words($0.heading.plainText()).joined(separator: " ") }
            for (index, section) in siblings.enumerated() {
                let heading = words(section.heading.plainText())
                var body: [String] = []
                for block in section.blocks.prefix(2) { body += words(blockText(block), limit: 40 - body.count) }
                let text = section.blocks.map { words(blockText($0)).joined(separator: " ") }
                let before = index > 0 ? keys[index - 1] : ""
                let after = index + 1 < keys.count ? keys[index + 1] : ""
                let key = keys[index]
                let refinements = [
                    ([key] + text).joined(separator: "\u{1}"), [key, parent, before, after].joined(separator: "\u{1}"),
                    [key, parent].joined(separator: "\u{1}"), [key, before].joined(separator: "\u{1}"),
                    [key, after].joined(separator: "\u{1}"),
                ]
                result.append(
                    Candidate(id: section.id.rawValue, key: key, words: Set(heading + body), refinements: refinements))
                visit(section.subsections, parent: key)
            }
        }
        visit(sections, parent: "")
        return result
    }

    /// A block's words as one string: a paragraph's text, or a list's items' texts.
    static func blockText(_ block: Block) -> String {
        switch block {
        case .paragraph(let paragraph): paragraph.content.plainText()
        case .list(let list): list.items.map { $0.content.plainText() }.joined(separator: " ")
        case .table(let table): table.rows.map { $0.content.plainText() }.joined(separator: " ")
        }
    }
}
