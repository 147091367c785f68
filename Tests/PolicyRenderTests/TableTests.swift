import Foundation
import PolicyDiff
import PolicyModel
import PolicyRules
import Testing

@testable import PolicyRender

/// A small policy with two tables, in every edition and in every redline format.
@Suite struct TableTests {
    static let folder = Paths.fixtures + "/table"

    static func changes() throws -> ChangeSet {
        ChangeSet(
            from: try Golden.policy(folder + "/2020-01-01.xml"), to: try Golden.policy(folder + "/2021-01-01.xml"))
    }

    @Test(arguments: EditionFormat.allCases)
    func editionMatchesGolden(_ format: EditionFormat) throws {
        let policy = try Golden.policy(Self.folder + "/2020-01-01.xml")
        let rendered = try PolicyRenderer().render(policy, as: format)
        try Golden.check(rendered, against: Self.folder + "/policy.\(format.fileExtension)")
    }

    @Test func redlinesMatchGoldens() throws {
        let changes = try Self.changes()
        try Golden.check(changes.text(), against: Self.folder + "/redline.txt")
        try Golden.check(changes.markdown(), against: Self.folder + "/redline.md")
        try Golden.check(changes.html(), against: Self.folder + "/redline.html")
        try Golden.check(
            ChangeAssessment(changes: changes, materiality: nil).jsonDocument(), against: Self.folder + "/redline.json")
    }

    @Test func everyTableViewPropertyIsReachable() throws {
        let policy = try Golden.policy(Self.folder + "/2020-01-01.xml")
        let view = DocumentView.html(policy, page: .standalone(style: ""))
        let table = try #require(view.sections[0].blocks.last)
        #expect(table.isTable && table.hasCaption && table.hasHeader)
        #expect(table.rows.map(\.citation) == ["1 (row 1)", "1 (row 2)", "1 (row 3)"])
        #expect(table.rows[1].cells.map(\.label) == ["Purpose", "Description"])
        for (name, value) in Mirror(reflecting: table).children.map({ ($0.label!, $0.value) }) {
            #expect(table.child(named: name) != nil, "BlockView.\(name) is not found by templates")
            _ = value
        }
        for name in Mirror(reflecting: table.rows[0]).children.compactMap(\.label) {
            #expect(table.rows[0].child(named: name) != nil, "RowView.\(name) is not found by templates")
        }
        for name in Mirror(reflecting: table.header[0]).children.compactMap(\.label) {
            #expect(table.header[0].child(named: name) != nil, "CellView.\(name) is not found by templates")
        }
    }

    @Test func markdownCellsEscapePipesAndLineBreaks() {
        #expect(MarkdownEscaping.cell("a \\| b") == "a \\| b")
        #expect(MarkdownEscaping.cell("[x](https://e.com/a|b)") == "[x](https://e.com/a\\|b)")
        #expect(MarkdownEscaping.cell("one\\\n\\- two") == "one<br>\\- two")
        #expect(MarkdownEscaping.cell("back\\\\\\\nslash") == "back\\\\<br>slash")
    }

    @Test func textTablesFitTheirWidth() {
        let long = String(repeating: "word ", count: 80)
        let cjk = String(repeating: "個人データ", count: 30)
        let text = TextTable.layOut(caption: nil, header: ["A", "B", "C"], rows: [[long, cjk, "x"]], indent: "   ")
        for line in text.split(separator: "\n") {
            #expect(TextTable.displayWidth(String(line)) <= 72, "too wide: \(line)")
        }
        #expect(text.contains("| 個人データ"))
    }

    @Test func tooManyColumnsAreLaidOutRowByRow() {
        let header = (1...12).map { "Heading \($0)" }
        let text = TextTable.layOut(caption: nil, header: header, rows: [header.map { "value of \($0)" }])
        #expect(text.hasPrefix("Heading 1: value of Heading 1\nHeading 2: value of Heading 2\n"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 72 })
    }

    @Test func columnWidthsShareTheBudget() {
        #expect(TextTable.fit([10, 20], budget: 40) == [10, 20])
        #expect(TextTable.fit([10, 100], budget: 40) == [10, 30])
        #expect(TextTable.fit([100, 100, 5], budget: 40) == [18, 17, 5])
        #expect(TextTable.fit([100, 100, 100, 100, 100, 100, 100], budget: 40) == nil)
        // A long word keeps its column wide enough; words that cannot all fit side by side lay
        // the table out row by row rather than cut a word.
        #expect(TextTable.fit([100, 100], words: [15, 4], budget: 30) == [15, 15])
        #expect(TextTable.fit([100, 100, 100], words: [15, 4, 4], budget: 40) == [16, 12, 12])
        #expect(TextTable.fit([100, 100, 100], words: [20, 20, 20], budget: 40) == nil)
    }
}
