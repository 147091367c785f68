import PolicyModel

/// The one layout of policy sources, shared by the writer and `codicil fmt`: two-space
/// indentation; a block element a line, with the blank lines written between them kept (one at
/// most); attributes in the schema's order; an element of text on one line when it fits, else its
/// start tag alone, its rules a line each, its text filled to 100 columns at the line breaks the
/// author wrote and wherever a line would run over, and its end tag after the last word; a
/// vocabulary term on one line whatever its length.
struct SourceLayout {
    static let width = 100
    private(set) var text = ""
    /// The offsets of block elements written between two words with no space on either side,
    /// which cannot be given a line of their own without joining the words.
    private(set) var gluedBlocks: [(offset: Int, name: String)] = []
    private var depth = 0
    /// Whether the line breaks written inside text are kept; without, text is filled anew.
    private var keepsLineBreaks = true

    /// Lays out a document's top-level nodes; `rewrap` fills text anew, ignoring its line breaks.
    static func text(of nodes: [SourceNode], rewrap: Bool = false) -> SourceLayout {
        var layout = SourceLayout()
        layout.keepsLineBreaks = !rewrap
        layout.blockChildren(nodes)
        return layout
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    private mutating func line(_ content: String) { text += indent + content + "\n" }

    /// The children of an element that holds no text: one a line, a blank line kept where one
    /// was written between two of them.
    private mutating func blockChildren(_ nodes: [SourceNode]) {
        var blank = false
        var first = true
        for node in nodes {
            switch node {
            case .text(let raw):
                if !first, raw.utf8.count(where: { $0 == 0x0A }) >= 2 { blank = true }
                continue
            case .markup(let raw):
                if blank { text += "\n" }
                line(raw)
            case .element(let element):
                if blank { text += "\n" }
                self.element(element)
            }
            blank = false
            first = false
        }
    }

    private mutating func element(_ element: SourceElement) {
        if element.children.allSatisfy(\.isSpace) {
            line(Self.tag(element, empty: true))
        } else if element.children.contains(where: \.isFlow) {
            flow(element)
        } else {
            line(Self.tag(element))
            depth += 1
            blockChildren(element.children)
            depth -= 1
            line("</\(element.name)>")
        }
    }

    /// An element holding text: its words, and the rules and blocks among them on lines of their own.
    private mutating func flow(_ element: SourceElement) {
        var flow = Flow(keepsLineBreaks: keepsLineBreaks)
        flow.add(element.children)
        let segments = flow.finish()
        if let glued = flow.glued { gluedBlocks.append(glued) }
        let start = Self.tag(element)
        let end = "</\(element.name)>"
        if segments.count == 1, case .words(let words) = segments[0],
            Self.termNames.contains(element.name) || !words.contains(where: \.breakBefore)
        {
            let single = indent + start + words.map(\.text).joined(separator: " ") + end
            if single.count <= Self.width || Self.termNames.contains(element.name) {
                text += single + "\n"
                return
            }
        }
        line(start)
        depth += 1
        for (index, segment) in segments.enumerated() {
            switch segment {
            case .words(let words): fill(words, closing: index == segments.count - 1 ? end : "")
            case .block(.element(let block)): self.element(block)
            case .block(let other): blockChildren([other])
            }
        }
        depth -= 1
        if case .block = segments.last { line(end) }
    }

    /// Words filled to the width: a new line where the author broke one or where the next word
    /// would run over; `closing` is appended to the last word.
    private mutating func fill(_ words: [Flow.Word], closing: String) {
        var current = ""
        for (index, word) in words.enumerated() {
            let text = index == words.count - 1 ? word.text + closing : word.text
            if !current.isEmpty, word.breakBefore || indent.count + current.count + 1 + text.count > Self.width {
                self.text += indent + current + "\n"
                current = text
            } else {
                current += current.isEmpty ? text : " " + text
            }
        }
        if !current.isEmpty { text += indent + current + "\n" }
    }

    /// A start tag, or with `empty` an empty-element tag, its attributes in the schema's order.
    static func tag(_ element: SourceElement, empty: Bool = false) -> String {
        let order = attributeOrder[element.name] ?? ["id"]
        let attributes = element.attributes.sorted {
            (order.firstIndex(of: $0.name) ?? order.count, $0.name) < (
                order.firstIndex(of: $1.name) ?? order.count, $1.name
            )
        }
        return "<\(element.name)\(attributes.map { " \($0.name)=\"\($0.value)\"" }.joined())\(empty ? "/" : "")>"
    }

    /// The order of each element's attributes, as the schema declares them; others follow by name.
    static let attributeOrder: [String: [String]] = {
        let style = ["format", "prefix", "punctuation", "repeat-parent", "start"]
        let rule = ["action", "purpose", "recipient", "data", "requires", "unless"]
        let term = ["id", "dpv", "defined-in"]
        return [
            "policy": ["xmlns", "id", "xml:lang"], "revision": ["effective", "label"],
            "section": ["id", "number", "numbered"], "item": ["id", "number"], "list": ["style"],
            "level": ["of", "depth"] + style, "number-style": style, "permit": rule, "forbid": rule,
            "deny-by-default": rule, "a": ["href"], "noteref": ["to"], "xref": ["to"], "action": term,
            "purpose": term, "recipient": term, "data": term, "fact": term,
        ]
    }()

    /// Text escaped for XML character data, or for a double-quoted attribute value.
    static func escape(_ text: String, quote: Bool = false) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quote: result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The vocabulary's terms, whose short labels stay on the line of their long start tags.
    static let termNames: Set<String> = ["action", "purpose", "recipient", "data", "fact"]

    /// The elements that sit inside text.
    static let inlineNames: Set<String> = ["em", "strong", "term", "a", "noteref", "xref", "br"]
}

extension SourceNode {
    /// Whether the node is text of white space only.
    var isSpace: Bool {
        if case .text(let raw) = self { raw.utf8.allSatisfy(SourceLayout.isSpace) } else { false }
    }

    /// Whether the node is text or an inline element, so that its parent holds text.
    var isFlow: Bool {
        switch self {
        case .text: !isSpace
        case .element(let element): SourceLayout.inlineNames.contains(element.name)
        case .markup: false
        }
    }
}

extension SourceLayout {
    /// XML's white space: space, tab, line feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
