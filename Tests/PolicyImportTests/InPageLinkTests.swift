import PolicyImport
import PolicyModel
import PolicySource
import Testing

/// Links to in-page anchors become cross-references when they point at a heading, paragraph, item or row.
@Suite struct InPageLinkTests {
    private func imported(_ text: String, format: ImportFormat) -> (
        source: String, warnings: [Diagnostic], policy: Policy
    ) {
        let options = ImportOptions(policyID: "acme", effective: PolicyDate("2024-03-01")!)
        let result = PolicyImporter.importDocument(text, format: format, path: "page", options: options)
        return (PolicyWriter.source(of: result.policy), result.diagnostics, result.policy)
    }

    /// The first paragraph of the preamble.
    private func intro(_ policy: Policy) -> [Inline] {
        guard case .paragraph(let paragraph)? = policy.preamble.first else { return [] }
        return paragraph.content
    }

    @Test("Markdown links to a heading's named anchor, its words or a number become cross-references; others text")
    func markdown() {
        let markdown = """
            # Acme Privacy Policy

            See [Information You Provide](#info-you-provide), [section 2](#2-sharing), [2.1](#keeping) and [the rest](#nowhere).

            ## Information You Provide {#info-you-provide}

            Text.

            ## 2. Sharing

            We share [nothing](#nothing-else) with [anyone](https://example.com).

            ### [](#keeping)2.1 Keeping

            We keep little.
            """
        let result = imported(markdown, format: .markdown)
        #expect(
            intro(result.policy) == [
                .text("See Information You Provide ("), .crossReference("information-provide"), .text("), section "),
                .crossReference("sharing"), .text(", "), .crossReference("keeping"), .text(" and the rest."),
            ])
        #expect(result.source.contains("<heading>Keeping</heading>"))
        #expect(result.source.contains("We share nothing with"))
        let anchors = result.warnings.filter { $0.code == "anchor-link" }
        #expect(
            anchors.map(\.message) == [
                "2 links to in-page anchors (#…) that name no clause kept as text only; links to headings, paragraphs, items and rows become cross-references"
            ])
        #expect(anchors.first?.location.line == 3)
        #expect(PolicyParser.parse(bytes: Array(result.source.utf8), path: "2024-03-01.xml").diagnostics.isEmpty)
    }

    @Test("HTML links to a heading's id, or to an anchor inside it, become cross-references")
    func html() {
        let page = """
            <h1>Acme Privacy Policy</h1><p>Read <a href="#info">what you give us</a> and <a href="#keep">how long</a>.</p>
            <h2 id="info">Information You Provide</h2><p>Text.</p>
            <h2><a name="keep"></a>Retention</h2><p>A year.</p>
            """
        #expect(
            intro(imported(page, format: .html).policy) == [
                .text("Read what you give us ("), .crossReference("information-provide"), .text(") and how long ("),
                .crossReference("retention"), .text(")."),
            ])
    }

    @Test("a heading's link to its own anchor is only its words")
    func selfLink() {
        let source = imported(
            "# Policy\n\nIntro.\n\n## [Cookies](#cookies)\n\nText.\n\n## Data\n\nMore.\n", format: .markdown
        ).source
        #expect(source.contains("<heading>Cookies</heading>"))
    }

    @Test("Markdown links to a paragraph's {: #id}, an item's <a id> and an item's bold words name those clauses")
    func markdownElements() {
        let markdown = """
            # Acme Privacy Policy

            See [telemetry](#telemetry), [requests](#bookmark-requests) and [Cookies](#gone-anchor).

            ## Data

            We send telemetry.
            {: #telemetry }

            * <a id="bookmark-requests"></a>Responding to lawful requests.
            * **Cookies**. We use a few.
            """
        let result = imported(markdown, format: .markdown)
        #expect(
            result.source.contains(
                """
                  <preamble>
                    <p>
                      See telemetry (<xref to="telemetry"/>), requests (<xref to="bookmark-requests"/>) and Cookies
                      (<xref to="cookies"/>).</p>
                  </preamble>

                  <section id="data">
                    <heading>Data</heading>
                    <p id="telemetry">We send telemetry.</p>
                    <list style="bulleted">
                      <item id="bookmark-requests">Responding to lawful requests.</item>
                      <item id="cookies"><strong>Cookies</strong>. We use a few.</item>
                    </list>
                  </section>
                """), "\(result.source)")
        #expect(result.warnings.filter { $0.code == "anchor-link" }.isEmpty)
        #expect(PolicyParser.parse(bytes: Array(result.source.utf8), path: "2024-03-01.xml").diagnostics.isEmpty)
    }

    @Test("HTML links to a paragraph's id, an item's <a name> and a row's <a id> name those clauses")
    func htmlElements() {
        let page = """
            <h1>Acme Privacy Policy</h1>
            <p>Read <a href="#why">why</a>, <a href="#ads">ads</a> and <a href="#keep">retention</a>.</p>
            <h2>Data</h2>
            <p id="why">We need data.</p>
            <ul><li><a name="ads"></a>No ads.</li><li>Other.</li></ul>
            <table><tr><th>Use</th><th>Period</th></tr><tr><td><a id="keep"></a>Logs</td><td>30 days</td></tr></table>
            """
        let result = imported(page, format: .html)
        #expect(
            intro(result.policy) == [
                .text("Read why ("), .crossReference("why"), .text("), ads ("), .crossReference("ads"),
                .text(") and retention ("), .crossReference("data-logs"), .text(")."),
            ])
        #expect(result.source.contains(#"<p id="why">We need data.</p>"#))
        #expect(result.source.contains(#"<item id="ads">No ads.</item>"#))
        #expect(result.source.contains(#"<item>Other.</item>"#))
        #expect(result.source.contains(#"<row id="data-logs">"#))
        #expect(PolicyParser.parse(bytes: Array(result.source.utf8), path: "2024-03-01.xml").diagnostics.isEmpty)
    }
}
