import PolicyDiff
import PolicyRules

extension ChangeSet {
    /// The change set as a Markdown redline GitHub renders in a pull-request comment: the
    /// summary (and materiality) first, then each changed block under its section's number and
    /// heading, with `<ins>` and `<del>` inside the changed text; unchanged blocks are collapsed
    /// into a count. Policy text is escaped so that every character shows literally.
    /// `materiality`, when given, comes before the summary.
    public func markdown(materiality: Materiality? = nil) -> String {
        var lines: [String] = []
        lines.append("### \(md(new.title)): \(md(ChangeWording.date(old))) → \(md(ChangeWording.date(new)))")
        lines.append("")
        if let materiality {
            lines.append("**Materiality:** \(md(ChangeWording.materialityLine(materiality)))")
            lines.append("")
            let reviews = ChangeWording.reviewLines(materiality)
            for review in reviews { lines.append("- \(md(review))") }
            if !reviews.isEmpty { lines.append("") }
            for flip in materiality.flips { lines.append("- \(md(ChangeWording.flipLine(flip)))") }
            if !materiality.flips.isEmpty { lines.append("") }
        }
        lines.append("**Summary:** \(md(summaryLine(materiality: materiality)))")
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
        if ChangeWording.showsText(change), let cells = change.cells {
            lines += [""] + Self.markdownRow(cells)
        } else if ChangeWording.showsText(change) {
            lines += ["", "> " + Self.markdownSegments(change.segments)]
        }
        // The parts of a merge or split and the members of a run are in the number line.
        for inner in change.contents where change.kind == .added || change.kind == .removed {
            let number = (change.kind == .added ? inner.newNumber : inner.oldNumber) ?? ""
            lines += [">", "> **\(md(number))** " + Self.markdownSegments(inner.segments)]
        }
        for markup in change.markup {
            // Words and link targets as code spans, which GitHub does not turn into links: its
            // autolinker takes raw text, an escaped `>` or a closing quote included, into a link.
            lines.append("")
            lines.append(
                "Markup of \(MarkdownEscaping.codeSpan(markup.text)): \(markup.old.described(address: MarkdownEscaping.codeSpan)) → \(markup.new.described(address: MarkdownEscaping.codeSpan))")
        }
        return lines
    }

    private func md(_ text: String) -> String { MarkdownEscaping.escape(text, atLineStart: false) }

    /// A changed table row as a pipe table of one row under its columns' headings (empty ones
    /// when the table has none), each cell's words marked with `<ins>` and `<del>`.
    static func markdownRow(_ cells: [CellChange]) -> [String] {
        func line(_ texts: [String]) -> String { "| " + texts.joined(separator: " | ") + " |" }
        let header = cells.map { DocumentView.markdownCell(MarkdownEscaping.escape($0.header ?? "", atLineStart: false)) }
        return [
            line(header), "|" + String(repeating: " --- |", count: cells.count),
            line(cells.map { DocumentView.markdownCell(markdownSegments($0.segments)) }),
        ]
    }

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

    /// Text for inside `<ins>` or `<del>`: HTML's special characters as entity references,
    /// every other Markdown-significant character as a numeric reference, each escaped once,
    /// and line breaks as spaces;
    /// `_` and `#` of a web address stay as they are, as `MarkdownEscaping.escape` leaves them.
    static func referenceEscaped(_ text: String) -> String {
        let addresses = MarkdownEscaping.addressRanges(text)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for (offset, byte) in text.utf8.enumerated() {
            if byte == 0x0A || byte == 0x0D {
                // A line break would let the next line start a block inside the paragraph.
                bytes.append(0x20)
            } else if let reference = HTMLEscaping.reference(for: byte) {
                bytes += reference.utf8
            } else if MarkdownEscaping.isAlwaysEscaped(byte), !MarkdownEscaping.isRawInAddress(byte, at: offset, addresses) {
                bytes += "&#\(byte);".utf8
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

}
