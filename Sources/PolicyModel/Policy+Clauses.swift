/// A clause a reader can cite: a section, a paragraph with an id, or a list item.
public struct ClauseReference: Sendable, Hashable {
    /// What kind of clause it is.
    public enum Kind: String, Sendable, Hashable {
        case section
        case paragraph
        case item
    }

    public var id: ClauseID
    public var kind: Kind
    /// How a reader cites it: `7.1`, `4 (5)`, `5 ¶2`.
    public var citation: String
    /// The clause's own text (a section's heading, a paragraph's or item's text).
    public var content: [Inline]
    /// The rules the clause carries.
    public var rules: [Rule]
    public var location: SourceLocation
}

extension Policy {
    /// Every clause that has an id, in document order.
    public var clauses: [ClauseReference] {
        var result: [ClauseReference] = []
        func visit(_ blocks: [Block], citation: String) {
            var paragraphNumber = 0
            for block in blocks {
                switch block {
                case .paragraph(let paragraph):
                    paragraphNumber += 1
                    if let id = paragraph.id {
                        result.append(
                            ClauseReference(
                                id: id, kind: .paragraph, citation: "\(citation) ¶\(paragraphNumber)",
                                content: paragraph.content, rules: paragraph.rules, location: paragraph.location))
                    }
                case .list(let list):
                    for item in list.items {
                        if let id = item.id {
                            result.append(
                                ClauseReference(
                                    id: id, kind: .item, citation: item.citation, content: item.content,
                                    rules: item.rules, location: item.location))
                        }
                        visit(item.blocks, citation: item.citation)
                    }
                }
            }
        }
        func visit(_ sections: [Section]) {
            for section in sections {
                result.append(
                    ClauseReference(
                        id: section.id, kind: .section, citation: section.number, content: section.heading,
                        rules: section.rules, location: section.location))
                visit(section.blocks, citation: section.number)
                visit(section.subsections)
            }
        }
        visit(preamble, citation: "Preamble")
        visit(sections)
        visit(closing, citation: "Closing")
        return result
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
