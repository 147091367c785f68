import PolicyModel

/// Inline HTML tags opened among one node's children (`<strong>`, `<a href>`) and not yet closed.
struct InlineTags {
    struct Open {
        var name: String
        var href: String?
        var line: Int
        var column: Int
    }

    var open: [Open] = []
    /// True once a tag was dropped for nesting too deep, so one warning says so.
    var flattened = false
}

extension MarkdownConverter {
    /// An inline HTML tag: `<br>` breaks the line, `<img>` gives its description, `<strong>`,
    /// `<b>`, `<em>`, `<i>` and `<a>` wrap what follows up to their end tag; other tags are
    /// dropped, and what is no known tag (`<Data Protection Officer>`) is text.
    mutating func htmlTag(
        _ node: MarkdownNode, _ tags: inout InlineTags, depth: Int, into collector: inout InlineCollector
    ) {
        let literal = node.literal
        guard literal.hasPrefix("<"), literal.hasSuffix(">"), let tag = HTMLTag(String(literal.dropFirst().dropLast()))
        else {
            collector.append(text: literal)
            return
        }
        if tag.closing {
            guard let index = tags.open.lastIndex(where: { $0.name == tag.name }) else { return }
            while tags.open.count > index + 1 { closeTag(tags.open.removeLast(), wrapping: false, into: &collector) }
            closeTag(tags.open.removeLast(), wrapping: true, into: &collector)
            return
        }
        switch tag.name {
        case "br": collector.appendLineBreak()
        case "img": collector.append(text: tag.attribute("alt") ?? "")
        case "a", "strong", "b", "em", "i":
            guard depth <= Self.nestingLimit else {
                if !tags.flattened {
                    warn(
                        "nesting-flattened", "content nested deeper than \(Self.nestingLimit) levels is flattened",
                        at: node)
                }
                tags.flattened = true
                return
            }
            let href = tag.name == "a" ? tag.attribute("href") ?? "" : nil
            if tag.name == "a", let anchor = tag.attribute("id") ?? tag.attribute("name"), !anchor.isEmpty {
                pendingAnchors.append(anchor)
            }
            collector.open()
            if href != nil { linkDepth += 1 }
            let (line, column) = position(of: node)
            tags.open.append(InlineTags.Open(name: tag.name, href: href, line: line, column: column))
        default: break
        }
    }

    /// Ends a tag's container: with its markup when its end tag was found, else its content alone.
    mutating func closeTag(_ tag: InlineTags.Open, wrapping: Bool, into collector: inout InlineCollector) {
        guard let href = tag.href else {
            collector.close { wrapping ? (["strong", "b"].contains(tag.name) ? .strong($0) : .emphasis($0)) : nil }
            return
        }
        linkDepth -= 1
        let allowed = wrapping && linkDepth == 0 && (LinkTarget.isAllowed(href) || InPageLinks.isInPage(href))
        var hasText = false
        collector.close { content in
            hasText = !content.plainText().allSatisfy(\.isWhitespace)
            return allowed ? .link(href: href, content: content) : nil
        }
        if wrapping, !allowed, linkDepth == 0, hasText, !href.isEmpty {
            warnings.add(
                href.hasPrefix("#") ? "anchor-link" : "link-dropped",
                "link to '\(href)' kept as text only: links must be absolute http, https or mailto addresses",
                line: tag.line, column: tag.column)
        }
    }
}
