import PolicyModel

/// Renders inline text as plain words: no markup, links written out, notes as `[Note 3]` (in
/// the words of `noteLabel`: `[注3]`).
struct TextInlineRenderer {
    let citations: [ClauseID: String]
    let noteNumbers: [NoteID: Int]
    let noteLabel: UIText

    init(policy: Policy, noteLabel: UIText = UIText("Note {n}")) {
        citations = policy.citations
        noteNumbers = policy.noteNumbers
        self.noteLabel = noteLabel
    }

    /// `Note 3`, in the label's words.
    func noteName(_ number: String) -> String { noteLabel.before + number + noteLabel.after }

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
                result += " [\(noteName(noteNumbers[id].map(String.init) ?? "?"))]"
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
    /// Wraps each line of `text` at `width` display columns (a wide East Asian character takes
    /// two); a line breaks at spaces, and in Chinese, Japanese or Korean text between characters
    /// too (never before a closing mark such as `。` or `」`). A word longer than a line stands
    /// alone, except in such text or when `breaksLongWords` (for a policy in such a language),
    /// where it is broken between characters, after a `-` or `/` when it can be.
    /// - Complexity: O(n) in the length of `text`.
    static func wrap(
        _ text: String, width: Int = 72, first: String = "", rest: String = "", breaksLongWords: Bool = false
    ) -> String {
        if !breaksLongWords, isPlainASCII(text), isPlainASCII(first), isPlainASCII(rest) {
            return wrapASCII(text, width: width, first: first, rest: rest)
        }
        var output = ""
        var prefix = first
        let restWidth = TextTable.displayWidth(rest)
        var isFirstLine = true
        var line = ""
        var column = 0
        var lineHasWord = false
        func finish() {
            while line.last == " " { line.removeLast() }
            if !isFirstLine { output += "\n" }
            output += line
            isFirstLine = false
            (line, column, lineHasWord) = (rest, restWidth, false)
        }
        for hardLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            (line, column, lineHasWord) = (prefix, TextTable.displayWidth(prefix), false)
            let breaksWords = breaksLongWords || LineBreaks.hasWide(hardLine)
            for segment in LineBreaks.segments(hardLine) {
                var piece = segment.text
                var pieceWidth = TextTable.displayWidth(String(piece))
                let gap = segment.spaceBefore ? 1 : 0
                if lineHasWord, column + gap + pieceWidth > width { finish() }
                while breaksWords, !lineHasWord, column + pieceWidth > width, piece.count > 1 {
                    let head = LineBreaks.head(of: piece, fitting: width - column)
                    line += head
                    finish()
                    piece = piece.dropFirst(head.count)
                    pieceWidth = TextTable.displayWidth(String(piece))
                }
                if lineHasWord, gap == 1 {
                    line += " "
                    column += 1
                }
                line += piece
                column += pieceWidth
                lineHasWord = true
            }
            finish()
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
