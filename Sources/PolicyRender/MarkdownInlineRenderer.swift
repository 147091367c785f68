import PolicyModel

/// Renders inline text as CommonMark with every policy character escaped.
struct MarkdownInlineRenderer {
    let citations: [ClauseID: String]
    let noteNumbers: [NoteID: Int]
    /// `Note {n}`, or the page language's words for it.
    let noteLabel: UIText

    init(policy: Policy, noteLabel: UIText = UIText("Note {n}")) {
        citations = policy.citations
        noteNumbers = policy.noteNumbers
        self.noteLabel = noteLabel
    }

    /// Renders `inlines` as if they begin a line.
    func render(_ inlines: [Inline]) -> String {
        MarkdownWriter.fragment { write(inlines, into: &$0) }
    }

    /// Writes `inlines`; text at the start of a line of `markdown` is escaped as such.
    func write(_ inlines: [Inline], into markdown: inout MarkdownWriter) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                markdown.text(text)
            case .emphasis(let children), .term(let children):
                // Each span's content is escaped as a line of its own, as it always was.
                markdown.emphasis { $0.append(render(children)) }
            case .strong(let children):
                markdown.strong { $0.append(render(children)) }
            case .link(let href, let children):
                if !LinkTarget.isAllowed(href) {
                    markdown.append(render(children))
                } else if children == [.text(href)], !href.contains("&") {
                    markdown.autolink(href)
                } else {
                    markdown.link(href) { $0.append(render(children)) }
                }
            case .noteReference(let id):
                let number = noteNumbers[id].map(String.init) ?? "?"
                markdown.spaces()
                markdown.link("#note-\(number)") { $0.inlineText(noteLabel.before + number + noteLabel.after) }
            case .crossReference(let id):
                markdown.inlineText(citations[id] ?? id.rawValue)
            case .lineBreak:
                markdown.hardBreak()
            }
        }
    }
}
