/// Running text inside a heading, paragraph, list item or note.
public indirect enum Inline: Sendable, Hashable, Codable {
    /// Plain text, whitespace already collapsed.
    case text(String)
    /// Emphasised text (`<em>`).
    case emphasis([Inline])
    /// Strongly emphasised text (`<strong>`).
    case strong([Inline])
    /// A defined term at the place it is defined (`<term>`).
    case term([Inline])
    /// A link to an http, https or mailto address.
    case link(href: String, content: [Inline])
    /// A reference to a note, shown as the note's number.
    case noteReference(NoteID)
    /// A reference to a clause, shown as the clause's current number.
    case crossReference(ClauseID)
    /// A forced line break inside a block.
    case lineBreak
}

extension Array where Element == Inline {
    /// The words of the text as a reader sees them, with references shown by the given closures.
    @inlinable
    public func plainText(
        note: (NoteID) -> String = { _ in "" },
        clause: (ClauseID) -> String = { $0.rawValue }
    ) -> String {
        var result = ""
        forEachPlainTextPiece(note: note, clause: clause) { piece in
            result += piece
            return true
        }
        return result
    }

    /// Calls `body` with each non-empty piece of `plainText(note:clause:)` in order, without
    /// joining them: text, a space for a line break, a reference as the closures show it; `body`
    /// returns false to stop. Returns false when stopped.
    @inlinable @discardableResult
    public func forEachPlainTextPiece(
        note: (NoteID) -> String = { _ in "" },
        clause: (ClauseID) -> String = { $0.rawValue },
        _ body: (String) -> Bool
    ) -> Bool {
        for inline in self {
            let piece: String
            switch inline {
            case .text(let text): piece = text
            case .emphasis(let children), .strong(let children), .term(let children), .link(_, let children):
                guard children.forEachPlainTextPiece(note: note, clause: clause, body) else { return false }
                continue
            case .noteReference(let id): piece = note(id)
            case .crossReference(let id): piece = clause(id)
            case .lineBreak: piece = " "
            }
            guard piece.isEmpty || body(piece) else { return false }
        }
        return true
    }

    /// Every node of the tree, depth first, parents before children.
    public var allInlines: [Inline] {
        var result: [Inline] = []
        for inline in self {
            result.append(inline)
            switch inline {
            case .emphasis(let children), .strong(let children), .term(let children), .link(_, let children):
                result += children.allInlines
            case .text, .noteReference, .crossReference, .lineBreak: break
            }
        }
        return result
    }
}
