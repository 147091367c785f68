import PolicyModel

/// Renders inline text as plain words: no markup, links written out, notes as `[Note 3]`.
struct TextInlineRenderer {
    let citations: [ClauseID: String]
    let noteNumbers: [NoteID: Int]

    init(policy: Policy) {
        citations = policy.citations
        noteNumbers = policy.noteNumbers
    }

    /// Renders `inlines`; a line break becomes a newline, which the wrapper keeps.
    func render(_ inlines: [Inline]) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let text):
                result += Self.clean(text)
            case .emphasis(let children), .strong(let children), .term(let children):
                result += render(children)
            case .link(let href, let children):
                let content = render(children)
                result += content == href || !LinkTarget.isAllowed(href) ? content : "\(content) <\(href)>"
            case .noteReference(let id):
                result += " [Note \(noteNumbers[id].map(String.init) ?? "?")]"
            case .crossReference(let id):
                result += citations[id] ?? id.rawValue
            case .lineBreak:
                result += "\n"
            }
        }
        return result
    }

    /// Drops control characters, which have no place in an e-mail body.
    static func clean(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
    }
}

/// Wraps text at a column, with one prefix for the first line and another for the rest.
enum TextWrapper {
    /// Wraps each line of `text` at `width` columns; a word longer than a line stands alone.
    /// - Complexity: O(n) in the length of `text`.
    static func wrap(_ text: String, width: Int = 72, first: String = "", rest: String = "") -> String {
        var output = ""
        var prefix = first
        let restWidth = rest.count
        var isFirstLine = true
        func finish(_ line: inout String) {
            while line.last == " " { line.removeLast() }
            if !isFirstLine { output += "\n" }
            output += line
            isFirstLine = false
        }
        for hardLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = prefix
            var column = prefix == rest ? restWidth : prefix.count
            var lineHasWord = false
            for word in hardLine.split(separator: " ") {
                let wordWidth = word.count
                if lineHasWord, column + 1 + wordWidth > width {
                    finish(&line)
                    line = rest
                    column = restWidth
                    lineHasWord = false
                }
                if lineHasWord {
                    line += " "
                    column += 1
                }
                line += word
                column += wordWidth
                lineHasWord = true
            }
            finish(&line)
            prefix = rest
        }
        return output
    }
}
