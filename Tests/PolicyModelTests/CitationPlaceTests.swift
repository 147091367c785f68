import PolicyModel
import Testing

@Suite("Citations name the list when a section holds several")
struct CitationPlaceTests {
    static let here = SourceLocation(file: "t.xml", line: 1)

    static func paragraph(_ text: String) -> Block { .paragraph(Paragraph(content: [.text(text)], location: here)) }

    static func list(_ style: List.Style, _ items: [String]) -> Block {
        .list(List(style: style, items: items.map { Item(content: [.text($0)], location: here) }, location: here))
    }

    static func citations(_ blocks: [Block]) -> [String] {
        let section = Section(id: "s", heading: [.text("S")], blocks: blocks, location: here)
        let policy = Policy(
            id: "p", language: "en", title: [.text("T")], publisher: [.text("P")],
            revision: Revision(effective: PolicyDate("2020-01-01")!), sections: [section], location: here)
        return policy.allCitations
    }

    @Test("One list keeps its short citations")
    func oneList() {
        let blocks = [Self.paragraph("We collect:"), Self.list(.bulleted, ["a", "b"]), Self.paragraph("And more.")]
        #expect(Self.citations(blocks) == ["1", "1 ¶1", "1 (bullet 1)", "1 (bullet 2)", "1 ¶2"])
    }

    @Test("Several lists are cited by the paragraph they follow; paragraphs keep their numbers")
    func severalLists() {
        let blocks = [
            Self.list(.bulleted, ["a"]), Self.paragraph("We collect:"), Self.list(.bulleted, ["b", "c"]),
            Self.paragraph("We share:"), Self.list(.ordered, ["d"]), Self.list(.bulleted, ["e"]),
        ]
        #expect(
            Self.citations(blocks) == [
                "1", "1 (bullet 1)", "1 ¶1", "1 ¶1 (bullet 1)", "1 ¶1 (bullet 2)", "1 ¶2", "1 ¶2 list 1 (1)",
                "1 ¶2 list 2 (bullet 1)",
            ])
    }

    @Test("Two lists before any paragraph are numbered as lists")
    func listsFirst() {
        let blocks = [Self.list(.bulleted, ["a"]), Self.list(.bulleted, ["b"]), Self.paragraph("Then.")]
        #expect(Self.citations(blocks) == ["1", "1 list 1 (bullet 1)", "1 list 2 (bullet 1)", "1 ¶1"])
    }

    @Test("Lists nested in an item are placed the same way under the item's citation")
    func nested() {
        let inner: [Block] = [Self.paragraph("x"), Self.list(.bulleted, ["y"]), Self.paragraph("z"), Self.list(.bulleted, ["w"])]
        let outer = Block.list(
            List(style: .ordered, items: [Item(content: [.text("o")], blocks: inner, location: Self.here)], location: Self.here))
        #expect(
            Self.citations([outer]) == ["1", "1 (1)", "1 (1) ¶1", "1 (1) ¶1 (bullet 1)", "1 (1) ¶2", "1 (1) ¶2 (bullet 1)"])
    }
}
