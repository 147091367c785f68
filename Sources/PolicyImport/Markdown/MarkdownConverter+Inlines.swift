internal import CCmarkGFM
import PolicyModel

extension MarkdownConverter {
    /// The inline content of a paragraph, heading or table cell, whitespace normalized.
    mutating func inlines(of node: MarkdownNode) -> [Inline] {
        var collector = InlineCollector(tidy: true)
        appendInlines(of: node, depth: 0, into: &collector)
        return collector.result
    }

    /// Appends a node's inline children. Inline HTML tags open and close containers among
    /// siblings; those left open when the node ends keep their content without the markup.
    private mutating func appendInlines(of parent: MarkdownNode, depth: Int, into collector: inout InlineCollector) {
        var tags = InlineTags()
        for node in parent.children {
            let nested = depth + tags.open.count + 1
            if nested > Self.nestingLimit, node.firstChild != nil {
                flatten(node, into: &collector)
                continue
            }
            switch node.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: collector.append(text: node.literal)
            case CMARK_NODE_SOFTBREAK: collector.append(text: " ")
            case CMARK_NODE_LINEBREAK: collector.appendLineBreak()
            case CMARK_NODE_HTML_INLINE: htmlTag(node, &tags, depth: nested, into: &collector)
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                collector.append(atom: .noteReference(NoteID("fn:" + (footnoteLabels[node.literal] ?? node.literal))))
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG:
                let strong = node.type == CMARK_NODE_STRONG
                collector.open()
                appendInlines(of: node, depth: nested, into: &collector)
                collector.close { strong ? .strong($0) : .emphasis($0) }
            case CMARK_NODE_LINK: link(node, depth: nested, into: &collector)
            default:
                // Images give their description; strikethrough and other extensions their words.
                appendInlines(of: node, depth: nested, into: &collector)
            }
        }
        while let tag = tags.open.popLast() { closeTag(tag, wrapping: false, into: &collector) }
    }

    /// Adds a link, or only its text when the address is not one a policy may link to.
    private mutating func link(_ node: MarkdownNode, depth: Int, into collector: inout InlineCollector) {
        let href = node.url
        // An in-page link stays a link until the structure builder finds its target.
        let inPage = linkDepth == 0 && InPageLinks.isInPage(href)
        let allowed = inPage || linkDepth == 0 && LinkTarget.isAllowed(href)
        var hasText = false
        collector.open()
        linkDepth += 1
        appendInlines(of: node, depth: depth, into: &collector)
        linkDepth -= 1
        collector.close { content in
            hasText = !content.plainText().allSatisfy(\.isWhitespace)
            return allowed ? .link(href: href, content: content) : nil
        }
        if inPage, !hasText { headingAnchors.append(String(href.dropFirst())) }
        func isAutolink() -> Bool {
            let text = node.firstChild.map { $0.next == nil && $0.type == CMARK_NODE_TEXT ? $0.literal : "" } ?? ""
            return [text, "mailto:" + text, "http://" + text].contains(href)
        }
        if !allowed, linkDepth == 0, hasText, !isAutolink() {
            warn(
                href.hasPrefix("#") ? "anchor-link" : "link-dropped",
                "link to '\(href)' kept as text only: links must be absolute http, https or mailto addresses", at: node)
        }
    }

    /// Words below a node nested too deep, without their markup, walked without recursion.
    private mutating func flatten(_ node: MarkdownNode, into collector: inout InlineCollector) {
        warn("nesting-flattened", "content nested deeper than \(Self.nestingLimit) levels is flattened", at: node)
        node.walkDescendants { inner in
            switch inner.type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: collector.append(text: inner.literal)
            case CMARK_NODE_SOFTBREAK: collector.append(text: " ")
            case CMARK_NODE_LINEBREAK: collector.appendLineBreak()
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                collector.append(atom: .noteReference(NoteID("fn:" + (footnoteLabels[inner.literal] ?? inner.literal))))
            default: break
            }
            return true
        }
    }
}
