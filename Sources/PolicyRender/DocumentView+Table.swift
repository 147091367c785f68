import PolicyModel

extension DocumentView {
    /// The view of a table for HTML templates, with the built-in layout in `html`: a `<table>`
    /// whose cells carry their column's heading in `data-label`, so that a narrow screen can show
    /// each row as a card of labelled cells.
    static func htmlTable(_ table: Table, _ inline: HTMLInlineRenderer) -> BlockView {
        let columns = table.columnCount
        let labels = (0..<columns).map { column in
            table.header.map { column < $0.count ? inline.plain($0[column]) : "" } ?? ""
        }
        func cells(_ cells: [[Inline]]) -> [CellView] {
            (0..<columns).map { column in
                CellView(content: column < cells.count ? inline.render(cells[column]) : "", label: labels[column])
            }
        }
        let caption = table.caption.map(inline.render)
        let header = table.header.map(cells)
        let rows = table.rows.map { row in
            RowView(hasID: row.id != nil, id: row.id?.rawValue ?? "", citation: row.citation, cells: cells(row.cells))
        }
        var view = BlockView(
            isParagraph: false, isList: false, isOrdered: false, isDate: false, isSignature: false, hasID: false,
            id: "", body: "", items: [],
            html: HTMLWriter.fragment { writeTable(caption: caption, header: header, rows: rows, into: &$0) })
        view.isTable = true
        view.hasCaption = caption != nil
        view.caption = caption ?? ""
        view.hasHeader = header != nil
        view.header = header ?? []
        view.rows = rows
        return view
    }

    /// A table as the built-in `partials/block` shows it: one row a line.
    private static func writeTable(caption: String?, header: [CellView]?, rows: [RowView], into html: inout HTMLWriter)
    {
        html.open(.table, [.class: "policy-table"])
        html.newline()
        if let caption {
            html.element(.caption) { $0.append(caption) }
            html.newline()
        }
        if let header {
            html.open(.thead)
            html.newline()
            html.element(.tr) { row in
                for cell in header { row.element(.th, [.scope: "col"]) { $0.append(cell.content) } }
            }
            html.newline()
            html.close(.thead)
            html.newline()
        }
        html.open(.tbody)
        html.newline()
        for row in rows {
            html.element(.tr, [.id: row.hasID ? row.id : nil]) { line in
                for cell in row.cells {
                    line.element(.td, [.dataLabel: cell.label.isEmpty ? nil : cell.label]) { $0.append(cell.content) }
                }
            }
            html.newline()
        }
        html.close(.tbody)
        html.newline()
        html.close(.table)
    }

    /// A table as a GitHub-flavoured Markdown pipe table, each line starting with `indent`: the
    /// caption as an emphasised paragraph above it, an empty header row when the table has none
    /// (GitHub requires one), and in every cell line breaks as `<br>` and each `|` escaped.
    static func markdownTable(_ table: Table, _ inline: MarkdownInlineRenderer, indent: String) -> String {
        let columns = max(table.columnCount, 1)
        func row(_ cells: [[Inline]]) -> String {
            MarkdownWriter.tableRow(
                (0..<columns).map { column in column < cells.count ? inline.render(cells[column]) : "" }, indent: indent
            )
        }
        var lines: [String] = []
        if let caption = table.caption {
            lines.append(
                indent
                    + MarkdownWriter.fragment {
                        $0.emphasis { $0.append(MarkdownEscaping.cell(inline.render(caption))) }
                    })
            lines.append("")
        }
        lines.append(row(table.header ?? []))
        lines.append(MarkdownWriter.tableDelimiter(columns: columns, indent: indent))
        lines += table.rows.map { row($0.cells) }
        return lines.joined(separator: "\n")
    }
}
