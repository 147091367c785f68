import PolicyDiff
import PolicyRules

extension ChangeSet {
    /// The change set as a standalone HTML5 redline page: the summary and materiality first,
    /// then each changed block with its old and new number. Deletions are struck through and
    /// insertions underlined as well as coloured, and each carries a `−`/`+` sign, so colour
    /// is never the only cue. `links` are shown in a navigation bar (label, relative href).
    /// `materiality`, when given, comes before the summary.
    public func html(
        language: String = "en", links: [(label: String, href: String)] = [], materiality: Materiality? = nil
    ) -> String {
        let title = "Changes to \(new.title): \(ChangeWording.date(old)) → \(ChangeWording.date(new))"
        var out = """
            <!DOCTYPE html>
            <html lang="\(esc(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(esc(title))</title>
            <style>
            \(Self.redlineStyle)
            </style>
            </head>
            <body>

            """
        if !links.isEmpty {
            out += "<nav aria-label=\"Related pages\">"
            out += links.map { "<a href=\"\(esc($0.href))\">\(esc($0.label))</a>" }.joined(separator: " · ")
            out += "</nav>\n"
        }
        out += "<main>\n<h1>\(esc(title))</h1>\n"
        out += "<p class=\"legend\"><del>−deleted words</del> <ins>+inserted words</ins></p>\n"
        if let materiality {
            out += "<section class=\"materiality\" aria-label=\"Materiality\">\n"
            out += "<p><strong>Materiality:</strong> \(esc(ChangeWording.materialityLine(materiality)))</p>\n"
            let reviews = ChangeWording.reviewLines(materiality)
            if !reviews.isEmpty {
                out += "<ul class=\"reviews\">\n" + reviews.map { "<li>\(esc($0))</li>\n" }.joined() + "</ul>\n"
            }
            if !materiality.flips.isEmpty {
                out +=
                    "<ul>\n" + materiality.flips.map { "<li>\(esc(ChangeWording.flipLine($0)))</li>\n" }.joined()
                    + "</ul>\n"
            }
            out += "</section>\n"
        }
        out += "<p class=\"summary\">\(esc(summaryLine(materiality: materiality)))</p>\n"
        if !metadata.isEmpty {
            out += "<section class=\"metadata\">\n<h2>Metadata</h2>\n<dl>\n"
            for change in metadata {
                out += "<dt>\(esc(change.field.rawValue))</dt><dd>\(Self.htmlSegments(change.segments))</dd>\n"
            }
            out += "</dl>\n</section>\n"
        }
        var context: String?
        for change in changes {
            let heading = change.context
            if heading != context {
                if context != nil { out += "</section>\n" }
                out += "<section class=\"context\">\n<h2>\(esc(heading))</h2>\n"
                context = heading
            }
            out += htmlChange(change)
        }
        if context != nil { out += "</section>\n" }
        if summary.unchanged > 0 {
            out +=
                "<p class=\"unchanged\">\(summary.unchanged) unchanged \(summary.unchanged == 1 ? "block" : "blocks") not shown.</p>\n"
        }
        return out + "</main>\n</body>\n</html>\n"
    }

    private func htmlChange(_ change: Change) -> String {
        var out = "<div class=\"change \(change.kind.rawValue)\">\n<p class=\"where\">"
        let old = change.kind == .added ? "—" : change.shownOldNumber
        let new = change.kind == .removed ? "—" : change.shownNewNumber
        let element = change.element == .note ? "note " : ""
        out += "<span class=\"old-number\">old \(esc(element + old))</span> "
        out += "<span class=\"new-number\">new \(esc(element + new))</span> "
        out += "<span class=\"kind\">\(esc(ChangeWording.kind(of: change)))</span></p>\n"
        if ChangeWording.showsText(change), let cells = change.cells {
            out += Self.htmlRow(cells)
        } else if ChangeWording.showsText(change) {
            out += "<p class=\"text\">\(Self.htmlSegments(change.segments))</p>\n"
        }
        // The parts of a merge or split and the members of a run are in the number line.
        for inner in change.contents where change.kind == .added || change.kind == .removed {
            let number = (change.kind == .added ? inner.newNumber : inner.oldNumber) ?? ""
            out +=
                "<p class=\"text inner\"><span class=\"inner-number\">\(esc(number))</span> \(Self.htmlSegments(inner.segments))</p>\n"
        }
        for markup in change.markup {
            out +=
                "<p class=\"markup\">Markup of “\(esc(markup.text))”: \(esc(markup.old.described())) → \(esc(markup.new.described()))</p>\n"
        }
        return out + "</div>\n"
    }

    private func esc(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// A changed table row as a table of one row under its columns' headings, each cell's
    /// words marked with `<ins>` and `<del>`.
    static func htmlRow(_ cells: [CellChange]) -> String {
        var out = "<table class=\"text row\">\n"
        if cells.contains(where: { $0.header != nil }) {
            out += "<thead><tr>" + cells.map { "<th scope=\"col\">\(HTMLEscaping.escape($0.header ?? ""))</th>" }.joined()
            out += "</tr></thead>\n"
        }
        out += "<tbody><tr>" + cells.map { "<td>\(htmlSegments($0.segments))</td>" }.joined() + "</tr></tbody>\n"
        return out + "</table>\n"
    }

    /// Segments as HTML: deletions in `<del>`, insertions in `<ins>`, each with a visible sign.
    static func htmlSegments(_ segments: [WordSegment]) -> String {
        var result = ""
        for segment in segments {
            if segment.spaceBefore { result += " " }
            let text = HTMLEscaping.escape(segment.text)
            switch segment.kind {
            case .equal: result += text
            case .inserted: result += "<ins><span class=\"sign\">+</span>\(text)</ins>"
            case .deleted: result += "<del><span class=\"sign\">−</span>\(text)</del>"
            }
        }
        return result
    }

    /// The redline page's own small stylesheet, so the page stands alone.
    static let redlineStyle = """
        body { font: 1rem/1.5 system-ui, sans-serif; max-width: 46rem; margin: 1rem auto; padding: 0 1rem; color: #1a1a1a; }
        ins { background: #ddf4dd; color: #0b4d0b; text-decoration: underline; }
        del { background: #fbe0e0; color: #7a1010; text-decoration: line-through; }
        .sign { font-weight: bold; padding-right: 0.1em; }
        .change { border-left: 0.25rem solid #999; padding-left: 0.75rem; margin: 1rem 0; }
        .where { font-size: 0.9rem; color: #444; margin-bottom: 0.25rem; }
        .old-number, .new-number, .kind { margin-right: 0.5rem; }
        .kind { font-weight: bold; }
        .unchanged, .legend { color: #555; }
        table.row { border-collapse: collapse; width: 100%; }
        table.row th, table.row td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        """
}
