import PolicyImport
import PolicyModel
import PolicyRender
import Testing

/// Import reads the numbers written at the start of list items and numbers the list in their
/// style, so the editions show each number once.
@Suite struct ListItemNumberTests {
    private func imported(_ body: String) -> (policy: Policy, warnings: [Diagnostic]) {
        let options = ImportOptions(policyID: "acme", effective: PolicyDate("2024-03-01")!)
        let markdown = "# Acme Policy\n\nIntro.\n\n## Scope\n\n" + body
        let result = PolicyImporter.importDocument(markdown, format: .markdown, path: "acme.md", options: options)
        return (result.policy, result.diagnostics)
    }

    private func firstList(_ policy: Policy) -> List? {
        guard case .list(let list)? = policy.sections.first?.blocks.first else { return nil }
        return list
    }

    @Test(
        "consecutive written numbers set the list's style and leave the items' words",
        arguments: [
            (
                "- (a) Names\n- (b) Mail\n- (c) Phone\n", NumberStyle(format: .lowerAlpha, punctuation: .parentheses),
                ["(a)", "(b)", "(c)"]
            ),
            ("1. i. Names\n2. ii. Mail\n", NumberStyle(format: .lowerRoman, punctuation: .period), ["i.", "ii."]),
            (
                "- c) Names\n- d) Mail\n", NumberStyle(format: .lowerAlpha, punctuation: .parenthesis, start: 3),
                ["c)", "d)"]
            ),
        ])
    func styled(body: String, style: NumberStyle, labels: [String]) throws {
        let (policy, warnings) = imported(body)
        let list = try #require(firstList(policy))
        #expect(list.style == .ordered)
        #expect(list.numberStyle == style)
        #expect(list.items.map(\.label) == labels)
        #expect(list.items.map { $0.content.plainText() }.allSatisfy { ["Names", "Mail", "Phone"].contains($0) })
        #expect(!warnings.contains { $0.code == "number-as-text" })
    }

    @Test("the text edition shows each item's number once")
    func textEdition() throws {
        let (policy, _) = imported("1. (a) Names\n2. (b) Mail\n")
        let text = try PolicyRenderer().render(policy, as: .text)
        #expect(text == Self.edition)
    }

    @Test("numbers that do not count on are kept as text, in a bulleted list, with a warning")
    func asText() throws {
        let (policy, warnings) = imported("1. (a) Names\n2. (c) Mail\n")
        let list = try #require(firstList(policy))
        #expect(list.style == .bulleted)
        #expect(list.items.map { $0.content.plainText() } == ["(a) Names", "(c) Mail"])
        #expect(warnings.filter { $0.code == "number-as-text" }.map(\.location.line) == [7])
    }

    @Test("a list where only some items open with a number is left as it is")
    func partly() throws {
        let (policy, warnings) = imported("- (a) Names\n- Mail\n")
        let list = try #require(firstList(policy))
        #expect(list.style == .bulleted && list.numberStyle == nil)
        #expect(list.items.map { $0.content.plainText() } == ["(a) Names", "Mail"])
        #expect(!warnings.contains { $0.code == "number-as-text" })
    }

    static let edition = """
        Acme Policy
        Acme
        Effective 1 March 2024

        Intro.

        1. Scope

          (a) Names
          (b) Mail

        """
}
