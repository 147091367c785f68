import Testing

@testable import PolicyRender

/// The markup builder escapes every text and attribute value it is given, and the pages made
/// through it escape for their own format.
@Suite struct MarkupWriterTests {
    @Test func htmlTextAndAttributesAreEscapedAndMissingAttributesLeftOut() {
        let html = HTMLWriter.fragment { html in
            html.element(.a, [.href: #"https://e.test/?a=1&b="2"'"#, .id: nil, .class: "x<y>"]) {
                $0.text("<script>alert('&')</script>")
                $0.void(.br)
            }
        }
        #expect(
            html == #"<a href="https://e.test/?a=1&amp;b=&quot;2&quot;&#39;" class="x&lt;y&gt;">"#
                + "&lt;script&gt;alert(&#39;&amp;&#39;)&lt;/script&gt;<br></a>")
    }

    @Test func markdownTextIsEscapedAndSyntaxIsTheWriters() {
        let markdown = MarkdownWriter.fragment { markdown in
            markdown.text("1. *not* a list")
            markdown.spaces()
            markdown.strong { $0.inlineText("[x](y)") }
            markdown.link("https://e.test/a)b") { $0.inlineText("here") }
            markdown.hardBreak()
            markdown.text("# not a heading")
            markdown.insertion("<b>|</b>")
        }
        #expect(
            markdown == ##"1\. \*not\* a list **\[x\](y)**[here](https://e.test/a%29b)\"## + "\n"
                + ##"\# not a heading<ins>&lt;b&gt;&#124;&lt;/b&gt;</ins>"##)
    }

    @Test func theSitemapEscapesItsAddresses() throws {
        let sitemap = try PolicyRenderer().sitemap(locations: ["https://e.test/?a=1&b=<2>/"])
        #expect(sitemap.contains("  <url><loc>https://e.test/?a=1&amp;b=&lt;2&gt;/</loc></url>\n"))
        #expect(sitemap.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
    }
}
