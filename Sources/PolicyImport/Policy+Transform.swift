import PolicyModel

extension Policy {
    /// Applies a transformation to every run of inline content below the title.
    mutating func transformInlines(_ transform: ([Inline]) -> [Inline]) {
        func mapBlocks(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                switch block {
                case .paragraph(var paragraph):
                    paragraph.content = transform(paragraph.content)
                    return .paragraph(paragraph)
                case .list(var list):
                    for index in list.items.indices {
                        list.items[index].content = transform(list.items[index].content)
                        list.items[index].blocks = mapBlocks(list.items[index].blocks)
                    }
                    return .list(list)
                case .table(var table):
                    table.caption = table.caption.map(transform)
                    table.header = table.header.map { $0.map(transform) }
                    for index in table.rows.indices { table.rows[index].cells = table.rows[index].cells.map(transform) }
                    return .table(table)
                }
            }
        }
        func mapSections(_ sections: [Section]) -> [Section] {
            sections.map { section in
                var result = section
                result.heading = transform(section.heading)
                result.blocks = mapBlocks(section.blocks)
                result.subsections = mapSections(section.subsections)
                return result
            }
        }
        preamble = mapBlocks(preamble)
        sections = mapSections(sections)
        closing = mapBlocks(closing)
        for index in notes.indices { notes[index].content = transform(notes[index].content) }
    }

    /// Applies a transformation to every list item, depth first, with its section's id and whether its list is ordered.
    mutating func transformItems(_ transform: (inout Item, String, Bool) -> Void) {
        func visitBlocks(_ blocks: inout [Block], _ owner: String) {
            for index in blocks.indices {
                guard case .list(var list) = blocks[index] else { continue }
                for item in list.items.indices {
                    transform(&list.items[item], owner, list.style == .ordered)
                    visitBlocks(&list.items[item].blocks, owner)
                }
                blocks[index] = .list(list)
            }
        }
        func visitSections(_ sections: inout [Section]) {
            for index in sections.indices {
                visitBlocks(&sections[index].blocks, sections[index].id.rawValue)
                visitSections(&sections[index].subsections)
            }
        }
        visitBlocks(&preamble, "preamble")
        visitSections(&sections)
        visitBlocks(&closing, "closing")
    }

    /// Calls `body` with every run of inline content, in the order `transformInlines` visits them,
    /// changing nothing; `body` returns false to stop.
    func forEachInlines(_ body: ([Inline]) -> Bool) {
        func visitBlocks(_ blocks: [Block]) -> Bool {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph):
                    guard body(paragraph.content) else { return false }
                case .list(let list):
                    for item in list.items {
                        guard body(item.content), visitBlocks(item.blocks) else { return false }
                    }
                case .table(let table):
                    if let caption = table.caption, !body(caption) { return false }
                    for cell in table.header ?? [] where !body(cell) { return false }
                    for row in table.rows {
                        for cell in row.cells where !body(cell) { return false }
                    }
                }
            }
            return true
        }
        func visitSections(_ sections: [Section]) -> Bool {
            for section in sections {
                guard body(section.heading), visitBlocks(section.blocks), visitSections(section.subsections) else {
                    return false
                }
            }
            return true
        }
        guard visitBlocks(preamble), visitSections(sections), visitBlocks(closing) else { return }
        for note in notes where !body(note.content) { return }
    }

    /// Calls `body` with every list item, in the order `transformItems` visits them, changing nothing.
    func forEachItem(_ body: (Item) -> Void) {
        func visit(_ blocks: [Block]) {
            for case .list(let list) in blocks {
                for item in list.items {
                    body(item)
                    visit(item.blocks)
                }
            }
        }
        forEachBlockList(visit)
    }

    /// Calls `body` with every table row, in the order `transformRows` visits them, changing nothing.
    func forEachRow(_ body: (TableRow) -> Void) {
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .table(let table): for row in table.rows { body(row) }
                case .list(let list): for item in list.items { visit(item.blocks) }
                case .paragraph: break
                }
            }
        }
        forEachBlockList(visit)
    }

    /// Calls `body` with the preamble's blocks, each section's own blocks in document order, and
    /// the closing's blocks.
    private func forEachBlockList(_ body: ([Block]) -> Void) {
        func visitSections(_ sections: [Section]) {
            for section in sections {
                body(section.blocks)
                visitSections(section.subsections)
            }
        }
        body(preamble)
        visitSections(sections)
        body(closing)
    }

    /// Applies a transformation to every table row, in document order, with its section's id.
    mutating func transformRows(_ transform: (inout TableRow, String) -> Void) {
        func visitBlocks(_ blocks: inout [Block], _ owner: String) {
            for index in blocks.indices {
                switch blocks[index] {
                case .table(var table):
                    for row in table.rows.indices { transform(&table.rows[row], owner) }
                    blocks[index] = .table(table)
                case .list(var list):
                    for item in list.items.indices { visitBlocks(&list.items[item].blocks, owner) }
                    blocks[index] = .list(list)
                case .paragraph: break
                }
            }
        }
        func visitSections(_ sections: inout [Section]) {
            for index in sections.indices {
                visitBlocks(&sections[index].blocks, sections[index].id.rawValue)
                visitSections(&sections[index].subsections)
            }
        }
        visitBlocks(&preamble, "preamble")
        visitSections(&sections)
        visitBlocks(&closing, "closing")
    }

    /// Applies a transformation to every section, depth first, parents first.
    mutating func transformSections(_ transform: (inout Section) -> Void) {
        func visit(_ sections: inout [Section]) {
            for index in sections.indices {
                transform(&sections[index])
                visit(&sections[index].subsections)
            }
        }
        visit(&self.sections)
    }
}
