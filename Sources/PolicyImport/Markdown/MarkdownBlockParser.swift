import PolicyModel

/// Splits Markdown lines into blocks: headings (ATX and setext), paragraphs, lists, block
/// quotes, tables, fenced code, HTML blocks and footnote definitions. Lines it cannot read
/// otherwise become paragraph text, so no text is lost.
struct MarkdownBlockParser {
    let references: [String: String]
    var warnings: Warnings
    var footnotes: [RawFootnote] = []

    mutating func parse(_ lines: [MarkdownLine]) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var paragraph: [MarkdownLine] = []
        var index = 0
        func flush(_ parser: inout MarkdownBlockParser) {
            if !paragraph.isEmpty { blocks.append(.paragraph(content: parser.inline(paragraph), line: paragraph[0].number)) }
            paragraph = []
        }
        while index < lines.count {
            let line = lines[index]
            let body = String(line.text.drop { $0 == " " })
            if line.isBlank || line.indent > 3 {
                if line.isBlank { flush(&self) } else { paragraph.append(line) }
                index += 1
                continue
            }
            if !paragraph.isEmpty, let level = MarkdownSyntax.setextLevel(body) {
                blocks.append(.heading(level: level, content: inline(paragraph), line: paragraph[0].number))
                paragraph = []
                index += 1
                continue
            }
            if MarkdownSyntax.isAttributeLine(body) || (paragraph.isEmpty && ReferenceDefinitions.parse(line.text) != nil)
                || MarkdownSyntax.isThematicBreak(body)
            {
                flush(&self)
                index += 1
                continue
            }
            if let (level, text) = MarkdownSyntax.atxHeading(body) {
                flush(&self)
                blocks.append(.heading(level: level, content: inline([MarkdownLine(text: text, number: line.number)]), line: line.number))
                index += 1
                continue
            }
            if let fence = MarkdownSyntax.fence(body) {
                flush(&self)
                index = fencedCode(lines, from: index, fence: fence, into: &blocks)
                continue
            }
            if body.hasPrefix(">") {
                flush(&self)
                index = quote(lines, from: index, into: &blocks)
                continue
            }
            if body.hasPrefix("[^"), let close = body.range(of: "]:") {
                flush(&self)
                index = footnote(lines, from: index, label: String(body[body.index(body.startIndex, offsetBy: 2)..<close.lowerBound]))
                continue
            }
            if let marker = ListMarker(line.text), paragraph.isEmpty || marker.canInterruptParagraph {
                flush(&self)
                index = list(lines, from: index, into: &blocks)
                continue
            }
            if paragraph.isEmpty, line.text.contains("|"), index + 1 < lines.count,
                MarkdownSyntax.isTableDelimiter(lines[index + 1].text)
            {
                index = table(lines, from: index, into: &blocks)
                continue
            }
            if paragraph.isEmpty, MarkdownSyntax.startsHTMLBlock(body) {
                var end = index
                while end < lines.count, !lines[end].isBlank { end += 1 }
                let html = lines[index..<end].map(\.text).joined(separator: "\n")
                blocks += HTMLReader.fragment(html, firstLine: line.number, references: references, warnings: &warnings)
                index = end
                continue
            }
            paragraph.append(line)
            index += 1
        }
        flush(&self)
        return blocks
    }

    /// Inline content of paragraph lines, with the parser's warnings recorded.
    mutating func inline(_ lines: [MarkdownLine]) -> [Inline] {
        guard let first = lines.first else { return [] }
        let text = lines.map { String($0.text.drop { $0 == " " }) }.joined(separator: "\n")
        var parser = MarkdownInlineParser(text, firstLine: first.number, references: references)
        let content = parser.parse()
        for (code, message, line, column) in parser.problems { warnings.add(code, message, line: line, column: column) }
        return content
    }

    private mutating func fencedCode(_ lines: [MarkdownLine], from start: Int, fence: String, into blocks: inout [RawBlock]) -> Int {
        var index = start + 1
        var content: [Inline] = []
        while index < lines.count, !lines[index].text.drop(while: { $0 == " " }).hasPrefix(fence) {
            if !content.isEmpty { content.append(.lineBreak) }
            content.append(.text(lines[index].text))
            index += 1
        }
        let normalized = content.normalized
        if !normalized.isEmpty { blocks.append(.paragraph(content: normalized, line: lines[start].number)) }
        return min(index + 1, lines.count)
    }

    private mutating func quote(_ lines: [MarkdownLine], from start: Int, into blocks: inout [RawBlock]) -> Int {
        var inner: [MarkdownLine] = []
        var index = start
        while index < lines.count, !lines[index].isBlank {
            var text = Substring(lines[index].text.drop { $0 == " " })
            if text.hasPrefix(">") {
                text = text.dropFirst()
                if text.hasPrefix(" ") { text = text.dropFirst() }
            } else if MarkdownSyntax.startsBlock(String(text)) {
                break
            }
            inner.append(MarkdownLine(text: String(text), number: lines[index].number))
            index += 1
        }
        blocks.append(.quote(blocks: parse(inner), line: lines[start].number))
        return index
    }

    private mutating func footnote(_ lines: [MarkdownLine], from start: Int, label: String) -> Int {
        let first = lines[start].text.drop { $0 == " " }
        let text = first[first.range(of: "]:")!.upperBound...]
        var body = [MarkdownLine(text: String(text), number: lines[start].number)]
        var index = start + 1
        while index < lines.count, !lines[index].isBlank, lines[index].indent >= 4 || !MarkdownSyntax.startsBlock(lines[index].text) {
            body.append(lines[index].dedented(4))
            index += 1
        }
        footnotes.append(RawFootnote(label: label, content: inline(body), line: lines[start].number))
        return index
    }

    private mutating func table(_ lines: [MarkdownLine], from start: Int, into blocks: inout [RawBlock]) -> Int {
        var rows: [[[Inline]]] = []
        var index = start
        while index < lines.count, !lines[index].isBlank, lines[index].text.contains("|") {
            if index != start + 1 {
                let cells = MarkdownSyntax.tableCells(lines[index].text)
                rows.append(cells.map { inline([MarkdownLine(text: $0, number: lines[index].number)]) })
            }
            index += 1
        }
        blocks.append(.table(rows: rows, line: lines[start].number))
        return index
    }
}
