import Foundation
import PolicyModel
import PolicySource
import Testing

@Suite struct PolicyWriterTests {
    static let sources = [
        FixturePaths.shippedExample, FixturePaths.fixtures.appendingPathComponent("valid/minimal.xml"),
        FixturePaths.fixtures.appendingPathComponent("valid/tables.xml"),
    ]

    @Test("writing then parsing gives the same policy, and writing again the same bytes", arguments: sources)
    func roundTrip(url: URL) throws {
        let original = try #require(PolicyParser.parse(fileAtPath: url.path).policy)
        let written = PolicyWriter.source(of: original)
        let reparsed = PolicyParser.parse(bytes: Array(written.utf8), path: "written.xml")
        #expect(reparsed.diagnostics.map(\.description) == [])
        let policy = try #require(reparsed.policy)
        #expect(PolicyWriter.source(of: policy) == written)
        #expect(policy.sections.map(\.heading) == original.sections.map(\.heading))
        #expect(policy.clauses.map(\.citation) == original.clauses.map(\.citation))
        #expect(policy.clauses.map(\.content) == original.clauses.map(\.content))
        #expect(policy.clauses.map { $0.rules.map(\.effect) } == original.clauses.map { $0.rules.map(\.effect) })
        #expect(policy.notes.map(\.content) == original.notes.map(\.content))
        #expect(policy.vocabulary.map(\.label) == original.vocabulary.map(\.label))
        #expect(policy.closing.count == original.closing.count)
        #expect(Self.tables(policy) == Self.tables(original))
        let longTextLines = written.split(separator: "\n").filter { $0.count > 100 && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("<") }
        #expect(longTextLines == [])
    }

    /// Each table's caption, header and rows (id, rule count, cells), locations left out.
    static func tables(_ policy: Policy) -> [String] {
        policy.allSections.flatMap(\.blocks).compactMap { block -> String? in
            guard case .table(let table) = block else { return nil }
            let rows = table.rows.map { "\($0.id?.rawValue ?? "-") \($0.rules.count) \($0.cells)" }
            return "\(table.caption ?? []) \(table.header ?? []) \(rows)"
        }
    }

    @Test("text is escaped for XML")
    func escaping() throws {
        let here = SourceLocation(file: "x", line: 1)
        let policy = Policy(
            id: "x", language: "en", title: [.text("Terms & <Conditions>")], publisher: [.text("A \"B\"")],
            revision: Revision(effective: PolicyDate("2024-01-01")!, label: "Q1 \"2024\" & more"),
            sections: [Section(id: "s", heading: [.text("H")], blocks: [.paragraph(Paragraph(content: [.text("if a < b && c > d"), .link(href: "https://x.test/?a=1&b=2", content: [.text("x")])], location: here))], location: here)],
            location: here)
        let written = PolicyWriter.source(of: policy)
        #expect(written.contains("<title>Terms &amp; &lt;Conditions&gt;</title>"))
        #expect(written.contains(#"label="Q1 &quot;2024&quot; &amp; more""#))
        #expect(written.contains(#"<p>if a &lt; b &amp;&amp; c &gt; d<a href="https://x.test/?a=1&amp;b=2">x</a></p>"#))
        let reparsed = try #require(PolicyParser.parse(bytes: Array(written.utf8), path: "x.xml").policy)
        #expect(reparsed.title == policy.title)
        #expect(reparsed.revision.label == policy.revision.label)
    }
}
