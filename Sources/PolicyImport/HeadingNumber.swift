import Foundation
import PolicyModel

/// Written section numbers at the start of a heading ("1.", "7.1", "Article 3", "Annex I.", "(a)",
/// "2.a.", and "2.a." with no space before the words), dropped from the heading's words: the
/// numbering style set from them (`WrittenNumber`) gives them back.
enum HeadingNumber {
    /// The words a number may follow ("Article 3"), ASCII all.
    static let numberWords = ["Article", "Section", "Chapter", "Part", "Clause", "Annex", "Schedule", "Appendix"]

    static let pattern = FixedPattern.compile(
        """
            ^\\s*(?:(?:(?:\(numberWords.joined(separator: "|"))|§)\\s*\
            (?:\\d+(?:\\.\\d+)*|[IVXLC]+|[A-Z])[.:)]?|\\d{1,3}(?:\\.(?:\\d{1,3}|[a-zA-Z]))*[.:]?|\\([a-zA-Z0-9]{1,4}\\)|\
            [a-z]\\)|[IVXLC]{1,6}\\.|[A-Z]\\.|第\\s*\\d+\\s*条)(?:\\s+|$)|\
            \\d{1,3}(?:\\.(?:\\d{1,3}|[a-zA-Z]))*\\.(?=\\p{Lu}))
            """)

    /// The length of a written number at the start of the text, or nil.
    static func prefixLength(_ text: String) -> Int? {
        guard mayStartWithNumber(text), let match = pattern?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range, in: text)
        else { return nil }
        return text.distance(from: text.startIndex, to: range.upperBound)
    }

    /// False when `pattern` cannot match, told from the first bytes: after ASCII spaces (tab,
    /// line feed, form feed, carriage return, space), a match starts with a digit, `(`, or a
    /// non-ASCII character (`§`, `第`, other digits and spaces), else with ASCII letters that are
    /// one of `numberWords`, or a single letter before `)` or `.`, or up to six roman numeral
    /// letters before `.`. True when unsure: the pattern decides.
    static func mayStartWithNumber(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count, [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(bytes[start]) { start += 1 }
            guard start < bytes.count else { return false }
            let first = bytes[start]
            guard first.isASCIILetter else {
                return first >= 0x80 || first < 0x20 || first == UInt8(ascii: "(") || (0x30...0x39).contains(first)
            }
            var end = start
            while end < bytes.count, bytes[end].isASCIILetter { end += 1 }
            let letters = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let next = end < bytes.count ? bytes[end] : 0
            if numberWords.contains(where: { word in word.utf8.count <= letters.count && word.utf8.elementsEqual(letters.prefix(word.utf8.count)) }) {
                return true
            }
            if letters.count == 1, next == UInt8(ascii: ")") || next == UInt8(ascii: ".") { return true }
            return letters.count <= 6 && next == UInt8(ascii: ".") && letters.allSatisfy { "IVXLC".utf8.contains($0) }
        }
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

extension UInt8 {
    /// True for the ASCII letters A-Z and a-z.
    fileprivate var isASCIILetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
}
