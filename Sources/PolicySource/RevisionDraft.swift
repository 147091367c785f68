import PolicyModel

/// The source of a new revision started from the previous one's bytes. Only what a new revision
/// changes is edited in place: the effective date, the label, the summary (dropped: it described
/// the previous revision) and the closing date line; comments, wrapping and everything else are
/// kept byte for byte, so `git diff` between the two files shows exactly what the author edits.
public enum RevisionDraft {
    /// The new source, and what could not be brought up to date in it.
    public struct Result: Sendable {
        /// The new revision's source.
        public var text: String
        /// The first closing date line, when none of them names the previous revision's date
        /// and they were left as they are.
        public var unchangedDateLine: SourceLocation?
    }

    /// Starts a revision effective `effective` with `label` from the bytes of `previous`'s
    /// source; nil when the bytes hold no `<revision effective>` to edit.
    public static func start(
        from bytes: [UInt8], path: String, previous: Revision, effective: PolicyDate, label: String?
    ) -> Result? {
        guard let tree = SourceTree.parse(bytes), let root = tree.root,
            let revision = root.elements(named: "revision").first, let date = revision.attribute("effective")
        else { return nil }
        var edits = [(date.valueRange, effective.description)]
        let oldLabel = revision.attribute("label")
        switch (label, oldLabel) {
        case (let label?, let old?): edits.append((old.valueRange, escape(label, quote: old.quote)))
        case (let label?, nil):
            edits.append((date.range.upperBound..<date.range.upperBound, " label=\"\(escape(label, quote: 0x22))\""))
        case (nil, let old?):
            var start = old.range.lowerBound
            while start > 0, SourceLayout.isSpace(bytes[start - 1]) { start -= 1 }
            edits.append((start..<old.range.upperBound, ""))
        case (nil, nil): break
        }
        if revision.startTagEnd < revision.range.upperBound {
            edits.append((revision.startTagEnd - 1..<revision.range.upperBound, "/>"))
        }
        var unchanged: SourceLocation?
        if let closing = root.elements(named: "closing").first {
            let lines = closing.elements(named: "date")
            let old = Array(SourceLayout.escape(previous.displayDate).utf8)
            let new = SourceLayout.escape(Revision(effective: effective, label: label).displayDate)
            if let at = lines.lazy.compactMap({ find(old, in: bytes, within: $0) }).first {
                edits.append((at..<at + old.count, new))
            } else if let first = lines.first {
                unchanged = SourceText(path: path, bytes: bytes).location(offset: first.range.lowerBound)
            }
        }
        var text = bytes
        for (range, replacement) in edits.sorted(by: {
            ($0.0.lowerBound, $0.0.upperBound) > ($1.0.lowerBound, $1.0.upperBound)
        }) {
            text.replaceSubrange(range, with: Array(replacement.utf8))
        }
        return Result(text: String(decoding: text, as: UTF8.self), unchangedDateLine: unchanged)
    }

    /// Where `pattern` first occurs in the text of `element`, between its tags.
    private static func find(_ pattern: [UInt8], in bytes: [UInt8], within element: SourceElement) -> Int? {
        guard !pattern.isEmpty, element.startTagEnd < element.range.upperBound else { return nil }
        var end = element.range.upperBound
        while end > element.startTagEnd, bytes[end - 1] != UInt8(ascii: "<") { end -= 1 }
        let content = element.startTagEnd..<max(element.startTagEnd, end - 1)
        guard content.count >= pattern.count else { return nil }
        return (content.lowerBound...content.upperBound - pattern.count).first {
            bytes[$0..<$0 + pattern.count].elementsEqual(pattern)
        }
    }

    /// Text escaped for an attribute value written between `quote`s.
    private static func escape(_ text: String, quote: UInt8) -> String {
        let escaped = SourceLayout.escape(text, quote: true)
        return quote == UInt8(ascii: "'") ? escaped.map { $0 == "'" ? "&apos;" : String($0) }.joined() : escaped
    }
}

extension SourceTree {
    /// The root element.
    var root: SourceElement? {
        nodes.lazy.compactMap { if case .element(let element) = $0 { element } else { nil } }.first
    }
}
