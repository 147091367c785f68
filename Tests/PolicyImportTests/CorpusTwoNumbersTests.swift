import Foundation
import PolicyModel
import Testing

/// No heading of a corpus text edition shows two numbers: a computed one and one kept in its words.
@Suite struct CorpusTwoNumbersTests {
    /// True when `heading`'s words open with a number of their own ("3.1 Scope", "A. Terms", "第3条").
    static func opensWithNumber(_ heading: String) -> Bool {
        NumberedHeading(heading) != nil || heading.range(of: #"^\s*第\s*\d+\s*条"#, options: .regularExpression) != nil
    }

    @Test(
        "a heading that keeps a number in its words shows no computed number",
        arguments: [
            ("", "第3条 目的", false), ("3.", "第3条 目的", true), ("A.", "1.2 Scope", true), ("", "1.2 Scope", false),
            ("1.", "Scope", false),
        ])
    func detects(label: String, heading: String, twice: Bool) {
        #expect((!label.isEmpty && Self.opensWithNumber(heading)) == twice)
    }

    @Test(
        "no heading of any corpus text edition shows two numbers",
        .enabled(if: !Paths.corpusDocuments.isEmpty, "../shared/corpus is not beside this clone"))
    func corpus() throws {
        var headings = 0
        for document in ImportFidelityTests.documents {
            let policy = try #require(document.imported, "\(document.policy)/\(document.date)")
            let twice = policy.allSections.filter { !$0.label.isEmpty && Self.opensWithNumber($0.heading.plainText()) }
            headings += policy.allSections.count
            #expect(
                twice.isEmpty,
                "\(document.policy)/\(document.date): \(twice.prefix(5).map { "\($0.label) \($0.heading.plainText())" })"
            )
        }
        #expect(headings > 100)
    }
}
