import PolicyModel

/// Parses Markdown inline text (emphasis, code, links, autolinks, images, footnote references,
/// inline HTML, entities) into inline content. Never fails: what it cannot read stays text.
struct MarkdownInlineParser {
    let chars: [Character]
    let references: [String: String]
    let firstLine: Int
    /// Warnings as (code, message, line, column).
    var problems: [(String, String, Int, Int)] = []
    var collector = InlineCollector(tidy: true)
    var linkDepth = 0

    init(_ text: String, firstLine: Int, references: [String: String]) {
        chars = Array(text)
        self.firstLine = firstLine
        self.references = references
    }

    /// The parsed, whitespace-normalized content.
    mutating func parse() -> [Inline] {
        parseRange(0..<chars.count)
        return collector.result
    }

    mutating func parseRange(_ range: Range<Int>) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let char = chars[index]
            switch char {
            case "\\" where index + 1 < end && chars[index + 1] == "\n":
                collector.appendLineBreak()
                index += 2
            case "\\" where index + 1 < end && chars[index + 1].isASCII
                && (chars[index + 1].isPunctuation || chars[index + 1].isSymbol):
                collector.append(text: String(chars[index + 1]))
                index += 2
            case "\n":
                var spaces = 0
                while index - spaces - 1 >= range.lowerBound, chars[index - spaces - 1] == " " { spaces += 1 }
                if spaces >= 2 { collector.appendLineBreak() } else { collector.append(text: " ") }
                index += 1
            case "`": index = codeSpan(at: index, end: end)
            case "<": index = angle(at: index, end: end)
            case "!" where index + 1 < end && chars[index + 1] == "[": index = bracket(at: index + 1, end: end, image: true)
            case "[": index = bracket(at: index, end: end, image: false)
            case "*", "_": index = emphasis(at: index, end: end)
            case "&":
                if let (decoded, length) = HTMLVocabulary.entity(at: chars[index..<end]) {
                    collector.append(text: decoded)
                    index += length
                } else {
                    collector.append(text: "&")
                    index += 1
                }
            default:
                var stop = index + 1
                while stop < end, !"\\\n`<![*_&".contains(chars[stop]) { stop += 1 }
                collector.append(text: String(chars[index..<stop]))
                index = stop
            }
        }
    }

    private func runLength(at index: Int, end: Int) -> Int {
        var stop = index
        while stop < end, chars[stop] == chars[index] { stop += 1 }
        return stop - index
    }

    private mutating func codeSpan(at index: Int, end: Int) -> Int {
        let length = runLength(at: index, end: end)
        var search = index + length
        while search < end {
            if chars[search] == "`" {
                let closing = runLength(at: search, end: end)
                if closing == length {
                    var code = String(chars[(index + length)..<search]).replacingOccurrences(of: "\n", with: " ")
                    if code.count > 2, code.hasPrefix(" "), code.hasSuffix(" ") { code = String(code.dropFirst().dropLast()) }
                    collector.append(text: code)
                    return search + closing
                }
                search += closing
            } else {
                search += 1
            }
        }
        collector.append(text: String(repeating: "`", count: length))
        return index + length
    }

    /// Emphasis (`*`, `_`) and strong emphasis (`**`, `__`), matched to the nearest closing run.
    private mutating func emphasis(at index: Int, end: Int) -> Int {
        let marker = chars[index]
        let length = runLength(at: index, end: end)
        let after = index + length < end ? chars[index + length] : " "
        let before = index > 0 ? chars[index - 1] : " "
        let opens = !after.isWhitespace && !(marker == "_" && (before.isLetter || before.isNumber))
        let take = min(length, 2)
        guard opens, let (closer, closerLength) = closingRun(marker, minimum: take, from: index + length, end: end) else {
            collector.append(text: String(repeating: marker, count: length))
            return index + length
        }
        collector.open()
        parseRange((index + take)..<(closer + closerLength - take))
        collector.close { take == 2 ? .strong($0) : .emphasis($0) }
        return closer + closerLength
    }

    private func closingRun(_ marker: Character, minimum: Int, from start: Int, end: Int) -> (Int, Int)? {
        var search = start
        while search < end {
            let char = chars[search]
            if char == "`" {
                let length = runLength(at: search, end: end)
                var next = search + length
                while next < end, !(chars[next] == "`" && runLength(at: next, end: end) == length) { next += 1 }
                search = next < end ? next + length : search + length
                continue
            }
            guard char == marker else {
                search += char == "\\" ? 2 : 1
                continue
            }
            let length = runLength(at: search, end: end)
            let before = chars[search - 1]
            let after = search + length < end ? chars[search + length] : " "
            let closes = !before.isWhitespace && !(marker == "_" && (after.isLetter || after.isNumber))
            if closes, minimum == 2 ? length >= 2 : length != 2 { return (search, length) }
            search += length
        }
        return nil
    }

    mutating func warn(_ code: String, _ message: String, at offset: Int) {
        let before = chars[..<min(offset, chars.count)]
        let lines = before.filter { $0 == "\n" }.count
        let lineStart = before.lastIndex(of: "\n").map { $0 + 1 } ?? 0
        problems.append((code, message, firstLine + lines, offset - lineStart + 1))
    }

    /// Adds a link, or only its text when the address is not one a policy may link to.
    mutating func link(href: String, content: Range<Int>, at offset: Int) {
        if linkDepth > 0 || !LinkTarget.isAllowed(href) {
            let hasText = !String(chars[content]).allSatisfy { $0.isWhitespace || "*_`".contains($0) }
            if linkDepth == 0, hasText {
                warn(href.hasPrefix("#") ? "anchor-link" : "link-dropped", "link to '\(href)' kept as text only: links must be absolute http, https or mailto addresses", at: offset)
            }
            linkDepth += 1
            parseRange(content)
            linkDepth -= 1
            return
        }
        collector.open()
        linkDepth += 1
        parseRange(content)
        linkDepth -= 1
        collector.close { .link(href: href, content: $0) }
    }

    /// Adds a link whose text is its address (an autolink).
    mutating func addAutolink(_ href: String, text: String, at offset: Int) {
        if linkDepth == 0, LinkTarget.isAllowed(href) {
            collector.open()
            collector.append(text: text)
            collector.close { .link(href: href, content: $0) }
        } else {
            collector.append(text: text)
        }
    }
}
