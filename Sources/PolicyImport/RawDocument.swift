import PolicyModel

/// A document read from Markdown or HTML before it is given policy structure.
struct RawDocument {
    /// Title, publisher and language named by front matter or `<title>`, when present.
    var title: [Inline]?
    /// A title to use only when the document has no heading to take it from (HTML `<title>`).
    var fallbackTitle: [Inline]?
    var publisher: String?
    /// The site a page names as its own (`og:site_name`, or the end of `<title>` after a bar).
    var siteName: String?
    var language: String?
    var blocks: [RawBlock]
    /// Markdown footnote definitions (`[^label]: text`), in order.
    var footnotes: [RawFootnote] = []
    /// Anchors the document names on its headings, paragraphs, list items and table rows
    /// (`{#id}`, `{: #id}`, `id="…"`, `<a id>`, an empty `[](#id)` link in a heading), each with
    /// the words of its element as written, for in-page links to find.
    var anchors: [String: String] = [:]
}

/// A block as the reader found it, with inline text already parsed.
indirect enum RawBlock {
    case heading(level: Int, content: [Inline], line: Int)
    case paragraph(content: [Inline], line: Int)
    case list(ordered: Bool, start: Int, items: [RawItem], line: Int)
    case quote(blocks: [RawBlock], line: Int)
    /// A table: its caption, header row and body rows.
    case table(RawTable)

    var line: Int {
        switch self {
        case .heading(_, _, let line), .paragraph(_, let line), .list(_, _, _, let line), .quote(_, let line):
            line
        case .table(let table): table.line
        }
    }
}

/// A table as the reader found it: body rows of cells, and the header row and caption when it has them.
struct RawTable {
    var caption: [Inline]?
    var header: [[Inline]]?
    var rows: [[[Inline]]]
    var line: Int

    /// Every row, the header first, each cell's content as it was read.
    var allRows: [[[Inline]]] { (header.map { [$0] } ?? []) + rows }

    /// All the table's text in reading order: caption, then each row on a line of its own
    /// with its cells apart by ` | `.
    var flatText: [Inline] {
        var result: [Inline] = caption ?? []
        for row in allRows { result += [.lineBreak] + Array(row.joined(separator: [.text(" | ")])) }
        return result
    }
}

/// One list item: its blocks, the first of which is usually its text.
struct RawItem {
    var blocks: [RawBlock]
    var line: Int
}

/// A Markdown footnote definition.
struct RawFootnote {
    var label: String
    var content: [Inline]
    var line: Int
}
