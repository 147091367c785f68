internal import CCmarkGFM
import PolicyModel

extension MarkdownConverter {
    /// An HTML block that opens a list it does not close (`<ol>` … a blank line … `<li>`), with the
    /// blocks after it up to the one that closes the list, read as one piece of HTML: a blank line
    /// ends an HTML block in Markdown, but not a list in HTML. Nil when the node opens no list.
    /// - Returns: the HTML, its first line, and how many nodes it takes (the first included).
    func htmlListRun(startingAt node: MarkdownNode) -> (html: String, line: Int, count: Int)? {
        guard node.type == CMARK_NODE_HTML_BLOCK else { return nil }
        var depth = Self.listDepth(node.literal)
        guard depth > 0 else { return nil }
        var last = node
        var count = 1
        var next = node.next
        while depth > 0, let sibling = next,
            sibling.type == CMARK_NODE_HTML_BLOCK || sibling.type == CMARK_NODE_PARAGRAPH
        {
            if let added = footnoteReferencesLine, line(of: sibling) >= added { break }
            depth += Self.listDepth(sourceText(of: sibling))
            last = sibling
            count += 1
            next = sibling.next
        }
        guard count > 1 else { return nil }
        let first = line(of: node)
        let end = min(line(of: last) + last.endLine - last.line, lines.count)
        guard first >= 1, end >= first else { return nil }
        return (lines[(first - 1)..<end].joined(separator: "\n"), first, count)
    }

    /// The lines of the file a node spans.
    private func sourceText(of node: MarkdownNode) -> String {
        let first = line(of: node)
        let end = min(first + node.endLine - node.line, lines.count)
        guard first >= 1, end >= first else { return "" }
        return lines[(first - 1)..<end].joined(separator: "\n")
    }

    /// `<ol>` and `<ul>` opened less those closed, in any letter case.
    /// - Complexity: O(*n*) in the length of the text.
    static func listDepth(_ html: String) -> Int {
        let bytes = Array(html.utf8.map { $0 | (($0 >= 0x41 && $0 <= 0x5A) ? 0x20 : 0) })
        var depth = 0
        var index = 0
        while index + 3 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == 0x3C else { continue }  // <
            let closing = bytes[index + 1] == 0x2F
            let name = closing ? index + 2 : index + 1
            guard name + 2 < bytes.count, bytes[name + 1] == 0x6C,  // l
                bytes[name] == 0x6F || bytes[name] == 0x75,  // o, u
                [0x3E, 0x20, 0x09, 0x0A, 0x2F].contains(bytes[name + 2])
            else { continue }
            depth += closing ? -1 : 1
        }
        return depth
    }
}
