import Foundation
import PolicyDiff
import PolicyModel
import PolicySource
import Testing

@testable import PolicyRender

/// The exact editions, citations and diff of the example sources that declare their numbering
/// (docs/source-format.md shows them): a "Clause N" agreement with annexes, and a policy
/// numbered 1, 1.1, (a).
@Suite struct NumberingGoldenTests {
    static let folder = Paths.fixtures + "/numbering"
    static let cases = ["clause-agreement/2024-05-01", "outline-policy/2024-01-15"]

    /// Parses a fixture, expecting exactly the diagnostics with `codes`: both examples state one
    /// number out of sequence; in the agreement's second revision, the inserted clause brings the
    /// sequence to the stated number.
    static func policy(_ name: String, codes: [String] = ["number-sequence"]) throws -> Policy {
        let result = PolicyParser.parse(fileAtPath: "\(folder)/\(name).xml")
        #expect(result.diagnostics.map(\.code) == codes, "\(result.diagnostics)")
        return try #require(result.policy)
    }

    @Test(arguments: cases, EditionFormat.allCases)
    func editionMatchesGolden(_ name: String, _ format: EditionFormat) throws {
        let rendered = try PolicyRenderer().render(try Self.policy(name), as: format)
        try Golden.check(rendered, against: "\(Self.folder)/\(name).\(format.fileExtension)")
    }

    /// Every clause that has an id with its kind, citation and id; every section's label; then
    /// every citation, with an id or without; one a line.
    @Test(arguments: cases)
    func citationsMatchGolden(_ name: String) throws {
        let policy = try Self.policy(name)
        var lines = policy.clauses.map { "\($0.kind.rawValue)\t\($0.citation)\t\($0.id)" }
        lines += policy.allSections.map { "label\t\($0.label)\t\($0.id)" }
        lines += policy.allCitations.map { "cited\t\($0)" }
        #expect(Set(policy.allCitations).count == policy.allCitations.count, "two clauses are cited alike")
        try Golden.check(lines.joined(separator: "\n") + "\n", against: "\(Self.folder)/\(name).citations.txt")
    }

    @Test func diffCitesClausesInTheDeclaredStyle() throws {
        let old = try Self.policy("clause-agreement/2024-05-01")
        let new = try Self.policy("clause-agreement/2024-09-01", codes: [])
        let changes = ChangeSet(from: old, to: new)
        try Golden.check(changes.text(), against: "\(Self.folder)/clause-agreement/diff.txt")
        try Golden.check(changes.markdown(), against: "\(Self.folder)/clause-agreement/diff.md")
    }

    @Test func statedNumberOutOfSequenceIsWarnedWhereItIsWritten() throws {
        let result = PolicyParser.parse(fileAtPath: "\(Self.folder)/clause-agreement/2024-05-01.xml")
        let warning = try #require(result.diagnostics.first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "section 'sub-processors' is numbered '5' where the sequence gives '4'")
        #expect((warning.location.line, warning.location.column) == (45, 32))
    }

    /// The shipped policy with its numbering declared as the built-in style: the same editions,
    /// but for the labels the JSON edition then carries.
    @Test(arguments: [EditionFormat.text, .markdown, .html])
    func declaringTheBuiltInStyleChangesNothing(_ format: EditionFormat) throws {
        let source = try #require(Paths.read(Paths.example))
        let declared = source.replacingOccurrences(
            of: "\n  <preamble>",
            with: """

                  <numbering>
                    <level of="sections" depth="1" punctuation="period"/>
                    <level of="sections" depth="2"/>
                    <level of="items" depth="1" punctuation="period"/>
                    <level of="items" depth="2" format="lower-alpha" punctuation="parentheses"/>
                  </numbering>

                  <preamble>
                """)
        #expect(declared != source)
        let result = PolicyParser.parse(bytes: Array(declared.utf8), path: "declared.xml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let policy = try #require(result.policy)
        #expect(policy.declaresNumbering)
        let plain = try Golden.policy(Paths.example)
        #expect(try PolicyRenderer().render(policy, as: format) == PolicyRenderer().render(plain, as: format))
    }
}

/// The changelog's plain sentences with numbers in a declared style.
@Suite struct NumberingWordingTests {
    @Test("a number with its own word needs no noun before it; built-in numbers keep theirs")
    func sentences() throws {
        let old = try NumberingGoldenTests.policy("clause-agreement/2024-05-01")
        let new = try NumberingGoldenTests.policy("clause-agreement/2024-09-01", codes: [])
        let sentences = ChangeSet(from: old, to: new).changes.map { ChangeWording.sentence(for: $0) }
        #expect(
            sentences == [
                "Clause 3 was added.", "Clause 3 is now numbered Clause 4, with the same words.",
                "Clause 6 ¶1 was reworded.",
            ])
        #expect(ChangeWording.namesItself("Annex I.A"))
        for builtIn in ["7.1", "4 (5)", "Preamble ¶1", "Closing ¶2", "A", "(a)"] {
            #expect(!ChangeWording.namesItself(builtIn))
        }
    }
}
