import Foundation
import PolicyDiff
import PolicyModel
import PolicyRules
import PolicyRender
import Testing

/// The Markdown and HTML redlines of the diff fixtures, and their escaping.
struct RedlineTests {
    static let diffFixtures = Paths.repository + "/Tests/PolicyDiffTests/Fixtures"
    static let goldens = Paths.fixtures + "/revisions"

    /// The change set of a diff fixture case against its base revision.
    static func changes(_ name: String) throws -> ChangeSet {
        ChangeSet(
            from: try Golden.policy(diffFixtures + "/2012-12-01.xml"),
            to: try Golden.policy(diffFixtures + "/\(name)/new.xml"))
    }

    /// A hand-built materiality, as the rules comparison would attach it.
    static let materiality = Materiality(
        classification: .broadens, flipCount: 2,
        flips: [
            DecisionFlip(
                request: "disclose to financial-institution for marketing", old: "deny", new: "permit",
                citations: [Citation(clause: "4 (10)", id: "use-marketing", text: "…")])
        ])

    @Test(arguments: ["word-change", "new-item", "inserted-section"])
    func markdownRedlineMatchesGolden(_ name: String) throws {
        let markdown = try Self.changes(name).markdown()
        #expect(markdown.contains("<ins>") || markdown.contains("added"))
        try Golden.check(markdown, against: "\(Self.goldens)/\(name).md")
    }

    @Test(arguments: ["word-change", "new-item", "inserted-section"])
    func htmlRedlineMatchesGolden(_ name: String) throws {
        let html = try Self.changes(name).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        try Golden.check(html, against: "\(Self.goldens)/\(name).html")
    }

    /// A revision of the escaping fixture whose changes add `*`, `|`, `_`, `~`, backticks and
    /// tags; `scripts/check-markdown-redline.py` renders the same pair with cmark-gfm.
    @Test func markupCharactersInChangedTextStayLiteral() throws {
        let changes = ChangeSet(
            from: try Golden.policy(Paths.fixtures + "/escaping/2020-01-01.xml"),
            to: try Golden.policy(Paths.fixtures + "/escaping/2021-01-01.xml"))
        let markdown = changes.markdown()
        #expect(markdown.contains("<ins>&#124; pipes, &lt;del&gt;not deleted&lt;/del&gt;</ins>"))
        #expect(!markdown.contains("<del>not deleted"))
        try Golden.check(markdown, against: "\(Self.goldens)/escaping.md")
        try Golden.check(changes.html(), against: "\(Self.goldens)/escaping.html")
    }

    @Test func materialityComesFirstInBothRedlines() throws {
        let changes = try Self.changes("word-change")
        let markdown = changes.markdown(materiality: Self.materiality)
        let html = changes.html(materiality: Self.materiality)
        for text in [markdown, html] {
            let materiality = try #require(text.range(of: "material — broadens: 2 decisions change"))
            let summary = try #require(text.range(of: "0 added"))
            #expect(materiality.lowerBound < summary.lowerBound)
            #expect(text.contains("deny → permit (4 (10))"))
        }
    }

    @Test func markdownKeepsMarkupCharactersLiteral() {
        let segments = [
            WordSegment(.equal, "a <b> *c* |d| _e_"),
            WordSegment(.deleted, "<del> *x* |y| _z_", spaceBefore: true),
            WordSegment(.inserted, "<script> **w** | __v__", spaceBefore: true),
        ]
        let change = Change(
            kind: .modified, element: .paragraph, oldNumber: "1", newNumber: "1", newSection: "1",
            newHeading: "Use_of *data*",
            textChanged: true, segments: segments)
        let set = ChangeSet(
            policy: "p", old: RevisionReference(effective: "2020-01-01", label: nil, title: "T"),
            new: RevisionReference(effective: "2021-01-01", label: nil, title: "T"), metadata: [], changes: [change],
            summary: ChangeSummary())
        let markdown = set.markdown()
        #expect(markdown.contains(#"> a \<b\> \*c\* \|d\| \_e\_"#))
        #expect(markdown.contains("<del>&lt;del&gt; &#42;x&#42; &#124;y&#124; &#95;z&#95;</del>"))
        #expect(markdown.contains("<ins>&lt;script&gt; &#42;&#42;w&#42;&#42; &#124; &#95;&#95;v&#95;&#95;</ins>"))
        #expect(markdown.contains(#"#### 1 Use\_of \*data\*"#))
        #expect(!markdown.contains("<script>"))
        let html = set.html()
        #expect(html.contains("<ins><span class=\"sign\">+</span>&lt;script&gt; **w** | __v__</ins>"))
        #expect(!html.contains("<script>"))
    }
}
