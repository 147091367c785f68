import PolicyModel

extension PolicyBuilder {
    /// A table: its caption, header and rows, each row checked to have as many cells as the
    /// header (or, without one, as the first row) and some text.
    mutating func buildTable(_ node: XMLNode) -> Table {
        let children = node.elementChildren
        var caption: [Inline]?
        if let captionNode = children.first(where: { $0.name == "caption" }) {
            let content = inlines(in: captionNode)
            if Self.isBlank(content) {
                error("empty-text", "table caption has no text; leave it out", at: location(of: captionNode))
            }
            caption = content
        }
        var header: [[Inline]]?
        if let headerNode = children.first(where: { $0.name == "header" }) {
            let cells = cells(of: headerNode)
            if cells.allSatisfy(Self.isBlank) {
                error("empty-text", "table header has no text; leave it out", at: location(of: headerNode))
            }
            header = cells
        }
        var rows: [TableRow] = []
        var width = header?.count
        for rowNode in children where rowNode.name == "row" {
            let id = rowNode.attribute("id") != nil ? ClauseID(declare(rowNode, isNote: false)) : nil
            let rowRules = rules(in: rowNode)
            let cells = cells(of: rowNode)
            let here = location(of: rowNode)
            if let expected = width, cells.count != expected, !cells.isEmpty {
                let what = header == nil ? "the first row" : "the header"
                error(
                    "table-shape",
                    "table row has \(cells.count) \(cells.count == 1 ? "cell" : "cells"); \(what) has \(expected)",
                    at: here)
            }
            if width == nil, !cells.isEmpty { width = cells.count }
            if !cells.isEmpty, cells.allSatisfy(Self.isBlank) { error("empty-text", "table row has no text", at: here) }
            rows.append(TableRow(id: id, rules: rowRules, cells: cells, location: here))
        }
        return Table(caption: caption, header: header, rows: rows, location: location(of: node))
    }

    private mutating func cells(of node: XMLNode) -> [[Inline]] {
        node.elementChildren.filter { $0.name == "cell" }.map { inlines(in: $0) }
    }
}
