import PolicyModel

/// Renders inline text as escaped HTML; remembers each note reference so notes can link back.
final class HTMLInlineRenderer {
    private let citations: [ClauseID: String]
    private let noteNumbers: [NoteID: Int]
    /// The anchor ids of the references to each note, in document order.
    private(set) var referenceAnchors: [NoteID: [String]] = [:]

    /// How a note reference is read aloud, around its number (`Note {n}`).
    private let noteLabel: UIText

    init(policy: Policy, noteLabel: UIText = UIText("Note {n}")) {
        citations = policy.citations
        noteNumbers = policy.noteNumbers
        self.noteLabel = noteLabel
    }

    /// The anchor of a note in the page.
    static func noteAnchor(_ id: NoteID) -> String { "note-\(id.rawValue)" }

    /// Renders `inlines` as a fragment of HTML.
    func render(_ inlines: [Inline]) -> String {
        HTMLWriter.fragment { write(inlines, into: &$0) }
    }

    /// Writes `inlines`; note references get anchors and are recorded for back-links.
    func write(_ inlines: [Inline], into html: inout HTMLWriter) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                html.text(text)
            case .emphasis(let children):
                html.element(.em) { write(children, into: &$0) }
            case .strong(let children):
                html.element(.strong) { write(children, into: &$0) }
            case .term(let children):
                html.element(.dfn) { write(children, into: &$0) }
            case .link(let href, let children) where LinkTarget.isAllowed(href):
                html.element(.a, [.href: href]) { write(children, into: &$0) }
            case .link(_, let children):
                write(children, into: &html)
            case .noteReference(let id):
                let number = noteNumbers[id].map(String.init) ?? "?"
                let anchors = referenceAnchors[id, default: []]
                let anchor = "ref-\(id.rawValue)" + (anchors.isEmpty ? "" : "-\(anchors.count + 1)")
                referenceAnchors[id] = anchors + [anchor]
                html.element(.sup, [.class: "note-ref"]) {
                    $0.element(
                        .a,
                        [
                            .id: anchor, .href: "#" + Self.noteAnchor(id), .role: "doc-noteref",
                            .ariaLabel: noteLabel.before + number + noteLabel.after,
                        ],
                        text: number)
                }
            case .crossReference(let id):
                html.element(.a, [.class: "xref", .href: "#" + id.rawValue], text: citations[id] ?? id.rawValue)
            case .lineBreak:
                html.void(.br)
            }
        }
    }

    /// The words of `inlines` without note numbers, for a table of contents or a `<title>`.
    func plain(_ inlines: [Inline]) -> String {
        inlines.plainText(note: { _ in "" }, clause: { self.citations[$0] ?? $0.rawValue })
    }
}
