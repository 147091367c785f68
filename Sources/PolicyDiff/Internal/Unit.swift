import PolicyModel

/// A block the diff aligns (section, paragraph, list item or note), flattened out of a policy.
struct Unit {
    var element: ElementKind
    var id: String?
    /// The index of the enclosing section or item, nil at the top of a container.
    var parent: Int?
    /// The container at the top: `Preamble`, `Sections`, `Closing` or `Notes`.
    var container: String
    /// Full citation (`4 (5)`, `7.1`, `5 ¶2`, `3` for a note).
    var number: String
    /// The part of the number that comes from the block's own position (`5`, `1`, `¶2`).
    var localNumber: String
    /// The citation of the parent (or the container's name).
    var parentNumber: String
    /// The number of the enclosing section, or its own for a section.
    var section: String?
    /// The heading of the enclosing section, or its own for a section.
    var heading: String?
    /// The block's own text: a section's heading, a paragraph's, item's or note's text.
    var content: [Inline]
    var tokens: [Token]
    /// Index of the last unit inside it (itself when it has no descendants).
    var lastDescendant: Int
    /// Which list of the policy an item is in (counted from 1 in document order); 0 for other blocks.
    var list = 0

    /// Blocks numbered in one sequence share it: the sections of one parent, the paragraphs
    /// of one parent, the items of one list, the notes.
    var sequence: String {
        "\(parent.map(String.init) ?? container)/\(element.rawValue)/\(list)"
    }

    /// Which units may be siblings: sections with sections, blocks with blocks, notes with notes.
    var siblingClass: Int {
        switch element {
        case .section: 0
        case .paragraph, .item: 1
        case .note: 2
        }
    }
}

/// A policy flattened into units, in document order.
struct UnitList {
    var units: [Unit] = []
    let names: ReferenceNames
    private var lists = 0

    /// Flattens a policy.
    ///
    /// - Complexity: O(n) in the size of the policy.
    init(_ policy: Policy) {
        names = ReferenceNames(policy)
        visit(policy.preamble, parent: nil, container: "Preamble", citation: "Preamble", section: nil, heading: nil)
        visit(policy.sections, parent: nil)
        visit(policy.closing, parent: nil, container: "Closing", citation: "Closing", section: nil, heading: nil)
        for note in policy.notes {
            add(
                Unit(
                    element: .note, id: note.id.rawValue, parent: nil, container: "Notes", number: String(note.number),
                    localNumber: String(note.number), parentNumber: "Notes", section: nil, heading: nil, content: note.content,
                    tokens: [], lastDescendant: 0))
        }
    }

    @discardableResult
    private mutating func add(_ unit: Unit) -> Int {
        var unit = unit
        unit.tokens = Tokenizer.tokens(unit.content, names: names)
        unit.lastDescendant = units.count
        units.append(unit)
        return units.count - 1
    }

    private mutating func close(_ index: Int) { units[index].lastDescendant = units.count - 1 }

    private mutating func visit(_ sections: [Section], parent: Int?) {
        for section in sections {
            let heading = names.plainText(section.heading)
            let index = add(
                Unit(
                    element: .section, id: section.id.rawValue, parent: parent, container: "Sections",
                    number: section.number, localNumber: section.ownNumber,
                    parentNumber: parent.map { units[$0].number } ?? "Sections", section: section.number,
                    heading: heading,
                    content: section.heading, tokens: [], lastDescendant: 0))
            visit(
                section.blocks, parent: index, container: "Sections", citation: section.number,
                section: section.number, heading: heading)
            visit(section.subsections, parent: index)
            close(index)
        }
    }

    private mutating func visit(
        _ blocks: [Block], parent: Int?, container: String, citation: String, section: String?,
        heading: String?
    ) {
        var paragraphs = 0
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                paragraphs += 1
                add(
                    Unit(
                        element: .paragraph, id: paragraph.id?.rawValue, parent: parent, container: container,
                        number: "\(citation) ¶\(paragraphs)", localNumber: "¶\(paragraphs)", parentNumber: citation,
                        section: section, heading: heading, content: paragraph.content, tokens: [], lastDescendant: 0))
            case .list(let list):
                lists += 1
                for (position, item) in list.items.enumerated() {
                    let index = add(
                        Unit(
                            element: .item, id: item.id?.rawValue, parent: parent, container: container,
                            number: item.citation, localNumber: item.marker ?? "bullet \(position + 1)",
                            parentNumber: citation, section: section, heading: heading, content: item.content, tokens: [],
                            lastDescendant: 0, list: lists))
                    visit(
                        item.blocks, parent: index, container: container, citation: item.citation,
                        section: section, heading: heading)
                    close(index)
                }
            }
        }
    }
}
