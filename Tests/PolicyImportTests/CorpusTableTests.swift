import Foundation
import PolicyModel
import Testing

@testable import PolicyRender

/// Every table of the corpus is a table in the imported source and in all four editions, and
/// the text edition's tables stay within 72 columns.
@Suite struct CorpusTableTests {
    @Test(
        "every corpus table is a table in the source and in every edition",
        .enabled(if: !Paths.corpusDocuments.isEmpty, "../shared/corpus is not beside this clone"))
    func tablesKept() throws {
        var total = 0
        for document in ImportFidelityTests.documents {
            let name = "\(document.policy)/\(document.date)"
            let policy = try #require(document.imported, "\(name) did not import")
            #expect(document.tables.kept == document.tables.original, "\(name): tables in the source")
            total += document.tables.original
            let renderer = try PolicyRenderer()
            let html = try renderer.render(policy, as: .html)
            #expect(
                html.components(separatedBy: "<table class=\"policy-table\">").count - 1 == document.tables.original,
                "\(name) html")
            let markdown = try renderer.render(policy, as: .markdown)
            #expect(CorpusTables.count(markdown: markdown) == document.tables.original, "\(name) md")
            let json = try renderer.render(policy, as: .json)
            #expect(
                json.components(separatedBy: "\"type\" : \"table\"").count - 1 == document.tables.original,
                "\(name) json")
            let text = try renderer.render(policy, as: .text)
            // A table whose longest words cannot stand side by side within 72 columns is laid out
            // row by row (`heading: text`), so that no word is cut.
            #expect(
                CorpusTables.gridCount(text: text) + CorpusTables.rowByRowCount(text: text, policy: policy)
                    == document.tables.original, "\(name) txt")
            for line in text.split(separator: "\n") where CorpusTables.isGridLine(line) {
                #expect(TextTable.displayWidth(String(line)) <= 72, "\(name): \(line)")
            }
        }
        #expect(total > 0, "the corpus holds no tables")
    }

    @Test("GFM tables in a Markdown text are counted by their delimiter rows")
    func countsDelimiterRows() {
        #expect(
            CorpusTables.count(
                markdown: "| a | b |\n|:---|---:|\n| c | d |\n\ntext | not\n\n|  |  |\n| ----- | ----- |\n") == 2)
        #expect(CorpusTables.count(markdown: "a\n---\n") == 0)
        #expect(CorpusTables.count(markdown: "<table>\n<tr><td>a</td></tr></table>\n<TABLE class=x></TABLE>") == 2)
    }
}

/// Counts tables in Markdown, in the text edition and in a policy.
enum CorpusTables {
    /// GitHub tables (a delimiter row, `| --- | :-: |`, right after a row with a `|`) and HTML
    /// `<table>` elements.
    static func count(markdown: String) -> Int {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        let pipeTables = zip(lines, lines.dropFirst()).filter { header, delimiter in
            header.contains("|") && isDelimiterRow(delimiter)
        }.count
        let lowered = markdown.lowercased()
        return pipeTables + lowered.components(separatedBy: "<table>").count
            + lowered.components(separatedBy: "<table ").count - 2
    }

    private static func isDelimiterRow(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains("|") || trimmed.contains("-") else { return false }
        let cells = trimmed.split(separator: "|", omittingEmptySubsequences: true).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return trimmed.contains("|") && !cells.isEmpty
            && cells.allSatisfy { cell in
                let dashes = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
                return !dashes.isEmpty && dashes.allSatisfy { $0 == "-" }
            }
    }

    /// Tables in the text edition: grid rules (`+---+`) that follow a line outside a grid.
    static func gridCount(text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var count = 0
        var inGrid = false
        for line in lines {
            let grid = isGridLine(line)
            if grid, !inGrid { count += 1 }
            inGrid = grid
        }
        return count
    }

    /// A line of a text-edition grid: a rule or a row, after any indentation.
    static func isGridLine(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed.hasPrefix("+-") || trimmed.hasPrefix("+=")
            || (trimmed.hasPrefix("| ") && trimmed.hasSuffix(" |"))
    }

    /// The tables of a policy, at any depth.
    /// Tables of `policy` that the text edition lays out row by row: its first row's first cell
    /// starts a line after its heading and a colon.
    static func rowByRowCount(text: String, policy: Policy) -> Int {
        var count = 0
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph: break
                case .list(let list): for item in list.items { visit(item.blocks) }
                case .table(let table):
                    guard let heading = table.header?.first?.plainText(), let cell = table.rows.first?.cells.first?.plainText()
                    else { continue }
                    let start = heading + ": " + (cell.split(separator: " ").first.map(String.init) ?? "")
                    if text.split(separator: "\n").contains(where: { $0.drop { $0 == " " }.hasPrefix(start) }) { count += 1 }
                }
            }
        }
        visit(policy.preamble)
        for section in policy.allSections { visit(section.blocks) }
        visit(policy.closing)
        return count
    }

    static func count(policy: Policy) -> Int {
        func count(_ blocks: [Block]) -> Int {
            blocks.reduce(0) { total, block in
                switch block {
                case .paragraph: total
                case .list(let list): total + list.items.reduce(0) { $0 + count($1.blocks) }
                case .table: total + 1
                }
            }
        }
        return count(policy.preamble) + policy.allSections.reduce(0) { $0 + count($1.blocks) } + count(policy.closing)
    }
}
