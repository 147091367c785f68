/// A clause a reader can cite: a section, a paragraph with an id, a list item or a table row.
public struct ClauseReference: Sendable, Hashable {
    /// What kind of clause it is.
    public enum Kind: String, Sendable, Hashable {
        case section
        case paragraph
        case item
        case row
    }

    public var id: ClauseID
    public var kind: Kind
    /// How a reader cites it: `7.1`, `4 (5)`, `5 ¶2`.
    public var citation: String
    /// The clause's own text (a section's heading, a paragraph's or item's text, a row's cells
    /// apart by ` | `).
    public var content: [Inline]
    /// The rules the clause carries.
    public var rules: [Rule]
    public var location: SourceLocation
}

extension Policy {
    /// Every clause that has an id, in document order.
    public var clauses: [ClauseReference] {
        var result: [ClauseReference] = []
        walkClauses { id, kind, citation, content, rules, location in
            guard let id else { return }
            result.append(
                ClauseReference(id: id, kind: kind, citation: citation, content: content, rules: rules, location: location))
        }
        return result
    }

    /// How a reader cites each section, paragraph, list item and table row, with an id or without, in
    /// document order; within a revision no two are the same.
    public var allCitations: [String] {
        var result: [String] = []
        walkClauses { _, _, citation, _, _, _ in result.append(citation) }
        return result
    }

    /// Calls `visit` with every section, paragraph, list item and table row in document order: its id when
    /// it has one, its kind, citation, own text, rules and location.
    private func walkClauses(
        _ visit: (ClauseID?, ClauseReference.Kind, String, [Inline], [Rule], SourceLocation) -> Void
    ) {
        func walk(_ blocks: [Block], citation: String) {
            var paragraphNumber = 0
            for block in blocks {
                switch block {
                case .paragraph(let paragraph):
                    paragraphNumber += 1
                    visit(
                        paragraph.id, .paragraph, "\(citation) ¶\(paragraphNumber)", paragraph.content, paragraph.rules,
                        paragraph.location)
                case .list(let list):
                    for item in list.items {
                        visit(item.id, .item, item.citation, item.content, item.rules, item.location)
                        walk(item.blocks, citation: item.citation)
                    }
                case .table(let table):
                    for row in table.rows { visit(row.id, .row, row.citation, row.content, row.rules, row.location) }
                }
            }
        }
        func walk(_ sections: [Section]) {
            for section in sections {
                visit(section.id, .section, section.number, section.heading, section.rules, section.location)
                walk(section.blocks, citation: section.number)
                walk(section.subsections)
            }
        }
        walk(preamble, citation: "Preamble")
        walk(sections)
        walk(closing, citation: "Closing")
    }

    /// Each clause id with how a reader cites it; when an id repeats, the first wins.
    public var citations: [ClauseID: String] {
        var result: [ClauseID: String] = [:]
        for clause in clauses where result[clause.id] == nil { result[clause.id] = clause.citation }
        return result
    }

    /// Each note id with its number; when an id repeats, the first wins.
    public var noteNumbers: [NoteID: Int] {
        var result: [NoteID: Int] = [:]
        for note in notes where result[note.id] == nil { result[note.id] = note.number }
        return result
    }

    /// All sections, depth first, parents before their subsections.
    public var allSections: [Section] {
        func flatten(_ sections: [Section]) -> [Section] { sections.flatMap { [$0] + flatten($0.subsections) } }
        return flatten(sections)
    }
}
