import Foundation
import PolicyImport
import PolicyModel
import PolicySource
import Testing

/// HTML is read as a browser reads it: markup that hides the rest of a page is reported, never
/// dropped silently, and no input crashes the importer.
@Suite struct HTMLImportTests {
    private func imported(_ html: String, format: ImportFormat = .html) -> (source: String, warnings: [Diagnostic]) {
        let options = ImportOptions(policyID: "example", effective: PolicyDate("2024-03-01")!)
        let result = PolicyImporter.importDocument(html, format: format, path: "page.html", options: options)
        return (PolicyWriter.source(of: result.policy), result.diagnostics)
    }

    @Test("a CDATA section is a bogus comment, as in browsers, and the text after it is kept")
    func cdata() {
        let page = "<h1>Notice</h1>\n<p>Before.</p>\n<![CDATA[ hidden ]]>\n<p>After the section.</p>\n"
        let result = imported(page)
        #expect(result.source.contains("Before."))
        #expect(result.source.contains("After the section."))
    }

    static let unclosed: [(markup: String, name: String)] = [
        ("<script>var a = 1;", "<script>"), ("<style>p { color: red }", "<style>"), ("<title>Notice", "<title>"),
        ("<textarea>Say", "<textarea>"), ("<!-- a note", "comment (<!--)"),
    ]

    @Test(
        "an unclosed script, style, title, textarea or comment is reported where the visible text stops",
        arguments: unclosed)
    func unclosedElement(markup: String, name: String) {
        let page = "<h1>Notice</h1>\n<p>Shown.</p>\n<p>Also shown. \(markup)\n<p>Swallowed.</p>\n"
        let result = imported(page)
        #expect(result.source.contains("Shown."))
        let warning = result.warnings.first { $0.code == "unclosed-element" }
        #expect(warning?.location.line == 3)
        #expect(warning?.location.column == 16)
        #expect(warning?.message.contains("everything after this \(name) is inside it, as a browser reads it") == true)
    }

    @Test("closed scripts, styles and comments give no warning")
    func closedElements() {
        let page = "<title>T</title><style>p{}</style><h1>Notice</h1><!-- c --><script>x</script><p>Text.</p>"
        #expect(imported(page).warnings.filter { $0.code == "unclosed-element" }.isEmpty)
    }

    @Test("an unclosed script in an HTML block of a Markdown file is reported at its Markdown line")
    func unclosedInMarkdown() {
        let markdown = "# Notice\n\nIntro.\n\n<div>\n<p>In the block.</p><script>x = 1;\n</div>\n\nAfter.\n"
        let result = imported(markdown, format: .markdown)
        #expect(result.source.contains("In the block."))
        #expect(result.warnings.contains { $0.code == "unclosed-element" && $0.location.line == 6 })
    }

    @Test("an HTML list in Markdown whose items are apart by blank lines keeps every item")
    func listWithBlankLines() {
        let markdown = "# Notice\n\nIntro.\n\n## Uses\n\n<ol>\n<li>First use.</li>\n\n<li>Second use.</li>\n\n<LI>Third\n\nuse.</LI>\n</ol>\n\nAfter.\n"
        let options = ImportOptions(policyID: "example", effective: PolicyDate("2024-03-01")!)
        let policy = PolicyImporter.importDocument(markdown, format: .markdown, path: "notice.md", options: options).policy
        guard case .list(let list)? = policy.sections.first?.blocks.first else {
            Issue.record("no list: \(policy.sections)")
            return
        }
        #expect(list.style == .ordered)
        #expect(list.items.map { $0.content.plainText() } == ["First use.", "Second use.", "Third use."])
        #expect(policy.sections.first?.blocks.count == 2)
    }

    @Test("very deep nesting keeps its text and warns, without exhausting the stack (within 10 s)")
    func deepNesting() {
        let depth = 20_000
        let page =
            "<h1>Notice</h1><p>Top.</p>" + String(repeating: "<div>", count: depth) + "Deep text."
            + String(repeating: "</div>", count: depth)
        let start = Date()
        let result = imported(page)
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(result.source.contains("Deep text."))
        #expect(result.warnings.contains { $0.code == "deep-nesting" })
    }

    @Test(
        "deeply nested lists, quotes, tables and emphasis import without exhausting the stack",
        arguments: ["<ul><li>", "<blockquote>", "<table><tr><td>", "<b><i>", "<a href=\"https://example.com\">"])
    func deepConstructs(open: String) {
        let page = "<h1>Notice</h1><p>Top.</p>" + String(repeating: open, count: 3000) + "Deep text."
        let words = imported(page).source.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("Deep text."))
    }

    @Test("a deeply nested HTML block in Markdown keeps its text")
    func deepFragment() {
        let markdown = "# Notice\n\nIntro.\n\n" + String(repeating: "<div>", count: 3000) + "Deep text.\n\nAfter.\n"
        #expect(imported(markdown, format: .markdown).source.contains("Deep text."))
    }

    @Test("elements gumbo does not know keep their names and text")
    func unknownElements() {
        let result = imported("<h1>Notice</h1><custom-box><p>Inside a custom element.</p></custom-box>")
        #expect(result.source.contains("Inside a custom element."))
    }
}
