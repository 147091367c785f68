import PolicyModel

/// An indented XML text being written line by line.
struct XMLOutput {
    private(set) var text = ""
    private var depth = 0
    static let width = 100

    var indent: String { String(repeating: "  ", count: depth) }

    mutating func line(_ content: String) { text += indent + content + "\n" }

    /// An empty line between top-level parts, never two in a row.
    mutating func blank() { if !text.hasSuffix("\n\n") { text += "\n" } }

    mutating func open(_ name: String, _ attributes: [String: String] = [:], order: [String] = ["id", "style"]) {
        line("<\(name)\(Self.attributes(attributes, order: order))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    mutating func empty(_ name: String, _ attributes: [String: String], order: [String]) {
        line("<\(name)\(Self.attributes(attributes, order: order))/>")
    }

    /// An element holding inline content (and leading rules), wrapped to the width.
    mutating func inline(
        _ name: String, _ attributes: [String: String], _ content: [Inline], rules: [String] = [], order: [String] = ["id"]
    ) {
        let start = "<\(name)\(Self.attributes(attributes, order: order))>"
        let body = Inline.xml(content)
        let single = indent + start + rules.joined() + body + "</\(name)>"
        if rules.isEmpty, single.count <= Self.width {
            text += single + "\n"
            return
        }
        line(start)
        depth += 1
        for rule in rules { line(rule) }
        wrapped(body, closing: "</\(name)>")
        depth -= 1
    }

    /// Text wrapped at spaces outside tags; `closing` is appended to the last line.
    mutating func wrapped(_ body: String, closing: String = "") {
        var current = ""
        var inTag = false
        var word = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            if !current.isEmpty, indent.count + current.count + 1 + word.count > Self.width {
                text += indent + current + "\n"
                current = word
            } else {
                current += current.isEmpty ? word : " " + word
            }
            word = ""
        }
        for character in body {
            if character == "<" { inTag = true }
            if character == ">" { inTag = false }
            if character == " ", !inTag { flushWord() } else { word.append(character) }
        }
        word += closing
        flushWord()
        if !current.isEmpty { text += indent + current + "\n" }
    }

    static func attributes(_ attributes: [String: String], order: [String]) -> String {
        let keys = attributes.keys.sorted { (order.firstIndex(of: $0) ?? order.count, $0) < (order.firstIndex(of: $1) ?? order.count, $1) }
        return keys.map { " \($0)=\"\(escape(attributes[$0]!, quote: true))\"" }.joined()
    }

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
}

extension Inline {
    /// Inline content as source XML.
    static func xml(_ content: [Inline]) -> String {
        content.map { inline -> String in
            switch inline {
            case .text(let text): XMLOutput.escape(text)
            case .emphasis(let children): "<em>\(xml(children))</em>"
            case .strong(let children): "<strong>\(xml(children))</strong>"
            case .term(let children): "<term>\(xml(children))</term>"
            case .link(let href, let children): "<a href=\"\(XMLOutput.escape(href, quote: true))\">\(xml(children))</a>"
            case .noteReference(let id): "<noteref to=\"\(XMLOutput.escape(id.rawValue, quote: true))\"/>"
            case .crossReference(let id): "<xref to=\"\(XMLOutput.escape(id.rawValue, quote: true))\"/>"
            case .lineBreak: "<br/>"
            }
        }.joined()
    }
}
