internal import CCmarkGFM
import PolicyModel

/// Turns cmark-gfm's tree into raw blocks: headings, paragraphs, lists, quotes, tables, code as
/// text, HTML blocks through the HTML reader, and footnote definitions. Nesting past
/// `nestingLimit` levels is flattened while walking, so no input can exhaust the stack.
struct MarkdownConverter {
    /// Lists, quotes and inline containers (emphasis, links) nest at most this deep.
    static let nestingLimit = 32

    var warnings: Warnings
    /// The file's lines, for columns counted in characters.
    let lines: [String]
    /// The line of the added paragraph that refers to every footnote; it is not policy text.
    let footnoteReferencesLine: Int?
    /// Footnote labels by the number cmark-gfm gives each footnote's references.
    var footnoteLabels: [String: String] = [:]
    /// Footnote labels by the line their definition starts on.
    var definitionLabels: [Int: String] = [:]
    var footnotes: [RawFootnote] = []
    /// How many links enclose the inline content being converted.
    var linkDepth = 0
    /// Where the text being walked starts in the file, less one: indented text is parsed again.
    var origin = (line: 0, column: 0)
    /// Anchors named on headings, with their heading's words.
    var anchors: [String: String] = [:]
    /// Anchors of empty in-page links (`[](#id)`) met in the heading being converted.
    var headingAnchors: [String] = []
    /// Anchors of inline `<a id>` and `<a name>` tags met in the block being converted.
    var pendingAnchors: [String] = []
    /// Anchors kramdown attribute lines (`{: #id}`) name, by the line of the attribute list.
    var attributeAnchors: [Int: [String]] = [:]

    /// The blocks inside a container node; `depth` counts the containers around them.
    mutating func blocks(of parent: MarkdownNode, depth: Int) -> [RawBlock] {
        var result: [RawBlock] = []
        guard depth <= Self.nestingLimit else {
            warn("nesting-flattened", "content nested deeper than \(Self.nestingLimit) levels is flattened", at: parent)
            parent.walkDescendants { node in
                guard Self.isLeaf(node) else { return true }
                block(node, depth: depth, into: &result)
                return false
            }
            return result
        }
        var skip = 0
        for child in parent.children {
            if skip > 0 {
                skip -= 1
            } else if let run = htmlListRun(startingAt: child) {
                result += HTMLReader.fragment(
                    run.html, firstLine: run.line, warnings: &warnings, anchors: &anchors)
                skip = run.count - 1
            } else {
                block(child, depth: depth, into: &result)
            }
        }
        return result
    }

    /// Blocks that hold no other blocks.
    private static func isLeaf(_ node: MarkdownNode) -> Bool {
        let type = node.type
        return type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING || type == CMARK_NODE_CODE_BLOCK
            || type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_THEMATIC_BREAK || node.typeName == "table"
    }

    private mutating func block(_ node: MarkdownNode, depth: Int, into result: inout [RawBlock]) {
        let line = line(of: node)
        switch node.type {
        case CMARK_NODE_PARAGRAPH:
            if depth == 0, line == footnoteReferencesLine { return }
            pendingAnchors = attributeAnchors[node.endLine + origin.line + 1] ?? []
            let content = inlines(of: node)
            nameElement(content)
            result.append(.paragraph(content: content, line: line))
        case CMARK_NODE_HEADING:
            headingAnchors = []
            pendingAnchors = []
            let written = inlines(of: node)
            headingAnchors += pendingAnchors
            pendingAnchors = []
            let content = Self.withoutAttributes(written)
            let text = content.plainText()
            for anchor in headingAnchors + Self.attributeAnchors(written) where anchors[anchor] == nil {
                anchors[anchor] = text
            }
            headingAnchors = []
            result.append(.heading(level: node.headingLevel, content: content, line: line))
        case CMARK_NODE_LIST:
            let items = node.children.map { RawItem(blocks: blocks(of: $0, depth: depth + 1), line: self.line(of: $0)) }
            result.append(.list(ordered: node.isOrderedList, start: node.listStart, items: items, line: line))
        case CMARK_NODE_BLOCK_QUOTE:
            result.append(.quote(blocks: blocks(of: node, depth: depth + 1), line: line))
        case CMARK_NODE_CODE_BLOCK where !node.isFenced && depth < Self.nestingLimit:
            // A policy holds no code: text indented four spaces or more is text indented too far
            // (a list item's paragraph short of the item's column), so it is read again as Markdown.
            let saved = origin
            origin = (line - 1, saved.column + 4)
            result += CommonMarkParser.withDocument(withoutFootnoteReferences(node)) {
                blocks(of: $0, depth: depth + 1)
            }
            origin = saved
        case CMARK_NODE_CODE_BLOCK:
            var content: [Inline] = []
            for text in withoutFootnoteReferences(node).split(separator: "\n", omittingEmptySubsequences: false) {
                if !content.isEmpty { content.append(.lineBreak) }
                content.append(.text(String(text)))
            }
            let normalized = content.normalized
            if !normalized.isEmpty { result.append(.paragraph(content: normalized, line: line)) }
        case CMARK_NODE_HTML_BLOCK:
            let html = withoutFootnoteReferences(node)
            result += HTMLReader.fragment(
                html, firstLine: line, warnings: &warnings, anchors: &anchors)
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            footnote(node, depth: depth)
        case CMARK_NODE_THEMATIC_BREAK:
            break
        default:
            if node.typeName == "table" {
                table(node, into: &result)
            } else {
                result += blocks(of: node, depth: depth + 1)
            }
        }
    }

