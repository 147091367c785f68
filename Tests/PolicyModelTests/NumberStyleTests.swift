import PolicyModel
import Testing

/// Numbering styles: how values are written and read back, and how sections and items are
/// numbered, labelled and cited in a declared style.
@Suite struct NumberStyleTests {
    static let here = SourceLocation(file: "t.xml", line: 1)

    static func section(
        _ id: String, _ subsections: [Section] = [], blocks: [Block] = [], style: NumberStyle? = nil, stated: String? = nil
    ) -> Section {
        Section(
            id: ClauseID(id), heading: [.text(id)], blocks: blocks.isEmpty && subsections.isEmpty ? [Self.paragraph] : blocks,
            subsections: subsections, location: here, numberStyle: style, statedNumber: stated)
    }

    static let paragraph = Block.paragraph(Paragraph(content: [.text("text")], location: here))

    static func policy(_ sections: [Section], numbering: Numbering = Numbering()) -> Policy {
        Policy(
            id: "p", language: "en", title: [.text("T")], publisher: [.text("P")],
            revision: Revision(effective: PolicyDate("2020-01-01")!), numbering: numbering, sections: sections,
            location: here)
    }

    @Test(
        "values are written in each format and read back",
        arguments: [
            (NumberStyle.Format.decimal, 12, "12"), (.lowerAlpha, 28, "ab"), (.upperAlpha, 1, "A"),
            (.lowerRoman, 14, "xiv"), (.upperRoman, 1999, "MCMXCIX"),
        ])
    func formats(format: NumberStyle.Format, value: Int, text: String) {
        let style = NumberStyle(format: format)
        #expect(style.formatted(value) == text)
        #expect(style.value(of: text) == value)
    }

    @Test(
        "what is not a number of the format reads as nil",
        arguments: [
            (NumberStyle.Format.decimal, "4a"), (.decimal, ""), (.decimal, "-1"), (.lowerAlpha, "A"), (.upperAlpha, "a1"),
            (.lowerRoman, "iiii"), (.lowerRoman, "vx"), (.upperRoman, "iv"), (.lowerAlpha, "zzzzzzzzzzzzz"),
        ])
    func notNumbers(format: NumberStyle.Format, text: String) {
        #expect(NumberStyle(format: format).value(of: text) == nil)
    }

    @Test("labels carry the prefix and the punctuation")
    func labels() {
        #expect(NumberStyle(prefix: "Clause", punctuation: .colon).label("3") == "Clause 3:")
        #expect(NumberStyle(punctuation: .parentheses).label("iv") == "(iv)")
        #expect(NumberStyle(punctuation: .parenthesis).label("a") == "a)")
        #expect(NumberStyle(punctuation: .period).label("2.a") == "2.a.")
        #expect(NumberStyle().label("3.4") == "3.4")
    }

    @Test("without a declaration, sections read 1. and 7.1 as they always have")
    func builtIn() {
        let policy = Self.policy([Self.section("a"), Self.section("b", [Self.section("c", [Self.section("d")])])])
        #expect(policy.allSections.map(\.label) == ["1.", "2.", "2.1", "2.1.1"])
        #expect(policy.allSections.map(\.number) == ["1", "2", "2.1", "2.1.1"])
        #expect(policy.allSections.map(\.ownNumber) == ["1", "2", "1", "1"])
        #expect(!policy.declaresNumbering)
    }

    @Test("a sub-level that stands alone shows its own number and is cited under its parent's")
    func standAlone() {
        let numbering = Numbering(sections: [
            1: NumberStyle(prefix: "Article", start: 3),
            2: NumberStyle(punctuation: .period),
            3: NumberStyle(format: .lowerAlpha, punctuation: .parentheses),
            4: NumberStyle(format: .upperRoman, prefix: "Part"),
        ])
        let deep = Self.section("d", [Self.section("e")])
        let policy = Self.policy([Self.section("a"), Self.section("b", [Self.section("c", [deep])])], numbering: numbering)
        #expect(policy.allSections.map(\.label) == ["Article 3", "Article 4", "1.", "(a)", "Part I"])
        #expect(policy.allSections.map(\.number) == ["Article 3", "Article 4", "Article 4.1", "Article 4.1 (a)", "Article 4.1 (a), Part I"])
        #expect(policy.declaresNumbering)
    }

