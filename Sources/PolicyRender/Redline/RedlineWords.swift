import PolicyDiff

/// How one redline format writes text, marked words and changed table rows.
struct RedlineWords {
    /// Text as the format's template takes it (HTML templates escape their own).
    var escape: (String) -> String
    /// Words with deletions and insertions marked.
    var segments: ([WordSegment]) -> String
    /// A changed table row, laid out under its columns' headings.
    var row: ([CellChange]) -> String
    /// Words whose markup changed, and a link's address, as a markup line shows them.
    var markupText: (String) -> String
    var address: (String) -> String
    /// True for ANSI colour in the text redline.
    var colour = false
    /// True when the format's strings are escaped for Markdown.
    var escapesMarkdown = false

    /// HTML: deletions in `<del>`, insertions in `<ins>`, each with a visible sign, so colour is
    /// never the only cue; a row as a table of one row.
    static var html: RedlineWords {
        RedlineWords(
            escape: { $0 }, segments: { HTMLWriter.fragment(writing: $0) }, row: { HTMLWriter.fragment(row: $0) },
            markupText: { $0 }, address: { "<\($0)>" })
    }

    /// Markdown for GitHub: equal words backslash-escaped, changed ones in `<ins>`/`<del>` as
    /// character references; a row as a pipe table of one row.
    static var markdown: RedlineWords {
        RedlineWords(
            escape: { MarkdownWriter.escaped($0) }, segments: { MarkdownWriter.fragment(writing: $0) },
            row: { MarkdownWriter.row($0) }, markupText: MarkdownEscaping.codeSpan, address: MarkdownEscaping.codeSpan,
            escapesMarkdown: true)
    }

    /// Plain text for a terminal or an e-mail: `[-deleted-]` and `{+inserted+}`, or with
    /// `colour`, red struck-through and green underlined words; a column without a heading is
    /// named in the language of `strings`.
    static func text(colour: Bool, strings: UIStrings = .english) -> RedlineWords {
        RedlineWords(
            escape: { $0 }, segments: { TextRedline.segments($0, colour: colour) },
            row: { TextRedline.row($0, colour: colour, strings: strings) }, markupText: { $0 },
            address: { "<\($0)>" }, colour: colour)
    }
}

/// The plain-text redline's marked words and rows.
enum TextRedline {
    /// Segments with `[-…-]`/`{+…+}`, or ANSI colour with strike-through and underline.
    static func segments(_ segments: [WordSegment], colour: Bool) -> String {
        var result = ""
        for segment in segments {
            if segment.spaceBefore { result += " " }
            switch (segment.kind, colour) {
            case (.equal, _): result += segment.text
            case (.deleted, false): result += "[-\(segment.text)-]"
            case (.inserted, false): result += "{+\(segment.text)+}"
            case (.deleted, true): result += "\u{1B}[31;9m\(segment.text)\u{1B}[0m"
            case (.inserted, true): result += "\u{1B}[32;4m\(segment.text)\u{1B}[0m"
            }
        }
        return result
    }

    /// A row cell by cell, each under its column's heading, so a change shows in its cell.
    static func row(_ cells: [CellChange], colour: Bool, strings: UIStrings) -> String {
        cells.enumerated().map { column, cell in
            "      \(cell.header ?? strings.text("column", ["n": String(column + 1)])): "
                + segments(cell.segments, colour: colour)
        }.joined(separator: "\n")
    }
}

extension HTMLWriter {
    /// Segments as HTML: deletions in `<del>`, insertions in `<ins>`, each with a visible sign.
    static func fragment(writing segments: [WordSegment]) -> String {
        fragment { $0.segments(segments) }
    }

    /// Appends segments, deletions in `<del>` and insertions in `<ins>`, each with its sign.
    mutating func segments(_ segments: [WordSegment]) {
        for segment in segments {
            if segment.spaceBefore { text(" ") }
            switch segment.kind {
            case .equal:
                text(segment.text)
            case .inserted:
                element(.ins) {
                    $0.element(.span, [.class: "sign"], text: "+")
                    $0.text(segment.text)
                }
            case .deleted:
                element(.del) {
                    $0.element(.span, [.class: "sign"], text: "−")
                    $0.text(segment.text)
                }
            }
        }
    }

    /// A changed table row as a table of one row under its columns' headings, a line each part.
    static func fragment(row cells: [CellChange]) -> String {
        fragment { html in
            html.open(.table, [.class: "text row"])
            html.newline()
            if cells.contains(where: { $0.header != nil }) {
                html.open(.thead)
                html.element(.tr) { row in
                    for cell in cells { row.element(.th, [.scope: "col"], text: cell.header ?? "") }
                }
                html.close(.thead)
                html.newline()
            }
            html.element(.tbody) { body in
                body.element(.tr) { row in
                    for cell in cells { row.element(.td) { $0.segments(cell.segments) } }
                }
            }
            html.newline()
            html.close(.table)
        }
    }
}

extension MarkdownWriter {
    /// Segments as Markdown: equal words backslash-escaped, changed words in `<ins>`/`<del>`
    /// as character references, so they stay literal whether or not GitHub reads the tag's
    /// content as Markdown.
    static func fragment(writing segments: [WordSegment]) -> String {
        fragment { markdown in
            for (index, segment) in segments.enumerated() {
                if segment.spaceBefore { markdown.spaces() }
                switch segment.kind {
                case .equal: markdown.append(escaped(segment.text, atLineStart: index == 0))
                case .inserted: markdown.insertion(segment.text)
                case .deleted: markdown.deletion(segment.text)
                }
            }
        }
    }

    /// A changed table row as a pipe table of one row under its columns' headings (empty ones
    /// when the table has none), each cell's words marked.
    static func row(_ cells: [CellChange]) -> String {
        [
            tableRow(cells.map { escaped($0.header ?? "") }),
            tableDelimiter(columns: cells.count),
            tableRow(cells.map { fragment(writing: $0.segments) }),
        ].joined(separator: "\n")
    }
}
