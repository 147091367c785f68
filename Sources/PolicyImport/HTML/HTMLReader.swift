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
            let content = converter.inlines(of: title)
            if !content.isEmpty { document.fallbackTitle = content }
        }
        let content = page.first(named: "main") ?? page.first(named: "body") ?? page
        var converter = HTMLConverter(warnings: warnings, lineOffset: 0)
        document.blocks = converter.blocks(of: content)
        warnings = converter.warnings
        return document
    }

    /// Reads an HTML block found in Markdown, starting at `firstLine` of the Markdown file.
    static func fragment(_ html: String, firstLine: Int, references: [String: String], warnings: inout Warnings)
        -> [RawBlock]
    {
        let root = HTMLParser.parse(html, fragment: true, lineOffset: firstLine - 1, warnings: &warnings)
        var converter = HTMLConverter(warnings: warnings, lineOffset: firstLine - 1)
        let blocks = converter.blocks(of: root)
        warnings = converter.warnings
        return blocks
    }
}
