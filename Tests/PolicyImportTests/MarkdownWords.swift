import Foundation

/// The words a reader sees in a Markdown file, found independently of the importer: syntax,
/// link addresses, tags, comments, front matter and attribute lines removed.
enum MarkdownWords {
    /// The words, and the words of written heading numbers ("1.", "7.1", "Article 3").
    static func of(_ source: String) -> (words: [String], headingNumbers: [String], numbered: [NumberedHeading]) {
        var text = source.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(of: "\r\n", with: "\n")
        if text.hasPrefix("---\n"), let end = text.range(of: "\n---\n", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) {
            text = String(text[end.upperBound...])
        }
        text = replace(text, #"<!--[\s\S]*?-->"#, "")
        var words: [String] = []
        var numbers: [String] = []
        var numbered: [NumberedHeading] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, rawLine) in lines.enumerated() {
            var line = rawLine
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("{:") && trimmed.hasSuffix("}") { continue }
            if trimmed.contains("-"), trimmed.allSatisfy({ "|:- ".contains($0) }) { continue }
            if matches(trimmed, #"^\[[^\]^]+\]:\s"#) { continue }
            line = clean(line)
            let isSetext = index + 1 < lines.count && matches(lines[index + 1], #"^\s{0,3}(=+|-+)\s*$"#) && !trimmed.isEmpty
            if trimmed.hasPrefix("#") {
                // An attribute list ending a heading (`{: #id}`, `{#id}`) names an anchor, not words.
                line = replace(line, #"\s\{[:#][^{}]*\}\s*$"#, "")
            }
            if trimmed.hasPrefix("#") || isSetext {
                let heading = line.replacingOccurrences(of: "[]", with: "").replacingOccurrences(of: "\\", with: "")
                    .trimmingCharacters(in: CharacterSet(charactersIn: "#* ").union(.whitespaces))
                if let number = firstMatch(heading, #"^(?:(?:Article|Section|Chapter|Part)\s+[0-9IVXLC]+|\d{1,3}(?:\.\d{1,3})*|\([a-zA-Z0-9]{1,4}\)|[IVXLC]{1,6}\.|[A-Z]\.)(?=[.:)]?\s)"#) {
                    numbers += Words.of(number)
                }
                if let found = NumberedHeading(heading) { numbered.append(found) }
            }
            words += Words.of(line)
        }
        return (words, numbers, numbered)
    }

    private static func clean(_ line: String) -> String {
        var line = replace(line, #"^(\s*(>\s*)*([*+-]|\d{1,9}[.)])\s+)+"#, "")
        line = replace(line, #"\]\(\s*<?(?:[^()\s>]|\([^()\s]*\))*>?(\s+"[^"]*")?\s*\)"#, "]")
        line = replace(line, #"</?[a-z][a-z0-9]*(\s+[a-zA-Z-:]+(=("[^"]*"|'[^']*'|[^\s>]*))?)*\s*/?>"#, " ")
        let entities = ["&amp;": "&", "&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'"]
        for (entity, value) in entities { line = line.replacingOccurrences(of: entity, with: value) }
        return line
    }

    private static func replace(_ text: String, _ pattern: String, _ template: String) -> String {
        text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
    }

    private static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    private static func firstMatch(_ text: String, _ pattern: String) -> String? {
        text.range(of: pattern, options: .regularExpression).map { String(text[$0]) }
    }
}

/// A heading the publisher numbered: the number as written ("3.4.", "Clause 3:", "A.", "(a)") and
/// the words after it.
struct NumberedHeading: Equatable {
    var number: String
    var title: String

    /// The numbered heading in a heading's cleaned text, or nil when it carries no number.
    init?(_ heading: String) {
        let pattern = #"^((?:(?:Article|Section|Chapter|Part|Clause|Annex|Schedule|Appendix)\s+)?(?:\d{1,3}(?:\.[0-9a-zA-Z]{1,3})*[.:)]?|\([a-zA-Z0-9]{1,4}\)|[IVXLC]{1,6}[.:)]|[A-Za-z][.)]))\s+(\S.*)$"#
        let text = heading.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let number = Range(match.range(at: 1), in: text), let title = Range(match.range(at: 2), in: text)
        else { return nil }
        self.number = String(text[number])
        self.title = String(text[title])
    }

    /// True when the text edition shows this heading with this number before its first words.
    func isShown(in edition: String) -> Bool {
        let words = title.split(separator: " ").prefix(3).joined(separator: " ")
        return edition.contains("\n\(number) \(words)")
    }
}

