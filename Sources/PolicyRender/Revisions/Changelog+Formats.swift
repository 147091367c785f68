import PolicyDiff
import PolicyRules

extension Changelog {
    /// The changelog as Markdown; links are `linkPrefix` followed by `<date>/` and `<date>/diff/`.
    public func markdown(linkPrefix: String = "") -> String {
        let md = { (text: String) in MarkdownEscaping.escape(text, atLineStart: false) }
        var lines = ["# Changelog: \(md(title))"]
        for entry in entries {
            lines += ["", "## \(md(entry.dateLine))", ""]
            if let materiality = entry.materiality {
                lines += ["**Materiality:** \(md(ChangeWording.materialityLine(materiality)))", ""]
                let reviews = ChangeWording.reviewLines(materiality)
                lines += reviews.map { "- \(md($0))" } + (reviews.isEmpty ? [] : [""])
            }
            if let summary = entry.summary { lines += [MarkdownEscaping.escape(summary, atLineStart: true), ""] }
            lines += entry.changeLines().map { $0.indent ? "  - \(md($0.text))" : "- \(md($0.text))" }
            if !entry.changeLines().isEmpty { lines.append("") }
            var links = ["[Full text](\(MarkdownEscaping.destination(linkPrefix + entry.textPath)))"]
            if let diff = entry.diffPath {
                links.append("[Redline](\(MarkdownEscaping.destination(linkPrefix + diff)))")
            }
            lines.append(links.joined(separator: " · "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The changelog as plain text for a terminal or an e-mail, wrapped at 72 columns.
    public func text(linkPrefix: String = "") -> String {
        var lines = ["Changelog: \(title)"]
        for entry in entries {
            lines += ["", entry.dateLine, String(repeating: "-", count: entry.dateLine.count)]
            if let materiality = entry.materiality {
                lines.append("Materiality: \(ChangeWording.materialityLine(materiality))")
                for review in ChangeWording.reviewLines(materiality) {
                    lines.append(TextWrapper.wrap(review, first: "  - ", rest: "    "))
                }
            }
            if let summary = entry.summary { lines.append(TextWrapper.wrap(summary)) }
            for line in entry.changeLines() {
                lines.append(
                    TextWrapper.wrap(
                        line.text, first: line.indent ? "    - " : "  ", rest: line.indent ? "      " : "    "))
            }
            lines.append("Full text: \(linkPrefix + entry.textPath)")
            if let diff = entry.diffPath { lines.append("Redline: \(linkPrefix + diff)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The changelog as an HTML5 page linking `stylesheetHref` (none when empty).
    public func html(linkPrefix: String = "", stylesheetHref: String = "", homeHref: String? = nil) -> String {
        let esc = HTMLEscaping.escape
        var out = """
            <!DOCTYPE html>
            <html lang="\(esc(language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Changelog: \(esc(title))</title>

            """
        if !stylesheetHref.isEmpty { out += "<link rel=\"stylesheet\" href=\"\(esc(stylesheetHref))\">\n" }
        out += "</head>\n<body>\n"
        if let homeHref {
            out +=
                "<header class=\"site-bar\"><nav aria-label=\"Site\"><a href=\"\(esc(homeHref))\">\(esc(title))</a></nav></header>\n"
        }
        out += "<main>\n<h1>Changelog: \(esc(title))</h1>\n"
        for entry in entries {
            out +=
                "<section class=\"revision\">\n<h2><time datetime=\"\(entry.effective)\">\(esc(entry.dateLine))</time></h2>\n"
            if let materiality = entry.materiality {
                out +=
                    "<p class=\"materiality\"><strong>Materiality:</strong> \(esc(ChangeWording.materialityLine(materiality)))</p>\n"
                let reviews = ChangeWording.reviewLines(materiality)
                if !reviews.isEmpty {
                    out += "<ul class=\"reviews\">\n" + reviews.map { "<li>\(esc($0))</li>\n" }.joined() + "</ul>\n"
                }
            }
            if let summary = entry.summary { out += "<p class=\"summary\">\(esc(summary))</p>\n" }
            let groups = entry.changedClauses
            if groups.isEmpty {
                out += "<p class=\"changes\">\(esc(entry.changeLines().first?.text ?? ""))</p>\n"
            } else {
                out += "<ul class=\"changes\">\n"
                for group in groups {
                    out += "<li>\(esc(group.context))\n<ul>\n"
                    out += group.sentences.map { "<li>\(esc($0))</li>\n" }.joined()
                    out += "</ul>\n</li>\n"
                }
                out += "</ul>\n"
            }
            out += "<p class=\"links\"><a href=\"\(esc(linkPrefix + entry.textPath))\">Full text</a>"
            if let diff = entry.diffPath { out += " · <a href=\"\(esc(linkPrefix + diff))\">Redline</a>" }
            out += "</p>\n</section>\n"
        }
        return out + "</main>\n</body>\n</html>\n"
    }
}

extension ChangelogEntry {
    /// The lines listing the changes: a heading line per section, indented sentences under it.
    func changeLines() -> [(text: String, indent: Bool)] {
        guard let changes else { return [("First published.", false)] }
        let groups = changedClauses
        if groups.isEmpty {
            if !changes.saysTheSame { return [("Only the title, publisher or language changed.", false)] }
            return (materiality?.flipCount ?? 0) > 0
                ? [("No clause's text changed; only the rules changed.", false)] : [("No clause changed.", false)]
        }
        return groups.flatMap { group in [(group.context, false)] + group.sentences.map { ($0, true) } }
    }
}