    /// A table: cmark-gfm's first row is its header; a header with no text (a table written
    /// only to lay text out) is left out, and a `<br>` list in a cell keeps its lines and bullets.
    private mutating func table(_ node: MarkdownNode, into result: inout [RawBlock]) {
        var rows = node.children.map { row in
            pendingAnchors = []
            let cells = row.children.map { TableCells.tidy(inlines(of: $0)) }
            nameElement(Array(cells.joined(separator: [.text(" ")])))
            return cells
        }
        guard !rows.isEmpty else { return }
        let first = rows.removeFirst()
        let header = first.allSatisfy { $0.plainText().allSatisfy(\.isWhitespace) } ? nil : first
        result.append(.table(RawTable(header: header, rows: rows, line: line(of: node))))
    }

    /// A footnote definition: its blocks as one run of text, paragraphs apart by line breaks.
    private mutating func footnote(_ node: MarkdownNode, depth: Int) {
        var collector = InlineCollector(tidy: true)
        func add(_ blocks: [RawBlock]) {
            for block in blocks {
                switch block {
                case .paragraph(let content, _), .heading(_, let content, _): collector.append(content)
                case .list(_, _, let items, _): items.forEach { add($0.blocks) }
                case .quote(let inner, _): add(inner)
                case .table(let table): table.allRows.forEach { collector.append(Array($0.joined(separator: [.text(" | ")]))) }
                }
                collector.appendLineBreak()
            }
        }
        add(blocks(of: node, depth: depth + 1))
        footnotes.append(
            RawFootnote(label: definitionLabels[node.line] ?? "", content: collector.result, line: line(of: node)))
    }

    /// cmark-gfm moves the footnotes it keeps to the end of the document in the order they are
    /// first referred to, and numbers their references 1, 2, 3 in that order; the labels come
    /// from the definitions' lines.
    mutating func readFootnoteLabels(of document: MarkdownNode) {
        var number = 0
        for node in document.children where node.type == CMARK_NODE_FOOTNOTE_DEFINITION {
            number += 1
            let line = node.line >= 1 && node.line <= lines.count ? lines[node.line - 1] : ""
            var label = String(number)
            if let open = line.range(of: "[^"), let close = line[open.upperBound...].firstIndex(of: "]") {
                label = String(line[open.upperBound..<close])
            }
            footnoteLabels[String(number)] = label
            definitionLabels[node.line] = label
        }
    }

    /// The text of a code or HTML block without the added footnote paragraph it may have swallowed
    /// (a fence or HTML block left open runs to the end of the file).
    private func withoutFootnoteReferences(_ node: MarkdownNode) -> String {
        guard let added = footnoteReferencesLine, node.endLine + origin.line >= added else { return node.literal }
        var lines = node.literal.split(separator: "\n", omittingEmptySubsequences: false)
        while lines.last?.isEmpty == true { lines.removeLast() }
        if !lines.isEmpty { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The line in the file where a node starts.
    func line(of node: MarkdownNode) -> Int { node.line + origin.line }

    /// Records the pending anchors for an element with this content; an anchor named twice keeps its first.
    mutating func nameElement(_ content: @autoclosure () -> [Inline]) {
        // Most elements are named by no anchor: their words are not read.
        guard !pendingAnchors.isEmpty else { return }
        let words = content().plainText()
        for anchor in pendingAnchors where anchors[anchor] == nil { anchors[anchor] = words }
        pendingAnchors = []
    }

    /// Adds a warning at a node's line and column, the column counted in characters.
    mutating func warn(_ code: String, _ message: String, at node: MarkdownNode) {
        let (line, column) = position(of: node)
        warnings.add(code, message, line: line, column: column)
    }

    /// A node's line and 1-based column in the file; cmark-gfm counts columns in bytes.
    func position(of node: MarkdownNode) -> (line: Int, column: Int) {
        let line = line(of: node)
        let bytes = max(node.column + origin.column - 1, 0)
        guard line >= 1, line <= lines.count else { return (line, bytes + 1) }
        return (line, String(decoding: lines[line - 1].utf8.prefix(bytes), as: UTF8.self).count + 1)
    }

    /// The `#id` an attribute list ending a heading names (`{: #id .class}`, `{#id}`).
    static func attributeAnchors(_ content: [Inline]) -> [String] {
        guard case .text(let text)? = content.last, content != withoutAttributes(content),
            let open = text.lastIndex(of: "{")
        else { return [] }
        return text[open...].dropFirst().dropLast().split(separator: " ").compactMap { part in
            part.hasPrefix("#") && part.count > 1 ? String(part.dropFirst()) : nil
        }
    }

    /// A heading's content without the attribute list that may end it: kramdown's `{: #id .class}`
    /// or the `{#id}` of PHP Markdown Extra and pandoc. They name an anchor or a style; they are
    /// not words of the heading.
    static func withoutAttributes(_ content: [Inline]) -> [Inline] {
        guard case .text(let text)? = content.last, text.hasSuffix("}"), let open = text.lastIndex(of: "{") else {
            return content
        }
        let list = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard list.hasPrefix(":") || list.hasPrefix("#"), !list.contains("{"),
            open == text.startIndex || text[text.index(before: open)] == " "
        else { return content }
        return (content.dropLast() + [.text(String(text[..<open]))]).normalized
    }
}
