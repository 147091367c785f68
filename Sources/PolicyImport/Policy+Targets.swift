import PolicyModel

extension Policy {
    /// Applies a transformation to the id of every paragraph, list item and table row, in document
    /// order, with the clause's own text (a row's cells apart by spaces).
    mutating func transformTargets(_ transform: (inout ClauseID?, [Inline]) -> Void) {
        func visitBlocks(_ blocks: inout [Block]) {
            for index in blocks.indices {
                switch blocks[index] {
                case .paragraph(var paragraph):
                    transform(&paragraph.id, paragraph.content)
                    blocks[index] = .paragraph(paragraph)
                case .list(var list):
                    for item in list.items.indices {
                        transform(&list.items[item].id, list.items[item].content)
                        visitBlocks(&list.items[item].blocks)
                    }
                    blocks[index] = .list(list)
                case .table(var table):
                    for row in table.rows.indices {
                        let text = Array(table.rows[row].cells.joined(separator: [.text(" ")]))
                        transform(&table.rows[row].id, text)
                    }
                    blocks[index] = .table(table)
                }
            }
        }
        func visitSections(_ sections: inout [Section]) {
            for index in sections.indices {
                visitBlocks(&sections[index].blocks)
                visitSections(&sections[index].subsections)
            }
        }
        visitBlocks(&preamble)
        visitSections(&sections)
        visitBlocks(&closing)
    }
}
