import PolicyModel

/// Numbers written at the start of list items ("(a) …", "i. …", "1) …"): when every item of a
/// list carries one and they count on from the first in one style, the list becomes an ordered
/// list in that style and the written numbers leave the items' words, so the editions show each
/// number once.
enum ListItemNumbers {
    /// What the written numbers of a list's items allow.
    enum Outcome: Equatable {
        /// Not every item starts with a written number: the list stays as it is.
        case none
        /// The numbers count on in one style: the style, and each item's words without its number.
        case styled(NumberStyle, [[Inline]])
        /// Every item has a written number, but no style writes the sequence: kept as text.
        case asText
    }

    /// The outcome for a list of at least two items, read from each item's leading words.
    ///
    /// - Complexity: O(n) in the total length of the items' first text runs.
    static func read(_ items: [Item]) -> Outcome {
        guard items.count > 1 else { return .none }
        var written: [(number: WrittenNumber, rest: [Inline])] = []
        for item in items {
            guard let marker = leadingNumber(item.content) else { return .none }
            written.append(marker)
        }
        let roman = written.contains { $0.number.isSurelyRoman }
        guard let (first, start) = written[0].number.style(roman: roman) else { return .asText }
        for (offset, entry) in written.enumerated() {
            guard let (style, value) = entry.number.style(roman: roman), style == first, value == start + offset
            else { return .asText }
        }
        var style = first
        style.start = start
        return .styled(style, written.map(\.rest))
    }

    /// The one-part number with punctuation ("(a)", "iv.", "3)") that opens `content`, followed by
    /// a space, and the words after it; nil when the content does not open with one.
    private static func leadingNumber(_ content: [Inline]) -> (number: WrittenNumber, rest: [Inline])? {
        guard case .text(let text)? = content.first else { return nil }
        let trimmed = text.drop(while: \.isWhitespace)
        let token = trimmed.prefix { !$0.isWhitespace }
        let after = trimmed.dropFirst(token.count)
        guard after.first?.isWhitespace == true, let number = WrittenNumber.parse(String(token)),
            number.prefix == nil, number.parts.count == 1, number.punctuation != .none
        else { return nil }
        let words = String(after.drop(while: \.isWhitespace))
        return (number, (words.isEmpty ? [] : [.text(words)]) + content.dropFirst())
    }
}

extension StructureBuilder {
    /// A list whose items carry their numbers in their words: ordered in the style that gives the
    /// numbers back, with the numbers dropped from the words; a list whose numbers no style
    /// writes keeps them as text, bulleted so no second number shows, with a warning.
    mutating func numberedByItems(_ list: List, line: Int) -> List {
        switch ListItemNumbers.read(list.items) {
        case .none:
            return list
        case .styled(let style, let contents):
            var result = List(style: .ordered, items: list.items, location: list.location, numberStyle: style)
            for index in result.items.indices { result.items[index].content = contents[index] }
            return result
        case .asText:
            warnings.add(
                "number-as-text",
                "the numbers written in this list's items have no numbering style; they are kept as text",
                line: line)
            return List(style: .bulleted, items: list.items, location: list.location)
        }
    }
}
