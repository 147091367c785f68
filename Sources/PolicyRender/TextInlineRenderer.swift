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
        if !breaksLongWords, isPlainNarrow(text), isPlainNarrow(first), isPlainNarrow(rest) {
            return wrapNarrow(text, width: width, first: first, rest: rest)
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

    /// Text in which every character is one Unicode scalar one column wide and none is a
    /// carriage return: ASCII, Latin letters and signs, general punctuation (dashes, curly quotes,
    /// bullets), currency and letterlike symbols (`™`). None of these joins a grapheme cluster
    /// with another, is wide or is a combining mark, so a line's columns are its scalars.
    private static func isPlainNarrow(_ text: String) -> Bool {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return true }
        return text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x0D: false
            case 0..<0x80, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x214F: true
            default: false
            }
        }
    }

    /// `wrap` over UTF-8 bytes, for text `isPlainNarrow` accepts: each scalar (each byte that
    /// does not continue a UTF-8 sequence) is one column.
    private static func wrapNarrow(_ text: String, width: Int, first: String, rest: String) -> String {
        let space: UInt8 = 0x20
        let newline: UInt8 = 0x0A
        func columns(_ bytes: some Sequence<UInt8>) -> Int {
            bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        }
        var prefix = Array(first.utf8)
        var prefixColumns = columns(prefix)
        let restBytes = Array(rest.utf8)
        let restColumns = columns(restBytes)
        var text = text
        let output = text.withUTF8 { bytes -> [UInt8] in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + bytes.count / max(width, 1) * (restBytes.count + 1) + prefix.count)
            var lineStart = 0
            func finish() {
                while output.count > lineStart, output.last == space { output.removeLast() }
            }
            // Each line the text's line breaks end, then each word of it (a run of bytes
            // other than spaces).
            var hardLineStart = 0
            while true {
                var hardLineEnd = hardLineStart
                while hardLineEnd < bytes.count, bytes[hardLineEnd] != newline { hardLineEnd += 1 }
                if hardLineStart > 0 { output.append(newline) }
                lineStart = output.count
                output += prefix
                var column = prefixColumns
                var lineHasWord = false
                var wordStart = hardLineStart
                while wordStart < hardLineEnd {
                    guard bytes[wordStart] != space else {
                        wordStart += 1
                        continue
                    }
                    var wordEnd = wordStart
                    var wordColumns = 0
                    while wordEnd < hardLineEnd, bytes[wordEnd] != space {
                        if bytes[wordEnd] & 0xC0 != 0x80 { wordColumns += 1 }
                        wordEnd += 1
                    }
                    if lineHasWord, column + 1 + wordColumns > width {
                        finish()
                        output.append(newline)
                        lineStart = output.count
                        output += restBytes
                        column = restColumns
                        lineHasWord = false
                    }
                    if lineHasWord {
                        output.append(space)
                        column += 1
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd]))
                    column += wordColumns
                    lineHasWord = true
                    wordStart = wordEnd
                }
                finish()
                (prefix, prefixColumns) = (restBytes, restColumns)
                guard hardLineEnd < bytes.count else { break }
                hardLineStart = hardLineEnd + 1
            }
            return output
        }
        return String(decoding: output, as: UTF8.self)
    }
}
