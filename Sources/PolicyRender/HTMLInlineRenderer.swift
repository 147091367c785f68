import PolicyModel

/// Escapes text for HTML element content and double- or single-quoted attribute values.
public enum HTMLEscaping {
    /// Replaces `&`, `<`, `>`, `"` and `'` with character references.
    public static func escape(_ text: String) -> String {
        guard text.containsUTF8Byte(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let reference = reference(for: byte) { bytes += reference.utf8 } else { bytes.append(byte) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The character reference `escape` writes for a byte, or nil when the byte stays as it is.
    static func reference(for byte: UInt8) -> String? {
        switch byte {
        case 0x26: "&amp;"
        case 0x3C: "&lt;"
        case 0x3E: "&gt;"
        case 0x22: "&quot;"
        case 0x27: "&#39;"
        default: nil
        }
    }
}

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

    /// Renders `inlines`; note references get anchors and are recorded for back-links.
    func render(_ inlines: [Inline]) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case .text(let text):
                result += HTMLEscaping.escape(text)
            case .emphasis(let children):
                result += "<em>\(render(children))</em>"
            case .strong(let children):
                result += "<strong>\(render(children))</strong>"
            case .term(let children):
                result += "<dfn>\(render(children))</dfn>"
            case .link(let href, let children):
                let content = render(children)
                result += LinkTarget.isAllowed(href) ? "<a href=\"\(HTMLEscaping.escape(href))\">\(content)</a>" : content
            case .noteReference(let id):
                let number = noteNumbers[id].map(String.init) ?? "?"
                let anchors = referenceAnchors[id, default: []]
                let anchor = "ref-\(id.rawValue)" + (anchors.isEmpty ? "" : "-\(anchors.count + 1)")
                referenceAnchors[id] = anchors + [anchor]
                result +=
                    "<sup class=\"note-ref\"><a id=\"\(HTMLEscaping.escape(anchor))\" "
                    + "href=\"#\(HTMLEscaping.escape(Self.noteAnchor(id)))\" role=\"doc-noteref\" "
                    + "aria-label=\"\(HTMLEscaping.escape(noteLabel.before + number + noteLabel.after))\">\(number)</a></sup>"
            case .crossReference(let id):
                let citation = citations[id] ?? id.rawValue
                result += "<a class=\"xref\" href=\"#\(HTMLEscaping.escape(id.rawValue))\">\(HTMLEscaping.escape(citation))</a>"
            case .lineBreak:
                result += "<br>"
            }
        }
        return result
    }

    /// The words of `inlines` without note numbers, for a table of contents or a `<title>`.
    func plain(_ inlines: [Inline]) -> String {
        inlines.plainText(note: { _ in "" }, clause: { self.citations[$0] ?? $0.rawValue })
    }
}