    @Test("a sub-level that repeats its parent's number repeats it without the prefix")
    func repeatsParent() {
        let numbering = Numbering(sections: [
            1: NumberStyle(prefix: "Clause"), 2: NumberStyle(format: .lowerAlpha, punctuation: .period, repeatsParent: true),
        ])
        let policy = Self.policy([Self.section("a", [Self.section("b"), Self.section("c")])], numbering: numbering)
        #expect(policy.allSections.map(\.label) == ["Clause 1", "1.a.", "1.b."])
        #expect(policy.allSections.map(\.number) == ["Clause 1", "1.a", "1.b"])
        #expect(policy.allSections.map(\.numeral) == ["1", "1.a", "1.b"])
    }

    @Test("a section's own style numbers it and its following siblings, counting again")
    func restyledSiblings() {
        let annex = NumberStyle(format: .upperAlpha, prefix: "Annex", punctuation: .period)
        let policy = Self.policy([
            Self.section("one"), Self.section("two"), Self.section("annex-a", style: annex), Self.section("annex-b"),
        ])
        #expect(policy.sections.map(\.label) == ["1.", "2.", "Annex A.", "Annex B."])
        #expect(policy.sections.map(\.number) == ["1", "2", "Annex A", "Annex B"])
    }

    @Test("a stated number replaces the positional one and the count goes on from it")
    func statedNumbers() {
        let policy = Self.policy([
            Self.section("one"), Self.section("four", stated: "4"), Self.section("five"), Self.section("odd", stated: "5bis"),
            Self.section("six"),
        ])
        #expect(policy.sections.map(\.number) == ["1", "4", "5", "5bis", "7"])
        #expect(policy.sections.map(\.positionalNumber) == ["1", "2", "5", "6", "7"])
    }

    @Test("items take their depth's style, a list's own style, and stated numbers")
    func items() {
        func item(_ id: String, stated: String? = nil, _ blocks: [Block] = []) -> Item {
            Item(id: ClauseID(id), content: [.text(id)], blocks: blocks, location: Self.here, statedNumber: stated)
        }
        let inner = List(style: .ordered, items: [item("x"), item("y")], location: Self.here)
        let outer = List(
            style: .ordered, items: [item("a"), item("b", stated: "d", [.list(inner)]), item("c")], location: Self.here)
        let own = List(
            style: .ordered, items: [item("p"), item("q")], location: Self.here,
            numberStyle: NumberStyle(format: .upperRoman, punctuation: .parenthesis, start: 4))
        let numbering = Numbering(items: [
            1: NumberStyle(format: .lowerAlpha, punctuation: .parentheses),
            2: NumberStyle(punctuation: .period, repeatsParent: true),
        ])
        let policy = Self.policy([Self.section("s", blocks: [.list(outer), Self.paragraph, .list(own)])], numbering: numbering)
        guard case .list(let first) = policy.sections[0].blocks[0], case .list(let second) = policy.sections[0].blocks[2],
            case .list(let nested) = first.items[1].blocks[0]
        else {
            Issue.record("the lists moved")
            return
        }
        #expect(first.items.map(\.label) == ["(a)", "(d)", "(e)"])
        #expect(first.items.map(\.positionalMarker) == ["a", "b", "e"])
        #expect(nested.items.map(\.label) == ["d.1.", "d.2."])
        #expect(nested.items.map(\.citation) == ["1 (d)(1)", "1 (d)(2)"])
        #expect(second.items.map(\.label) == ["IV)", "V)"])
        #expect(policy.citations["q"] == "1 ¶1 (V)")
    }
}
