import Foundation
import PolicyModel

/// Written section numbers at the start of a heading ("1.", "7.1", "Article 3", "Annex I.", "(a)",
/// "2.a.", and "2.a." with no space before the words), dropped from the heading's words: the
/// numbering style set from them (`WrittenNumber`) gives them back.
enum HeadingNumber {
    static let pattern = FixedPattern.compile(
        """
            ^\\s*(?:(?:(?:Article|Section|Chapter|Part|Clause|Annex|Schedule|Appendix|§)\\s*\
            (?:\\d+(?:\\.\\d+)*|[IVXLC]+|[A-Z])[.:)]?|\\d{1,3}(?:\\.(?:\\d{1,3}|[a-zA-Z]))*[.:]?|\\([a-zA-Z0-9]{1,4}\\)|\
            [a-z]\\)|[IVXLC]{1,6}\\.|[A-Z]\\.|第\\s*\\d+\\s*条)(?:\\s+|$)|\
            \\d{1,3}(?:\\.(?:\\d{1,3}|[a-zA-Z]))*\\.(?=\\p{Lu}))
            """)

    /// The length of a written number at the start of the text, or nil.
    static func prefixLength(_ text: String) -> Int? {
        guard let match = pattern?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range, in: text)
        else { return nil }
        return text.distance(from: text.startIndex, to: range.upperBound)
    }

    /// The heading without its written number; unchanged when the number is all there is.
    static func strip(_ content: [Inline]) -> [Inline] {
        guard let (stripped, changed) = stripFirstText(content), changed else { return content }
        let normalized = stripped.normalized
        return normalized.plainText().contains(where: { $0.isLetter || $0.isNumber }) ? normalized : content
    }

    private static func stripFirstText(_ content: [Inline]) -> ([Inline], Bool)? {
        var result = content
        for (index, inline) in content.enumerated() {
            switch inline {
            case .text(let text):
                if text.allSatisfy(\.isWhitespace) { continue }
                guard let length = prefixLength(text) else { return (result, false) }
                result[index] = .text(String(text.dropFirst(length)))
                return (result, true)
            case .strong(let children), .emphasis(let children):
                guard let (inner, changed) = stripFirstText(children) else { return (result, false) }
                if case .strong = inline { result[index] = .strong(inner) } else { result[index] = .emphasis(inner) }
                return (result, changed)
            default:
                return (result, false)
            }
        }
        return nil
    }
}
