import PolicyImport
import PolicyModel
import Testing

/// The title comes from the document's H1 or `<title>`, never from a section heading with text
/// under it; the publisher from what names it, never from a title's first common words.
@Suite struct TitleAndPublisherTests {
    private func imported(_ text: String, format: ImportFormat) -> ImportResult {
        let options = ImportOptions(policyID: "acme-privacy", effective: PolicyDate("2024-03-01")!)
        return PolicyImporter.importDocument(text, format: format, path: "page", options: options)
    }

    private static let paragraph =
        "<p>We collect the information you give us when you register and when you use the site.</p>"

    @Test("an H2 before the H1 stays a section; the H1 is the title")
    func headingBeforeH1() {
        let page =
            "<h2>Your choices</h2>\(Self.paragraph)<h1>Acme Privacy Policy</h1>\(Self.paragraph)<h2>Data</h2>\(Self.paragraph)"
        let policy = imported(page, format: .html).policy
        #expect(policy.title.plainText() == "Acme Privacy Policy")
        #expect(policy.sections.map { $0.heading.plainText() } == ["Your choices", "Data"])
    }

    @Test("a leading section heading with text under it is no title: the page's <title> is, and names the site")
    func titleElement() {
        let page = """
            <html><head><title>Privacy Policy | Acme</title></head><body>
            <h2>Additional information about Acme</h2>\(Self.paragraph)<h2>Contact</h2>\(Self.paragraph)</body></html>
            """
        let result = imported(page, format: .html)
        #expect(result.policy.title.plainText() == "Privacy Policy")
        #expect(result.policy.publisher.plainText() == "Acme")
        #expect(result.policy.sections.count == 2)
    }

    @Test("og:site_name names the publisher")
    func siteName() {
        let page = """
            <html><head><title>Privacy</title><meta property="og:site_name" content="Acme  Corp"></head>
            <body><h1>Privacy</h1>\(Self.paragraph)<h2>Data</h2>\(Self.paragraph)</body></html>
            """
        #expect(imported(page, format: .html).policy.publisher.plainText() == "Acme Corp")
    }

    @Test("without an H1 or <title>, a section heading with text under it leaves the title to the policy id")
    func noTitle() {
        let markdown = """
            ## Additional information about Acme

            This notice is given by Acme Ltd. (“we”, “us”) to everyone who uses the site.

            ## Contact

            Write to us.
            """
        let result = imported(markdown, format: .markdown)
        #expect(result.policy.title.plainText() == "acme-privacy")
        #expect(result.diagnostics.contains { $0.code == "no-title" })
        #expect(
            result.policy.sections.map { $0.heading.plainText() } == ["Additional information about Acme", "Contact"])
        #expect(result.policy.publisher.plainText() == "Acme Ltd.")
    }

    @Test("a leading heading with only a date line under it is the title (as Mozilla's notices)")
    func leadingHeadingWithDate() {
        let markdown = """
            ## Acme Privacy Notice

            *Effective March 10, 2022*

            ## At Acme, we believe privacy matters.

            That is why Acme builds its products as it does, and explains it here in full.
            """
        let policy = imported(markdown, format: .markdown).policy
        #expect(policy.title.plainText() == "Acme Privacy Notice")
        #expect(policy.publisher.plainText() == "Acme")
    }

    @Test(
        "the party the text calls “we” is the publisher",
        arguments: [
            (
                "This policy sets out how we, Telegraph Messenger Inc. (“Telegraph”), use your data.",
                "Telegraph Messenger Inc."
            ),
            ("Please contact us (Example Corporation) through our portal.", "Example Corporation"),
            ("Please contact us (Data Protection Officer) by post.", "Acme"),
            ("At Example, we value privacy. Example keeps little. Ask Example.", "Example"),
            ("At Example, we value privacy. Contact us (Example Corporation).", "Example Corporation"),
            ("Example Holdings Ltd. (“we”, “us”) runs this site.", "Example Holdings Ltd."),
            ("This site is run by Beispiel GmbH (hereinafter \"we\").", "Beispiel GmbH"),
            ("個人データについては Example Corporation までご連絡ください。", "Example Corporation"),
            ("Example Corporation と Other Ltd. が処理します。", "Acme"),
        ])
    func weParty(sentence: String, publisher: String) {
        let markdown = "# Acme Privacy Policy\n\n\(sentence)\n\n## Data\n\nAcme keeps little.\n"
        #expect(imported(markdown, format: .markdown).policy.publisher.plainText() == publisher)
    }

    @Test("a title with no name in it gives the policy id as publisher, with a warning, not its first words")
    func noPublisher() {
        let result = imported(
            "# Additional information about privacy\n\nText.\n\n## Data\n\nMore text.\n", format: .markdown)
        #expect(result.policy.publisher.plainText() == "acme-privacy")
        #expect(
            result.diagnostics.contains { $0.code == "publisher-guessed" && $0.message.contains("no publisher found") })
    }
}
