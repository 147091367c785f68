import Foundation
import PolicyImport
import PolicyModel
import PolicySource
import Testing

/// Markdown built to crash or stall a parser: deep nesting, unclosed brackets, wide tables. Each
/// imports, quickly and without crashing, to a policy that passes the check. The inputs are also
/// kept in `Fixtures/hostile/` as seeds for fuzzing.
@Suite struct HostileMarkdownTests {
    static let folder = Paths.fixtures.appendingPathComponent("hostile")
    static let fixtures: [String] = {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }
            .sorted()
    }()

    /// Imports the text, checks the written source, and returns the result and the seconds taken.
    static func importChecked(_ text: String, name: String) -> (ImportResult, Duration) {
        let options = ImportOptions(policyID: "hostile", effective: PolicyDate("2024-03-01")!)
        let started = ContinuousClock.now
        let result = PolicyImporter.importDocument(text, format: .markdown, path: name, options: options)
        let elapsed = ContinuousClock.now - started
        let source = PolicyWriter.source(of: result.policy)
        let check = PolicyParser.parse(bytes: Array(source.utf8), path: "2024-03-01.xml")
        #expect(check.diagnostics.filter { $0.severity == .error }.map(\.description) == [], "\(name)")
        #expect(!result.policy.sections.isEmpty, "\(name)")
        return (result, elapsed)
    }

    @Test("every hostile fixture imports within 5 seconds to a policy that passes the check", arguments: fixtures)
    func fixture(name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let (_, elapsed) = Self.importChecked(text, name: name)
        #expect(elapsed < .seconds(5), "\(name) took \(elapsed)")
    }

    static let deep: [String: String] = [
        "10,000 block quotes": String(repeating: ">", count: 10_000) + " deep",
        "10,000 list markers on one line": String(repeating: "- ", count: 10_000) + "deep",
        "1,000 indented list markers": (0..<1_000).map { String(repeating: "  ", count: $0) + "- deep" }.joined(
            separator: "\n"),
        "5,000 nested * emphases": String(repeating: "*a ", count: 5_000) + "deep"
            + String(repeating: " a*", count: 5_000),
        "5,000 nested _ emphases": String(repeating: "_a ", count: 5_000) + "deep"
            + String(repeating: " a_", count: 5_000),
        "5,000 nested inline HTML tags": String(repeating: "<b>", count: 5_000) + "deep"
            + String(repeating: "</b>", count: 5_000),
    ]

    @Test("deep nesting is flattened while walking, with a warning naming its line", arguments: deep.keys.sorted())
    func deepNesting(name: String) {
        let (result, elapsed) = Self.importChecked("# Title\n\n## Section\n\n" + Self.deep[name]! + "\n", name: name)
        #expect(elapsed < .seconds(5), "\(name) took \(elapsed)")
        let flattened = result.diagnostics.filter { $0.code == "nesting-flattened" }
        #expect(!flattened.isEmpty, "\(name)")
        #expect(flattened.allSatisfy { $0.location.line >= 5 }, "\(name)")
        #expect(Words.of(result.policy).contains("deep"), "\(name)")
    }

    static let wide: [String: String] = [
        "40 KB of [a](": String(repeating: "[a](", count: 10_000),
        "100 KB of [": String(repeating: "[", count: 100_000),
        "20,000 nested brackets": String(repeating: "[", count: 20_000) + "a" + String(repeating: "]", count: 20_000)
            + "(b)",
        "20,000 unclosed images": String(repeating: "![[]()", count: 20_000),
        "rows of 20,000 cells": "a|b\n-|-\n"
            + Array(repeating: String(repeating: "|", count: 20_000), count: 20).joined(separator: "\n"),
    ]

    @Test("unclosed links, brackets and images and wide tables are read in linear time", arguments: wide.keys.sorted())
    func brackets(name: String) {
        let (_, elapsed) = Self.importChecked(
            "# Title\n\n## Section\n\nText.\n\n" + Self.wide[name]! + "\n", name: name)
        #expect(elapsed < .seconds(5), "\(name) took \(elapsed)")
    }

    @Test("text indented four spaces under a list is read as Markdown, not kept as code")
    func indentedText() {
        let markdown =
            "# Title\n\n## Section\n\n  1. **Item**\n\n    Text with a [link](https://example.com):\n     - one\n     - two\n"
        let (result, _) = Self.importChecked(markdown, name: "indented.md")
        let source = PolicyWriter.source(of: result.policy)
        #expect(source.contains("<a href=\"https://example.com\">link</a>"))
        #expect(!source.contains("- one"))
    }

    @Test("a footnote nothing refers to is kept as a note")
    func unreferencedFootnote() {
        let markdown = "# Title\n\n## Section\n\nText[^used].\n\n[^used]: Used note.\n\n[^spare]: Spare note.\n"
        let (result, _) = Self.importChecked(markdown, name: "notes.md")
        #expect(result.policy.notes.map { $0.content.plainText() } == ["Used note.", "Spare note."])
    }
}
