import PolicyModel

/// Cell content read from a published table, made readable in every edition.
enum TableCells {
    /// The cell with each line that starts with a list marker (`* `, `- `, `+ `, as publishers
    /// write a list inside a cell with `<br>`) starting with a bullet `• ` instead, so that the
    /// line reads as a list item in every edition and no edition reads it as markup.
    static func tidy(_ content: [Inline]) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(content.count)
        var atLineStart = true
        for inline in content {
            switch inline {
            case .text(let text) where atLineStart:
                result.append(.text(bulleted(text)))
                atLineStart = false
            case .lineBreak:
                result.append(inline)
                atLineStart = true
            default:
                result.append(inline)
                atLineStart = false
            }
        }
        return result
    }

    private static func bulleted(_ text: String) -> String {
        let trimmed = text.drop { $0 == " " }
        guard let first = trimmed.first, "*-+".contains(first), trimmed.dropFirst().first == " " else { return text }
        return "• " + trimmed.dropFirst(2)
    }

    /// Rows padded with empty cells to the widest, so that every row has a cell in each column.
    static func padded(_ rows: [[[Inline]]], to columns: Int) -> [[[Inline]]] {
        rows.map { $0.count < columns ? $0 + Array(repeating: [], count: columns - $0.count) : $0 }
    }
}
