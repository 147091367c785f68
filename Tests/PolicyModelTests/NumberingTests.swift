import PolicyModel
import Testing

@Suite struct NumberingTests {
    static let here = SourceLocation(file: "t.xml", line: 1)

    static func item(_ id: String, _ nested: [Block] = []) -> Item {
        Item(id: ClauseID(id), content: [.text(id)], blocks: nested, location: here)
    }

    @Test("ordered lists nest as 1, a, i and cite their parents")
    func nestedMarkers() {
        let inner = Block.list(List(style: .ordered, items: [Self.item("x"), Self.item("y")], location: Self.here))
        let deepest = Block.list(List(style: .ordered, items: [Self.item("z")], location: Self.here))
        let list = List(
            style: .ordered,
            items: [Self.item("one"), Self.item("two", [inner]), Self.item("three", [.list(List(style: .ordered, items: [Self.item("w", [deepest])], location: Self.here))])],
            location: Self.here)
        let section = Section(id: "s", heading: [.text("S")], blocks: [.list(list)], location: Self.here)
        let policy = Policy(
            id: "p", language: "en", title: [.text("T")], publisher: [.text("P")],
            revision: Revision(effective: PolicyDate("2020-01-01")!), sections: [section, section], location: Self.here)
        #expect(policy.citations["x"] == "1 (2)(a)")
        #expect(policy.citations["y"] == "1 (2)(b)")
        #expect(policy.citations["z"] == "1 (3)(a)(i)")
        #expect(policy.allSections.map(\.number) == ["1", "2"])
    }

    @Test("markers beyond the alphabet and in Roman numerals", arguments: [
        (1, 2, "a"), (26, 2, "z"), (27, 2, "aa"), (4, 3, "iv"), (9, 3, "ix"), (14, 3, "xiv"), (3, 4, "3"),
    ])
    func markers(position: Int, depth: Int, expected: String) {
        #expect(ListMarker.marker(for: position, depth: depth) == expected)
    }

    @Test("links: only absolute http, https and mailto", arguments: [
        ("https://example.com/a", true), ("HTTP://example.com", true), ("mailto:a@example.com", true),
        ("javascript:alert(1)", false), ("JavaScript:alert(1)", false), ("java\tscript:alert(1)", false),
        ("data:text/html,x", false), ("/relative", false), ("http:", false), ("ftp://x", false),
        ("https://例え.jp/a", true), ("http\u{301}://x", false), ("http:\u{301}//x", false),
    ])
    func links(href: String, allowed: Bool) {
        #expect(LinkTarget.isAllowed(href) == allowed)
    }

    @Test("a colon that a combining mark follows is no scheme's colon")
    func combiningColon() {
        #expect(LinkTarget.problem(with: "http:\u{301}//x")?.contains("has no scheme") == true)
        #expect(LinkTarget.problem(with: "http\u{301}://x")?.contains("uses the scheme 'http\u{301}'") == true)
    }

    @Test("diagnostics print as compilers print them")
    func diagnosticFormat() {
        let diagnostic = Diagnostic(.warning, "unreferenced-note", "note 'n' is never referenced", at: SourceLocation(file: "a.xml", line: 3, column: 5))
        #expect(diagnostic.description == "a.xml:3:5: warning: note 'n' is never referenced [unreferenced-note]")
        let noColumn = Diagnostic(.error, "schema", "x", at: SourceLocation(file: "a.xml", line: 3))
        #expect(noColumn.description == "a.xml:3: error: x [schema]")
    }
}
