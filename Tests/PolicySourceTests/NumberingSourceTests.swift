import Foundation
import PolicyModel
import PolicySource
import Testing

/// Numbering declarations in the source: what they parse to, the mistakes `check` reports, and
/// the writer's round trip.
@Suite struct NumberingSourceTests {
    static let examples = ["clause-agreement/2024-05-01.xml", "outline-policy/2024-01-15.xml"].map {
        FixturePaths.packageRoot.appendingPathComponent("Tests/PolicyRenderTests/Fixtures/numbering/" + $0)
    }

    /// A policy source whose `<numbering>` (or nothing) comes after the revision, with `sections`.
    static func source(numbering: String = "", _ sections: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <policy xmlns="urn:x-codicil:policy:1" id="x" xml:lang="en">
          <title>T</title><publisher>P</publisher><revision effective="2024-01-01"/>
          \(numbering)
          \(sections)
        </policy>
        """
    }

    static func diagnostics(_ source: String) -> [String] {
        PolicyParser.parse(bytes: Array(source.utf8), path: "n.xml").diagnostics.map(\.description)
    }

    @Test("levels, a section's own style and stated numbers parse into the model")
    func parses() throws {
        let source = Self.source(
            numbering: """
                <numbering><level of="sections" depth="1" prefix=" Clause " punctuation="colon" start="2"/>
                <level of="items" depth="1" format="lower-roman" punctuation="parentheses" repeat-parent="yes"/></numbering>
                """,
            """
            <section id="a"><heading>A</heading><list style="ordered"><item>x</item><item number="iv">y</item></list></section>
            <section id="b" number="C"><number-style format="upper-alpha" prefix="Annex"/><heading>B</heading><p>t</p></section>
            """)
        let result = PolicyParser.parse(bytes: Array(source.utf8), path: "n.xml")
        #expect(
            result.diagnostics.map(\.description) == [
                "n.xml:6:81: warning: item Clause 2 (iv) is numbered 'iv' where the sequence gives 'ii' [number-sequence]",
                "n.xml:7:17: warning: section 'b' is numbered 'C' where the sequence gives 'A' [number-sequence]",
            ])
        let policy = try #require(result.policy)
        #expect(
            policy.numbering.sections[1]
                == NumberStyle(prefix: "Clause", punctuation: .colon, repeatsParent: true, start: 2))
        #expect(
            policy.numbering.items[1]
                == NumberStyle(format: .lowerRoman, punctuation: .parentheses, repeatsParent: true))
        #expect(policy.sections.map(\.label) == ["Clause 2:", "Annex C"])
        #expect(policy.sections[1].positionalNumber == "A")
        guard case .list(let list) = policy.sections[0].blocks[0] else { return }
        #expect(list.items.map(\.label) == ["(2.i)", "(2.iv)"])
    }

    @Test("mistakes in numbering are errors with their place and a plain message")
    func mistakes() {
        let source = Self.source(
            numbering: """
                <numbering><level of="sections" depth="1" format="roman"/><level of="chapters" depth="0"/>
                <level of="items" depth="1"/><level of="items" depth="1" prefix=" " start="x"/></numbering>
                """,
            """
            <section id="a" number=""><heading>A</heading><list style="bulleted"><number-style/><item number="2">x</item></list></section>
            """)
        #expect(
            Self.diagnostics(source) == [
                "n.xml:4:45: error: format 'roman' of <level> must be 'decimal', 'lower-alpha', 'upper-alpha', 'lower-roman' or 'upper-roman' [invalid-attribute]",
                "n.xml:4:68: error: of 'chapters' of <level> must be 'sections' or 'items' [invalid-attribute]",
                "n.xml:4:82: error: depth '0' of <level> must be a whole number from 1 [invalid-attribute]",
                "n.xml:5:48: error: numbering of items at depth 1 is declared twice [duplicate-level]",
                "n.xml:5:58: error: numbering prefix is empty; leave it out for none [empty-text]",
                "n.xml:5:69: error: start 'x' of <level> must be a whole number from 1 [invalid-attribute]",
                "n.xml:6:19: error: stated number is empty; leave it out to number by position [empty-text]",
                "n.xml:6:72: error: a bulleted list has no numbers; <number-style> applies to ordered lists [invalid-attribute]",
                "n.xml:6:93: error: a bulleted list has no numbers; 'number' applies to items of ordered lists [invalid-attribute]",
            ])
    }

    @Test("the writer keeps every declaration, and writing again gives the same bytes", arguments: examples)
    func roundTrip(url: URL) throws {
        let original = try #require(PolicyParser.parse(fileAtPath: url.path).policy)
        let written = PolicyWriter.source(of: original)
        let reparsed = PolicyParser.parse(bytes: Array(written.utf8), path: "written.xml")
        #expect(reparsed.diagnostics.map(\.code) == ["number-sequence"])
        let policy = try #require(reparsed.policy)
        #expect(PolicyWriter.source(of: policy) == written)
        #expect(policy.numbering == original.numbering)
        #expect(policy.allSections.map(\.numberStyle) == original.allSections.map(\.numberStyle))
        #expect(policy.allSections.map(\.label) == original.allSections.map(\.label))
        #expect(policy.allCitations == original.allCitations)
        #expect(written.contains("<numbering>"))
    }

    @Test("a source without numbering is written without it")
    func nothingDeclared() throws {
        let policy = try #require(PolicyParser.parse(fileAtPath: FixturePaths.shippedExample.path).policy)
        let written = PolicyWriter.source(of: policy)
        for name in ["numbering", "number-style", "number="] { #expect(!written.contains(name)) }
    }

    @Test("an unnumbered section shows no number, its siblings count on without it, and it is cited by its place")
    func unnumbered() throws {
        let source = Self.source(
            """
            <section id="summary" numbered="no"><heading>Summary</heading><p>t</p>
              <section id="more"><heading>More</heading><p>t</p></section></section>
            <section id="a"><heading>A</heading><p>t</p>
              <section id="aside" numbered="no"><heading>Aside</heading><p>t</p></section>
              <section id="a1"><heading>A1</heading><p>t</p></section></section>
            """)
        let policy = try #require(PolicyParser.parse(bytes: Array(source.utf8), path: "n.xml").policy)
        #expect(policy.allSections.map(\.label) == ["", "1", "1.", "", "1.1"])
        #expect(policy.allSections.map(\.number) == ["§1", "§1.1", "1", "1 §1", "1.1"])
        #expect(Self.diagnostics(source) == [])
        let written = PolicyWriter.source(of: policy)
        #expect(written.contains("<section id=\"summary\" numbered=\"no\">"))
        let again = try #require(PolicyParser.parse(bytes: Array(written.utf8), path: "n.xml").policy)
        #expect(PolicyWriter.source(of: again) == written)
    }

    @Test("an unnumbered section that states a number is an error")
    func unnumberedWithNumber() {
        let source = Self.source(#"<section id="a" number="2" numbered="no"><heading>A</heading><p>t</p></section>"#)
        #expect(
            Self.diagnostics(source) == [
                "n.xml:5:30: error: an unnumbered section states no number; leave out 'number' or 'numbered' [invalid-attribute]"
            ])
    }
}
