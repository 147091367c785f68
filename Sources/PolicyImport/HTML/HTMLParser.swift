internal import CGumbo

/// Parses HTML with gumbo, which follows the HTML5 parsing algorithm browsers use, and copies
/// the tree into `HTMLNode`s; warns where the page's markup hides the rest of it.
enum HTMLParser {
    /// Elements nested deeper than this keep their text, flattened, so later walks stay shallow.
    static let maximumDepth = 200

    /// The tree of a whole page (`fragment` false) or of markup inside a page's body.
    static func parse(_ text: String, fragment: Bool, lineOffset: Int, warnings: inout Warnings) -> HTMLNode {
        var options = kGumboDefaultOptions
        options.max_errors = 0
        options.tab_stop = 1
        if fragment {
            options.fragment_context = GUMBO_TAG_BODY
            options.fragment_namespace = GUMBO_NAMESPACE_HTML
        }
        let length = text.utf8.count
        let empty = HTMLNode(element: "html", line: 0, attributes: [:], children: [])
        return text.withCString { base in
            guard let output = gumbo_parse_with_options(&options, base, length) else { return empty }
            defer { gumbo_destroy_output(&options, output) }
            var copier = TreeCopier(warnings: warnings, lineOffset: lineOffset)
            let root = output.pointee.root.flatMap { copier.copy($0, depth: 0) } ?? empty
            warnings = copier.warnings
            return root
        }
    }
}

/// Copies gumbo's nodes, recursing at most `HTMLParser.maximumDepth` deep.
private struct TreeCopier {
    var warnings: Warnings
    let lineOffset: Int
    private var warnedDepth = false

    init(warnings: Warnings, lineOffset: Int) {
        self.warnings = warnings
        self.lineOffset = lineOffset
    }

    /// Elements whose content a browser reads as text up to their end tag, or to the end of the page.
    private static let textOnly: Set<GumboTag> = [
        GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE, GUMBO_TAG_TITLE, GUMBO_TAG_TEXTAREA, GUMBO_TAG_XMP, GUMBO_TAG_IFRAME,
        GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_PLAINTEXT,
    ]

    mutating func copy(_ node: UnsafeMutablePointer<GumboNode>, depth: Int) -> HTMLNode? {
        switch node.pointee.type {
        case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
            let text = node.pointee.v.text
            return HTMLNode(text: String(cString: text.text), line: Int(text.start_pos.line))
        case GUMBO_NODE_COMMENT:
            let comment = node.pointee.v.text
            if comment.original_text.length > 0, comment.original_text.data[comment.original_text.length - 1] != 0x3E,
                !String(cString: comment.text).allSatisfy(\.isWhitespace)
            {
                warnUnclosed("comment (<!--)", closing: "-->", at: comment.start_pos)
            }
            return nil
        case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
            let element = node.pointee.v.element
            let name = Self.name(of: element)
            let children = Self.children(of: element.children)
            if Self.textOnly.contains(element.tag), element.tag_namespace == GUMBO_NAMESPACE_HTML,
                element.original_tag.length > 0, element.original_end_tag.length == 0,
                children.contains(where: { Self.hasVisibleText($0) })
            {
                warnUnclosed("<\(name)>", closing: "</\(name)>", at: element.start_pos)
            }
            var copied: [HTMLNode] = []
            if depth >= HTMLParser.maximumDepth, !children.isEmpty {
                if !warnedDepth {
                    warnedDepth = true
                    warnings.add(
                        "deep-nesting",
                        "elements nested more than \(HTMLParser.maximumDepth) deep: the text inside this <\(name)> is kept as one run of text",
                        line: Int(element.start_pos.line) + lineOffset, column: Int(element.start_pos.column))
                }
                copied = [HTMLNode(text: Self.flattenedText(of: children), line: Int(element.start_pos.line))]
            } else {
                copied = children.compactMap { copy($0, depth: depth + 1) }
            }
            return HTMLNode(
                element: name, line: Int(element.start_pos.line), attributes: Self.attributes(of: element),
                children: copied)
        default:
            return nil
        }
    }

    private mutating func warnUnclosed(_ what: String, closing: String, at position: GumboSourcePosition) {
        warnings.add(
            "unclosed-element",
            "everything after this \(what) is inside it, as a browser reads it, so none of it is imported; close it with \(closing)",
            line: Int(position.line) + lineOffset, column: Int(position.column))
    }

    private static func hasVisibleText(_ node: UnsafeMutablePointer<GumboNode>) -> Bool {
        node.pointee.type == GUMBO_NODE_TEXT && !String(cString: node.pointee.v.text.text).allSatisfy(\.isWhitespace)
    }

    /// The lowercase name; gumbo names only the elements it knows, so others come from the tag as written.
    private static func name(of element: GumboElement) -> String {
        if element.tag != GUMBO_TAG_UNKNOWN, let known = gumbo_normalized_tagname(element.tag) {
            return String(cString: known).lowercased()
        }
        let tag = UnsafeRawBufferPointer(start: element.original_tag.data, count: element.original_tag.length)
        let name = tag.dropFirst().prefix { !($0 == 0x2F || $0 == 0x3E || $0 == 0x20 || (0x09...0x0D).contains($0)) }
        let written = String(decoding: name, as: UTF8.self).lowercased()
        return written.isEmpty ? "unknown" : written
    }

    private static func children(of vector: GumboVector) -> [UnsafeMutablePointer<GumboNode>] {
        (0..<Int(vector.length)).compactMap { vector.data[$0]?.assumingMemoryBound(to: GumboNode.self) }
    }

    private static func attributes(of element: GumboElement) -> [String: String] {
        var result: [String: String] = [:]
        for index in 0..<Int(element.attributes.length) {
            guard let attribute = element.attributes.data[index]?.assumingMemoryBound(to: GumboAttribute.self) else {
                continue
            }
            let name = String(cString: attribute.pointee.name).lowercased()
            if result[name] == nil { result[name] = String(cString: attribute.pointee.value) }
        }
        return result
    }

    /// The text of nodes in document order, with an explicit stack: no recursion however deep.
    private static func flattenedText(of nodes: [UnsafeMutablePointer<GumboNode>]) -> String {
        var text = ""
        var stack = Array(nodes.reversed())
        while let node = stack.popLast() {
            switch node.pointee.type {
            case GUMBO_NODE_TEXT, GUMBO_NODE_WHITESPACE, GUMBO_NODE_CDATA:
                text += String(cString: node.pointee.v.text.text)
            case GUMBO_NODE_ELEMENT, GUMBO_NODE_TEMPLATE:
                let name = String(cString: gumbo_normalized_tagname(node.pointee.v.element.tag))
                if HTMLVocabulary.dropped.contains(name) { continue }
                text += " "
                stack += children(of: node.pointee.v.element.children).reversed()
            default:
                continue
            }
        }
        return text
    }
}
