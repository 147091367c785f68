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
        var html = "<table class=\"policy-table\">\n"
        if let caption { html += "<caption>\(caption)</caption>\n" }
        if let header {
            html +=
                "<thead>\n<tr>" + header.map { "<th scope=\"col\">\($0.content)</th>" }.joined() + "</tr>\n</thead>\n"
        }
        html += "<tbody>\n"
        for row in rows {
            html += row.hasID ? "<tr id=\"\(HTMLEscaping.escape(row.id))\">" : "<tr>"
            for cell in row.cells {
                html += cell.label.isEmpty ? "<td>" : "<td data-label=\"\(HTMLEscaping.escape(cell.label))\">"
                html += cell.content + "</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>"
        var view = BlockView(
            isParagraph: false, isList: false, isOrdered: false, isDate: false, isSignature: false, hasID: false,
            id: "", body: "", items: [], html: html)
        view.isTable = true
        view.hasCaption = caption != nil
        view.caption = caption ?? ""
        view.hasHeader = header != nil
        view.header = header ?? []
        view.rows = rows
        return view
    }

    /// A table as a GitHub-flavoured Markdown pipe table, each line starting with `indent`: the
    /// caption as an emphasised paragraph above it, an empty header row when the table has none
    /// (GitHub requires one), and in every cell line breaks as `<br>` and each `|` escaped.
    static func markdownTable(_ table: Table, _ inline: MarkdownInlineRenderer, indent: String) -> String {
        let columns = max(table.columnCount, 1)
        func row(_ cells: [[Inline]]) -> String {
            let texts = (0..<columns).map { column in
                column < cells.count ? markdownCell(inline.render(cells[column])) : ""
            }
            return indent + "| " + texts.joined(separator: " | ") + " |"
        }
        var lines: [String] = []
        if let caption = table.caption {
            lines += [indent + "*" + markdownCell(inline.render(caption)) + "*", ""]
        }
        lines.append(row(table.header ?? []))
        lines.append(indent + "|" + String(repeating: " --- |", count: columns))
        lines += table.rows.map { row($0.cells) }
        return lines.joined(separator: "\n")
    }

    /// Rendered Markdown made fit for one table cell: its line breaks (`\` before a newline)
    /// as `<br>`, and every `|` that no backslash escapes (in a link's address) escaped, since
    /// GitHub splits a row at each unescaped `|` before it reads the cell's inline markup.
    static func markdownCell(_ rendered: String) -> String {
        guard rendered.utf8.contains(where: { $0 == 0x0A || $0 == 0x7C }) else { return rendered }
        var result = ""
        var previous: Character?
        for character in rendered {
            switch character {
            case "\n":
                if previous == "\\" { result.removeLast() }
                result += "<br>"
            case "|" where previous != "\\":
                result += "\\|"
            default:
                result.append(character)
            }
            previous = character
        }
        return result
    }
}
