import PolicyDiff

extension ChangeSet {
    /// The change set as a Markdown redline GitHub renders in a pull-request comment: the
    /// summary (and materiality) first, then each changed block under its section's number and
    /// heading, with `<ins>` and `<del>` inside the changed text; unchanged blocks are collapsed
    /// into a count. Policy text is escaped so that every character shows literally.
    public func markdown() -> String {
        var lines: [String] = []
        lines.append("### \(md(new.title)): \(md(ChangeWording.date(old))) → \(md(ChangeWording.date(new)))")
        lines.append("")
        if let materiality {
            lines.append("**Materiality:** \(md(ChangeWording.materialityLine(materiality)))")
            lines.append("")
            for flip in materiality.flips { lines.append("- \(md(ChangeWording.flipLine(flip)))") }
            if !materiality.flips.isEmpty { lines.append("") }
        }
        lines.append("**Summary:** \(md(summaryLine))")
        if !metadata.isEmpty {
            lines.append("")
            lines.append("#### Metadata")
            lines.append("")
            for change in metadata {
                lines.append("- **\(change.field.rawValue)**: \(Self.markdownSegments(change.segments))")
            }
        }
        var context: String?
        for change in changes {
            let heading = change.context
            if heading != context {
                lines += ["", "#### \(md(heading))"]
                context = heading
            }
            lines += describeMarkdown(change)
        }
        if summary.unchanged > 0 {
            let blocks = summary.unchanged == 1 ? "block" : "blocks"
            lines += ["", "<details><summary>\(summary.unchanged) unchanged \(blocks) not shown</summary></details>"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describeMarkdown(_ change: Change) -> [String] {
        var lines = ["", "**\(md(ChangeWording.number(of: change)))** · \(md(ChangeWording.kind(of: change)))"]
        if ChangeWording.showsText(change) {
            lines += ["", "> " + Self.markdownSegments(change.segments)]
        }
        for inner in change.contents {
            let number = (change.kind == .added ? inner.newNumber : inner.oldNumber) ?? ""
            lines += [">", "> **\(md(number))** " + Self.markdownSegments(inner.segments)]
        }
        for markup in change.markup {
            lines.append("")
            lines.append(
                "Markup of \(MarkdownEscaping.codeSpan(markup.text)): \(Self.markdownDescription(markup.old)) → \(Self.markdownDescription(markup.new))")
        }
        return lines
    }

    private func md(_ text: String) -> String { MarkdownEscaping.escape(text, atLineStart: false) }

    /// Segments as Markdown: equal words backslash-escaped, changed words HTML-escaped inside
    /// `<ins>`/`<del>`, with Markdown's own characters written as character references so they
    /// stay literal whether or not GitHub parses the tag's content as Markdown.
    static func markdownSegments(_ segments: [WordSegment]) -> String {
        var result = ""
        for (index, segment) in segments.enumerated() {
            if segment.spaceBefore { result += " " }
            switch segment.kind {
            case .equal: result += MarkdownEscaping.escape(segment.text, atLineStart: index == 0)
            case .inserted: result += "<ins>\(referenceEscaped(segment.text))</ins>"
            case .deleted: result += "<del>\(referenceEscaped(segment.text))</del>"
            }
        }
        return result
    }

    /// Text for inside `<ins>` or `<del>`: HTML's special characters as entity references and
    /// every other Markdown-significant character as a numeric reference, each escaped once;
    /// `_` and `#` of a web address stay as they are, as `MarkdownEscaping.escape` leaves them.
    static func referenceEscaped(_ text: String) -> String {
        var result = ""
        let addresses = MarkdownEscaping.addressRanges(text)
        var offset = 0
        for scalar in text.unicodeScalars {
            defer { offset += UTF8.width(scalar) }
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case _ where scalar.isASCII && MarkdownEscaping.isRawInAddress(UInt8(scalar.value), at: offset, addresses):
                result.unicodeScalars.append(scalar)
            case _ where scalar.isASCII && MarkdownEscaping.isAlwaysEscaped(UInt8(scalar.value)):
                result += "&#\(scalar.value);"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `describe` in Markdown: link addresses as code spans, which GitHub does not turn into
    /// links (its autolinker takes the raw text, a backslash-escaped `>` or a closing quote
    /// included, into the address). The words whose markup changed are a code span too.
    static func markdownDescription(_ marks: [Mark]) -> String {
        marks.isEmpty
            ? "plain"
            : marks.map { mark in
                mark.href.map { "link " + MarkdownEscaping.codeSpan($0) }
                    ?? MarkdownEscaping.escape(mark.kind.rawValue, atLineStart: false)
            }.joined(separator: " + ")
    }

    static func describe(_ marks: [Mark]) -> String {
        marks.isEmpty
            ? "plain" : marks.map { $0.href.map { "link <\($0)>" } ?? $0.kind.rawValue }.joined(separator: " + ")
    }
}
