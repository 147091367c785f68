import PolicyModel

/// Reads HTML as a browser does (gumbo's HTML5 parser, errors recovered) into raw blocks.
enum HTMLReader {
    /// Reads a whole page: the `<main>` element when there is one, else the body.
    static func read(_ text: String, warnings: inout Warnings) -> RawDocument {
        var document = RawDocument(blocks: [])
        let page = HTMLParser.parse(text, fragment: false, lineOffset: 0, warnings: &warnings)
        document.language = page.attribute("lang")
        if let title = page.first(named: "title") {
            var converter = HTMLConverter(warnings: warnings, lineOffset: 0)
            let (name, site) = PageTitle.split(converter.inlines(of: title).plainText())
            if !name.isEmpty { document.fallbackTitle = [.text(name)] }
            document.siteName = site
        }
        if let site = metaContent(page, names: ["og:site_name", "application-name"]) { document.siteName = site }
        let content = page.first(named: "main") ?? page.first(named: "body") ?? page
        var converter = HTMLConverter(warnings: warnings, lineOffset: 0)
        document.blocks = converter.blocks(of: content)
        document.anchors = converter.anchors
        warnings = converter.warnings
        return document
    }

    /// The content of the first `<meta>` whose `property` or `name` is one of `names`, in their order.
    private static func metaContent(_ page: HTMLNode, names: [String]) -> String? {
        guard let head = page.first(named: "head") else { return nil }
        let metas = head.children.filter { $0.isElement && $0.name == "meta" }
        for name in names {
            for meta in metas where (meta.attribute("property") ?? meta.attribute("name"))?.lowercased() == name {
                let content = (meta.attribute("content") ?? "").split(whereSeparator: \.isWhitespace).joined(
                    separator: " ")
                if !content.isEmpty { return content }
            }
        }
        return nil
    }

    /// Reads an HTML block found in Markdown, starting at `firstLine` of the Markdown file.
    /// Anchors its headings name are added to `anchors`.
    static func fragment(
        _ html: String, firstLine: Int, warnings: inout Warnings,
        anchors: inout [String: String]
    ) -> [RawBlock] {
        let root = HTMLParser.parse(html, fragment: true, lineOffset: firstLine - 1, warnings: &warnings)
        var converter = HTMLConverter(warnings: warnings, lineOffset: firstLine - 1)
        let blocks = converter.blocks(of: root)
        anchors.merge(converter.anchors) { first, _ in first }
        warnings = converter.warnings
        return blocks
    }
}

/// A page's `<title>`, which often names the site after the document: "Privacy Policy | Acme".
enum PageTitle {
    private static let separators = [" | ", " – ", " — ", " - ", " · ", " :: "]

    /// The document's title and the site's name, when a separator parts them; the site is the
    /// last part, kept only when it is short (at most four words).
    static func split(_ title: String) -> (title: String, site: String?) {
        for separator in separators where title.contains(separator) {
            let parts = title.components(separatedBy: separator).map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            guard parts.count > 1, let site = parts.last, site.split(separator: " ").count <= 4 else { continue }
            return (parts[0], site)
        }
        return (title, nil)
    }
}
