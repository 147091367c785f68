import Foundation
import PolicyDiff
import PolicyModel
import PolicyRules
import PolicySource
import Testing

@testable import PolicyRender

/// A policy full of markup characters shows every one of them literally, in every edition.
@Suite struct EscapingTests {
    static let source = Paths.fixtures + "/escaping/2020-01-01.xml"

    func render(_ format: EditionFormat) throws -> String {
        try PolicyRenderer().render(try Golden.policy(Self.source), as: format)
    }

    @Test func htmlEscapesEveryCharacter() throws {
        let html = try render(.html)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("AT&amp;T &amp;amp;"))
        #expect(html.contains("*not emphasis*, a | pipe, snake_case_name"))
        #expect(html.contains("<title>Tricky &lt;script&gt;alert(1)&lt;/script&gt; *not emphasis* policy</title>"))
        #expect(html.contains("href=\"https://example.com/a_b?x=1&amp;y=(2)\""))
    }

    @Test func markdownEscapesEveryCharacter() throws {
        let markdown = try render(.markdown)
        #expect(markdown.contains(#"\<script\>alert("x")\</script\>, \*not emphasis\*, a \| pipe, snake\_case\_name"#))
        #expect(markdown.contains(#"AT\&T \&amp; \[brackets\](http://evil.example) and \`code\`"#))
        #expect(markdown.contains("1\\. not a list\\\n\\# not a heading\\\n\\- not a bullet\\\n\\+ not a bullet\\\n\\= not a rule"))
        #expect(markdown.contains("1. 12\\. starts with a number"))
        #expect(markdown.contains("2. \\<img src=x onerror=alert(1)\\>"))
        #expect(markdown.contains("[a \\*link\\*](https://example.com/a_b?x=1\\&y=%282%29)"))
        #expect(markdown.contains("## 1. Heading with \\*stars\\* \\& \\<b\\>tags\\</b\\> \\#hash"))
    }

    @Test func textKeepsCharactersAndAddsNoMarkup() throws {
        let text = try render(.text)
        #expect(text.contains("Text with <script>alert(\"x\")</script>, *not emphasis*, a | pipe,\nsnake_case_name, AT&T &amp;"))
        #expect(text.contains("a *link* <https://example.com/a_b?x=1&y=(2)> [Note 1]."))
        #expect(text.contains("[Note 1] A note with _underscores_ and <i>."))
    }

    @Test func jsonKeepsTextExactly() throws {
        let json = try render(.json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["titleText"] as? String == "Tricky <script>alert(1)</script> *not emphasis* policy")
        #expect(json.contains("\"href\" : \"https://example.com/a_b?x=1&y=(2)\""))
    }

    @Test func markdownEscapingAtLineStart() {
        #expect(MarkdownEscaping.escape("10) ten", atLineStart: true) == "10\\) ten")
        #expect(MarkdownEscaping.escape("10) ten", atLineStart: false) == "10) ten")
        #expect(MarkdownEscaping.escape("-", atLineStart: true) == "\\-")
        #expect(MarkdownEscaping.escape("$x$ ~y~", atLineStart: false) == "\\$x\\$ \\~y\\~")
    }

    @Test func unsafeLinksRenderAsTextOnly() throws {
        let policy = Policy(
            id: "p", language: "en", title: [.text("T")], publisher: [.text("P")],
            revision: Revision(effective: PolicyDate("2020-01-01")!),
            sections: [
                Section(
                    id: "s", heading: [.text("H")],
                    blocks: [.paragraph(Paragraph(content: [.link(href: "javascript:alert(1)", content: [.text("x")])], location: .init(file: "f", line: 1)))],
                    location: .init(file: "f", line: 1))
            ], location: .init(file: "f", line: 1))
        let renderer = try PolicyRenderer()
        for format in [EditionFormat.html, .markdown, .text] {
            #expect(!(try renderer.render(policy, as: format)).contains("javascript:"), "\(format)")
        }
    }
}

