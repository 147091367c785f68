import Foundation
import PolicyModel

/// A note found in the document: numbered ("Note 1", "*1") or a Markdown footnote (`[^label]`).
struct FoundNote {
    /// `n:1` for a numbered note, `fn:label` for a footnote.
    var key: String
    var content: [Inline]
    var line: Int
}

/// Finds notes (a trailing list or run of paragraphs marked "Note 1"/"*1", and Markdown
/// footnotes) and turns their references in the text into note references.
enum NoteFinder {
    static let marker = FixedPattern.compile("^\\s*(?:Note\\s*|NOTE\\s*|[*※＊]\\s?|\\[)(\\d{1,3})\\]?[:.]?(?:\\s+|$)")
    static let reference = FixedPattern.compile("\\s?(?:Note\\s?|[*※＊])(\\d{1,3})(?![0-9])")
    /// Text that every match of `reference` holds: only text holding one is searched.
    static let referenceCues = ByteSearch(anyOf: ["Note", "*", "※", "＊"])

    /// Removes trailing note blocks from the document and returns every note found.
    static func extract(from blocks: inout [RawBlock], footnotes: [RawFootnote], warnings: inout Warnings) -> [FoundNote] {
        var notes: [FoundNote] = []
        if case .list(_, _, let items, _)? = blocks.last {
            let found = items.compactMap { item -> FoundNote? in
                guard case .paragraph(let content, let line)? = item.blocks.first else { return nil }
                return numbered(content + item.blocks.dropFirst().flatMap { flatText($0) }, line: line)
            }
            if found.count == items.count, !found.isEmpty {
                notes = found
                blocks.removeLast()
            }
        }
        if notes.isEmpty {
            while case .paragraph(let content, let line)? = blocks.last, let note = numbered(content, line: line) {
                notes.insert(note, at: 0)
                blocks.removeLast()
            }
        }
        notes += footnotes.map { FoundNote(key: "fn:" + $0.label, content: $0.content, line: $0.line) }
        return notes
    }

    private static func numbered(_ content: [Inline], line: Int) -> FoundNote? {
        guard case .text(let text)? = content.first,
            let match = marker?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let whole = Range(match.range, in: text), let number = Range(match.range(at: 1), in: text)
        else { return nil }
        let rest = [Inline.text(String(text[whole.upperBound...]))] + content.dropFirst()
        return FoundNote(key: "n:" + String(Int(text[number]) ?? 0), content: rest.normalized, line: line)
    }

    private static func flatText(_ block: RawBlock) -> [Inline] {
        switch block {
        case .paragraph(let content, _), .heading(_, let content, _): [.lineBreak] + content
        case .list(_, _, let items, _): items.flatMap { $0.blocks.flatMap(flatText) }
        case .quote(let blocks, _): blocks.flatMap(flatText)
        case .table(let table): table.flatText
        }
    }

    /// Gives the notes ids and links their references in the policy's text; returns the notes.
    static func link(_ policy: inout Policy, notes: [FoundNote], warnings: inout Warnings) -> [Note] {
        var ids: [String: NoteID] = [:]
        var used: Set<String> = []
        var result: [Note] = []
        for (index, note) in notes.enumerated() where ids[note.key] == nil {
            var base = Slug.quotedTerm(note.content.plainText()) ?? Slug.make(note.content.plainText(), maxWords: 3)
            if base.isEmpty { base = "note-\(index + 1)" }
            var id = base
            var suffix = 2
            while !used.insert(id).inserted {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            ids[note.key] = NoteID(id)
            result.append(Note(id: NoteID(id), content: note.content, location: warnings.location(line: note.line)))
        }
        let numbered = notes.contains { $0.key.hasPrefix("n:") }
        var unknown: [String] = []
        policy.transformInlines { content in
            var output: [Inline] = []
            for inline in content {
                switch inline {
                case .noteReference(let id) where id.rawValue.hasPrefix("fn:"):
                    if let target = ids[id.rawValue] {
                        output.append(.noteReference(target))
                    } else {
                        unknown.append(String(id.rawValue.dropFirst(3)))
                        output.append(.text("[^\(id.rawValue.dropFirst(3))]"))
                    }
                case .text(let text) where numbered:
                    output += references(in: text, ids: ids)
                default:
                    output.append(inline)
                }
            }
            return output
        }
        for label in unknown {
            warnings.add("unknown-footnote", "footnote reference [^\(label)] has no definition; kept as text", line: 1)
        }
        return result
    }

    private static func references(in text: String, ids: [String: NoteID]) -> [Inline] {
        guard referenceCues.isFound(in: text) else { return text.isEmpty ? [] : [.text(text)] }
        var output: [Inline] = []
        var last = text.startIndex
        for match in reference?.matches(in: text, range: NSRange(text.startIndex..., in: text)) ?? [] {
            guard let whole = Range(match.range, in: text), let number = Range(match.range(at: 1), in: text),
                let id = ids["n:" + String(Int(text[number]) ?? 0)]
            else { continue }
            if last < whole.lowerBound { output.append(.text(String(text[last..<whole.lowerBound]))) }
            output.append(.noteReference(id))
            last = whole.upperBound
        }
        if last < text.endIndex { output.append(.text(String(text[last...]))) }
        return output
    }
}
