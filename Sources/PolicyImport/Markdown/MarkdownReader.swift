import PolicyModel

/// Reads a Markdown file with cmark-gfm: byte-order mark, line endings, front matter and
/// comments first, then CommonMark blocks and inlines with GitHub's tables and footnotes.
enum MarkdownReader {
    /// The document's blocks, footnotes and front matter; what cannot be read stays text.
    /// - Complexity: O(*n*) in the length of the text, for any nesting.
    static func read(_ source: String, warnings: inout Warnings) -> RawDocument {
        var prepared = MarkdownSource(source)
        prepared.escapeExcessiveMarkup(warnings: &warnings)
        var converter = MarkdownConverter(
            warnings: warnings, lines: prepared.lines,
            footnoteReferencesLine: prepared.footnoteReferencesLine)
        converter.attributeAnchors = prepared.attributeAnchors
        let blocks = CommonMarkParser.withDocument(prepared.text) { document in
            converter.readFootnoteLabels(of: document)
            return converter.blocks(of: document, depth: 0)
        }
        warnings = converter.warnings
        let front = prepared.frontMatter
        return RawDocument(
            title: front.title.map { [.text($0)] }, publisher: front.publisher, language: front.language,
            blocks: blocks, footnotes: converter.footnotes, anchors: converter.anchors)
    }
}
