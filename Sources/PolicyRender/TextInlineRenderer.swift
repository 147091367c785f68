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
        guard text.containsUTF8Byte(where: { $0 < 0x20 || $0 == 0x7F }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
    }
}

/// Wraps text at a column, with one prefix for the first line and another for the rest.
enum TextWrapper {
    /// Wraps each line of `text` at `width` columns; a word longer than a line stands alone.
    /// - Complexity: O(n) in the length of `text`.
    static func wrap(_ text: String, width: Int = 72, first: String = "", rest: String = "") -> String {
        if isPlainASCII(text), isPlainASCII(first), isPlainASCII(rest) {
            return wrapASCII(text, width: width, first: first, rest: rest)
        }
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

    /// ASCII without carriage returns: one byte is one character, so widths are byte counts.
    private static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    /// `wrap` over bytes, for ASCII text.
    private static func wrapASCII(_ text: String, width: Int, first: String, rest: String) -> String {
        let space: UInt8 = 0x20
        let newline: UInt8 = 0x0A
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + text.utf8.count / max(width, 1) * (rest.utf8.count + 1) + first.utf8.count)
        var lineStart = 0
        func finish() {
            while output.count > lineStart, output.last == space { output.removeLast() }
        }
        var prefix = Array(first.utf8)
        let restBytes = Array(rest.utf8)
        for (lineNumber, hardLine) in text.utf8.split(separator: newline, omittingEmptySubsequences: false).enumerated() {
            if lineNumber > 0 { output.append(newline) }
            lineStart = output.count
            output += prefix
            var lineHasWord = false
            for word in hardLine.split(separator: space) {
                if lineHasWord, output.count - lineStart + 1 + word.count > width {
                    finish()
                    output.append(newline)
                    lineStart = output.count
                    output += restBytes
                    lineHasWord = false
                }
                if lineHasWord { output.append(space) }
                output += word
                lineHasWord = true
            }
            finish()
            prefix = restBytes
        }
        return String(decoding: output, as: UTF8.self)
    }
}
