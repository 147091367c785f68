import PolicyImport
import PolicyModel
import PolicyRender
import Testing

/// Import reads the numbers headings were written with and sets the numbering style, so the
/// editions show the publisher's numbers, once.
@Suite struct HeadingNumberingTests {
    private func imported(_ markdown: String) -> (policy: Policy, warnings: [Diagnostic]) {
        let options = ImportOptions(policyID: "acme", effective: PolicyDate("2024-03-01")!)
        let result = PolicyImporter.importDocument(markdown, format: .markdown, path: "acme.md", options: options)
        return (result.policy, result.diagnostics)
    }

    /// The headings of every section, depth first, as the editions label them.
    private func labels(_ policy: Policy) -> [String] {
        policy.allSections.map { "\($0.label) \($0.heading.plainText())" }
    }

    private func document(_ headings: [String]) -> String {
        "# Acme Agreement\n\nIntro.\n\n" + headings.map { "\($0)\n\nText.\n\n" }.joined()
    }

    @Test("'Clause N:' headings with lettered subsections and an annex keep their numbers")
    func clauses() {
        let (policy, _) = imported(
            document([
                "## Clause 1: Parties", "### A. Who", "### B. Where", "## Clause 2: Scope", "## Clause 4: Law",
                "## Annex I. Details", "## Annex II. Measures",
            ]))
        #expect(
            labels(policy) == [
                "Clause 1: Parties", "A. Who", "B. Where", "Clause 2: Scope", "Clause 4: Law", "Annex I. Details",
                "Annex II. Measures",
            ])
        #expect(policy.numbering.sections[1] == NumberStyle(prefix: "Clause", punctuation: .colon))
        #expect(policy.sections[2].statedNumber == "4")
        #expect(
            policy.sections[3].numberStyle == NumberStyle(format: .upperRoman, prefix: "Annex", punctuation: .period))
    }

    @Test(
        "'3.4', '2.a.' with or without a following space, and '(iv)' give back the same numbers",
        arguments: [
            (
                ["## 1. Scope", "### 1.1 Who", "### 1.2 Where", "## 2. Data", "### 2.a. Names", "### 2.b. Mail"],
                ["1. Scope", "1.1 Who", "1.2 Where", "2. Data", "2.a. Names", "2.b. Mail"]
            ),
            (["## 1. Scope", "### 1.a.Who", "### 1.b.Where"], ["1. Scope", "1.a. Who", "1.b. Where"]),
            (
                ["## 1. Scope", "### (i) Who", "### (ii) Where", "### (iii) When", "### (iv) Why"],
                ["1. Scope", "(i) Who", "(ii) Where", "(iii) When", "(iv) Why"]
            ),
        ])
    func forms(headings: [String], expected: [String]) {
        #expect(labels(imported(document(headings)).policy) == expected)
    }

    @Test("a '2.a.' under a section not numbered 2 is stated as written, with a warning, and shown once")
    func wrongParent() {
        let (policy, warnings) = imported(document(["## 1. Scope", "### 3.1 Target", "## 2. Data"]))
        #expect(labels(policy) == ["1. Scope", "3.1 Target", "2. Data"])
        #expect(warnings.contains { $0.code == "number-stated" && $0.location.line == 9 })
    }

    @Test("a number no style writes ('第3条') is kept as text, with a warning")
    func asText() {
        let (policy, warnings) = imported(document(["## 第1条 目的", "## 第2条 定義"]))
        #expect(policy.allSections.map { $0.heading.plainText() } == ["第1条 目的", "第2条 定義"])
        #expect(warnings.filter { $0.code == "number-as-text" }.map(\.location.line) == [5, 9])
    }

    @Test("the text edition shows each number once")
    func textEdition() throws {
        let (policy, _) = imported(document(["## A. Definitions", "### 1. Account", "## B. Terms"]))
        let text = try PolicyRenderer().render(policy, as: .text)
        #expect(text.contains("\nA. Definitions\n"))
        #expect(text.contains("\n1. Account\n"))
        #expect(text.contains("\nB. Terms\n"))
    }

    @Test("headings without numbers declare nothing: the built-in numbering stays")
    func unnumbered() {
        let policy = imported(document(["## Scope", "### Who", "## Data"])).policy
        #expect(policy.numbering.isEmpty)
        #expect(!policy.declaresNumbering)
    }

    @Test("a number kept as text ('第3条') shows no computed number beside it")
    func asTextShownOnce() throws {
        let (policy, _) = imported(document(["## 第1条 目的", "## 第2条 定義"]))
        #expect(policy.allSections.map(\.isUnnumbered) == [true, true])
        #expect(policy.allSections.map(\.number) == ["§1", "§2"])
        let text = try PolicyRenderer().render(policy, as: .text)
        #expect(text == Self.asTextEdition)
    }

    @Test("a heading the original did not number shows none, and takes no number from the sequence")
    func unnumberedAmongNumbered() throws {
        let (policy, _) = imported(
            document(["## Summary", "## A. Definitions", "### Account", "## B. Terms", "## Note", "## C. Law"]))
        #expect(labels(policy) == [" Summary", "A. Definitions", " Account", "B. Terms", " Note", "C. Law"])
        #expect(policy.allSections.map(\.number) == ["§1", "A", "A §1", "B", "§4", "C"])
        #expect(policy.allSections.allSatisfy { $0.statedNumber == nil })
        let text = try PolicyRenderer().render(policy, as: .text)
        #expect(text == Self.unnumberedEdition)
    }

    // The import reads the document as Japanese, so the edition's words and date are Japanese.
    static let asTextEdition = """
        Acme Agreement
        Acme Agreement
        2024年3月1日施行

        Intro.

        第1条 目的

        Text.

        第2条 定義

        Text.

        """

    static let unnumberedEdition = """
        Acme Agreement
        Acme Agreement
        Effective 1 March 2024

        Intro.

        Summary

        Text.

        A. Definitions

        Text.

        Account

        Text.

        B. Terms

        Text.

        Note

        Text.

        C. Law

        Text.

        """
}
