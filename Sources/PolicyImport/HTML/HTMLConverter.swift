import PolicyModel

/// Turns an HTML tree into raw blocks: headings, paragraphs, lists, quotes and tables; inline
/// emphasis and safe links kept; navigation, scripts, styles and forms dropped.
struct HTMLConverter {
    var warnings: Warnings
    let lineOffset: Int
    private var linkDepth = 0
    /// Anchors named on headings, paragraphs, list items and table rows (`id`, or an
    /// `<a id>`/`<a name>` inside), with the words of the element they name.
    var anchors: [String: String] = [:]

    init(warnings: Warnings, lineOffset: Int) {
        self.warnings = warnings
        self.lineOffset = lineOffset
    }

    private static let headingLevels = ["h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6]
    private static let blockElements: Set<String> = HTMLVocabulary.blocks.union(["dl", "caption", "figure", "section"])

    /// The blocks inside a node; loose inline content between blocks becomes paragraphs.
    mutating func blocks(of node: HTMLNode) -> [RawBlock] {
        var blocks: [RawBlock] = []
        var collector = InlineCollector(tidy: true)
        var line = node.line + lineOffset
        func flush() {
            let content = collector.result
            if !content.isEmpty { blocks.append(.paragraph(content: content, line: line)) }
            collector = InlineCollector(tidy: true)
        }
        for child in node.children {
            if child.isText {
                if collector.result.isEmpty { line = child.line + lineOffset }
                collector.append(text: child.text)
            } else if child.isElement, !HTMLVocabulary.dropped.contains(child.name) {
                if Self.blockElements.contains(child.name) {
                    flush()
                    blocks += block(child)
                } else {
                    if collector.result.isEmpty { line = child.line + lineOffset }
                    inline(child, into: &collector)
                }
            }
        }
        flush()
        return blocks
    }

    private mutating func block(_ node: HTMLNode) -> [RawBlock] {
        let line = node.line + lineOffset
        if let level = Self.headingLevels[node.name] {
            let content = inlines(of: node)
            let text = content.plainText()
            for anchor in Self.anchors(of: node) where anchors[anchor] == nil { anchors[anchor] = text }
            return content.isEmpty ? [] : [.heading(level: level, content: content, line: line)]
        }
        switch node.name {
        case "ul", "ol", "menu", "dl":
            var items: [RawItem] = []
            for child in node.children {
                if child.isElement, ["li", "dt", "dd"].contains(child.name) {
                    let itemBlocks = blocks(of: child)
                    if case .paragraph(let content, _)? = itemBlocks.first {
                        name(Self.anchors(of: child, skipping: ["ul", "ol", "menu", "dl"]), content.plainText())
                    }
                    items.append(RawItem(blocks: itemBlocks, line: child.line + lineOffset))
                } else if child.isElement || !child.text.allSatisfy(\.isWhitespace) {
                    var collector = InlineCollector(tidy: true)
                    if child.isText { collector.append(text: child.text) } else { inline(child, into: &collector) }
                    if !collector.result.isEmpty { items.append(RawItem(blocks: [.paragraph(content: collector.result, line: line)], line: line)) }
                }
            }
            let start = node.attribute("start").flatMap { Int($0) } ?? 1
            return items.isEmpty ? [] : [.list(ordered: node.name == "ol", start: start, items: items, line: line)]
        case "blockquote":
            return [.quote(blocks: blocks(of: node), line: line)]
        case "table":
            var table = RawTable(rows: [], line: line)
            collectRows(node, into: &table)
            return table.rows.isEmpty && table.header == nil ? [] : [.table(table)]
        case "pre":
            let lines = allText(node).split(separator: "\n", omittingEmptySubsequences: false)
            var content: [Inline] = []
            for text in lines {
                if !content.isEmpty { content.append(.lineBreak) }
                content.append(.text(String(text)))
            }
            return content.normalized.isEmpty ? [] : [.paragraph(content: content.normalized, line: line)]
        case "hr":
            return []
        case "p":
            let result = blocks(of: node)
            if case .paragraph(let content, _)? = result.first { name(Self.anchors(of: node), content.plainText()) }
            return result
        default:
            return blocks(of: node)
        }
    }

    /// The caption and rows of a table; its first row is the header when it is in `<thead>` or
    /// all its cells are `<th>`.
    private mutating func collectRows(_ node: HTMLNode, into table: inout RawTable, inHead: Bool = false) {
        for child in node.children where child.isElement {
            if child.name == "tr" {
                let cells = child.children.filter { $0.isElement && ($0.name == "td" || $0.name == "th") }
                let row = cells.map { TableCells.tidy(cellInlines(of: $0)) }
                name(Self.anchors(of: child), Array(row.joined(separator: [.text(" ")])).plainText())
                let isHeader = inHead || (!cells.isEmpty && cells.allSatisfy { $0.name == "th" })
                if isHeader, table.header == nil, table.rows.isEmpty {
                    table.header = row
                } else {
                    table.rows.append(row)
                }
            } else if child.name == "caption" {
                table.caption = inlines(of: child)
            } else if !HTMLVocabulary.dropped.contains(child.name) {
                collectRows(child, into: &table, inHead: inHead || child.name == "thead")
            }
        }
    }

    /// A cell's content: its text on lines as its `<br>`s, paragraphs and list items break it,
    /// each list item starting with a bullet.
    private mutating func cellInlines(of node: HTMLNode) -> [Inline] {
        var collector = InlineCollector(tidy: true)
        func add(_ node: HTMLNode) {
            guard node.isElement, node.name == "ul" || node.name == "ol" else { return inline(node, into: &collector) }
            for item in node.children where item.isElement && item.name == "li" {
                collector.appendLineBreak()
                collector.append(text: "• ")
                for child in item.children { add(child) }
            }
            collector.appendLineBreak()
        }
        for child in node.children { add(child) }
        return collector.result
    }

    /// The anchors an element names: its `id`, and the `id` or `name` of elements inside it
    /// other than those named in `skipping` (a list inside a list item names its own items).
    private static func anchors(of node: HTMLNode, skipping: Set<String> = []) -> [String] {
        var result: [String] = []
        if let id = node.attribute("id"), !id.isEmpty { result.append(id) }
        if node.name == "a", let name = node.attribute("name"), !name.isEmpty { result.append(name) }
        for child in node.children where child.isElement && !skipping.contains(child.name) {
            result += anchors(of: child, skipping: skipping)
        }
        return result
    }

    /// Records anchors for an element with these words; an anchor named twice keeps its first.
    private mutating func name(_ found: [String], _ words: String) {
        for anchor in found where anchors[anchor] == nil { anchors[anchor] = words }
    }

    private func allText(_ node: HTMLNode) -> String {
        node.isText ? node.text : node.children.map { allText($0) }.joined()
    }

    /// Everything inside a node as inline content; nested blocks are separated by line breaks.
    mutating func inlines(of node: HTMLNode) -> [Inline] {
        var collector = InlineCollector(tidy: true)
        for child in node.children { inline(child, into: &collector) }
        return collector.result
    }

    private mutating func inline(_ node: HTMLNode, into collector: inout InlineCollector) {
        if node.isText { return collector.append(text: node.text) }
        guard node.isElement, !HTMLVocabulary.dropped.contains(node.name) else { return }
        switch node.name {
        case "br": collector.appendLineBreak()
        case "img": collector.append(text: node.attribute("alt") ?? "")
        case "strong", "b":
            collector.open()
            for child in node.children { inline(child, into: &collector) }
            collector.close { .strong($0) }
        case "em", "i":
            collector.open()
            for child in node.children { inline(child, into: &collector) }
            collector.close { .emphasis($0) }
        case "a":
            let href = node.attribute("href") ?? ""
            // An in-page link stays a link until the structure builder finds its target.
            let allowed = linkDepth == 0 && (LinkTarget.isAllowed(href) || InPageLinks.isInPage(href))
            if !allowed, linkDepth == 0, !href.isEmpty, !allText(node).allSatisfy(\.isWhitespace) {
                warnings.add(
                    href.hasPrefix("#") ? "anchor-link" : "link-dropped", "link to '\(href)' kept as text only: links must be absolute http, https or mailto addresses",
                    line: node.line + lineOffset)
            }
            collector.open()
            linkDepth += 1
            for child in node.children { inline(child, into: &collector) }
            linkDepth -= 1
            collector.close { allowed ? .link(href: href, content: $0) : nil }
        default:
            if Self.blockElements.contains(node.name) { collector.appendLineBreak() }
            for child in node.children { inline(child, into: &collector) }
            if Self.blockElements.contains(node.name) { collector.appendLineBreak() }
        }
    }
}