/// What GitHub makes of the Markdown redline where its autolinker takes text raw: web addresses,
/// apostrophes inside `<ins>`, and the addresses of a markup change.
@Suite struct MarkdownRedlineAddressTests {
    static func policy(_ paragraph: String, effective: String) throws -> Policy {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <policy xmlns="urn:x-codicil:policy:1" id="links" xml:lang="en">
              <title>Links</title>
              <publisher>Example</publisher>
              <revision effective="\(effective)"/>
              <section id="contact">
                <heading>Contact</heading>
                <p id="how">\(paragraph)</p>
              </section>
            </policy>
            """
        let result = PolicyParser.parse(bytes: Array(xml.utf8), path: "links.xml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.policy)
    }

    @Test func addressesKeepUnderscoresAndFragmentsOtherTextIsEscaped() {
        #expect(
            MarkdownEscaping.escape("see https://go.adr.org/dpf_irm.html#top or snake_case #1", atLineStart: false)
                == ##"see https://go.adr.org/dpf_irm.html#top or snake\_case \#1"##)
        #expect(MarkdownEscaping.escape("www.example.com/a_b and mailto:dpo_x@example.com", atLineStart: false)
            == "www.example.com/a_b and mailto:dpo_x@example.com")
    }

    @Test func insertedTextIsEscapedOnceAndAddressesStayRaw() {
        #expect(
            MarkdownEscaping.referenceEscaped("it's at https://go.adr.org/dpf_irm.html, *not* snake_case")
                == "it&#39;s at https://go.adr.org/dpf_irm.html, &#42;not&#42; snake&#95;case")
    }

    @Test func aChangedLinkIsShownInCodeSpans() throws {
        let old = try Self.policy(#"Write to <a href="https://example.com/old">the team</a>."#, effective: "2020-01-01")
        let new = try Self.policy(#"Write to <a href="https://example.com/new_one">the team</a>."#, effective: "2021-01-01")
        let markdown = ChangeSet(from: old, to: new).markdown()
        #expect(markdown.contains("Markup of `the team`: link `https://example.com/old` → link `https://example.com/new_one`"))
    }
}

/// Values that reach the Markdown writers with line breaks in them (no check has seen a
/// policy built in memory) cannot start a list, heading, rule, code block or quote.
@Suite struct MarkdownLineStartTests {
    static let injected = "April\n- injected item\n# injected heading\n    injected code\n1. injected\n---\n> quote\n\t\tcode"

    /// The lines of `markdown` that the injected text would have started.
    static func injectedLines(_ markdown: String) -> [String] {
        markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { line in
            ["- injected", "# injected", "    injected", "1. injected", "---", "> quote", "\t"].contains { line.hasPrefix($0) }
        }
    }

    @Test func escapingMakesEveryLineBreakASpaceAndEscapesLineStarts() {
        #expect(MarkdownEscaping.escape("a\n- b\r\n# c", atLineStart: false) == "a - b  \\# c")
        #expect(MarkdownEscaping.escape("    - item", atLineStart: true) == "\\- item")
        #expect(MarkdownEscaping.escape("\t12) x", atLineStart: true) == "12\\) x")
        #expect(MarkdownEscaping.escape("=== x", atLineStart: true) == "\\=== x")
    }

    @Test func changelogRedlineAndEditionKeepInjectedLinesInline() throws {
        let old = try Golden.policy(Paths.fixtures + "/escaping/2020-01-01.xml")
        var new = old
        new.revision.label = Self.injected
        new.revision.effective = PolicyDate("2021-01-01")!
        new.title = [.text(Self.injected)]
        let changes = ChangeSet(from: old, to: new)
        let changelog = Changelog(
            policy: "p", title: Self.injected, publisher: "P", language: "en",
            entries: [ChangelogEntry(policy: new, assessment: ChangeAssessment(changes: changes, materiality: nil)), ChangelogEntry(policy: old, assessment: nil)])
        for (name, markdown) in [
            ("changelog", try changelog.markdown()), ("redline", changes.markdown()),
            ("edition", try PolicyRenderer().render(new, as: .markdown)),
        ] {
            #expect(Self.injectedLines(markdown) == [], "\(name):\n\(markdown)")
        }
    }
}
