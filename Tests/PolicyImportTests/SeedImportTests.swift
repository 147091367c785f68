import Foundation
import PolicyImport
import PolicyModel
import PolicySource
import Testing

/// The shipped Fuji Xerox source was transcribed by hand from the seed Markdown; importing the
/// seed must give the same text, word for word.
@Suite struct SeedImportTests {
    static let seed = Paths.shared.appendingPathComponent("seed/fujixerox-privacy-policy-2012.md")
    static let transcription = Paths.packageRoot.appendingPathComponent("policy-src/fujixerox-privacy/2012-12-01.xml")

    /// The seed without its archive banner (the first block quote), which is not policy text.
    static func importedSeed() throws -> ImportResult {
        let text = try String(contentsOf: seed, encoding: .utf8)
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix(">") }.joined(separator: "\n")
        let options = ImportOptions(
            policyID: "fujixerox-privacy", effective: PolicyDate("2012-12-01")!,
            title: "Fuji Xerox Privacy Policy (Handling of Personal Information)", publisher: "Fuji Xerox Co., Ltd.")
        return PolicyImporter.importDocument(body, format: .markdown, path: seed.path, options: options)
    }

    @Test(
        "the imported seed has the transcription's words, structure, closing and notes",
        .enabled(if: FileManager.default.fileExists(atPath: seed.path), "../shared/seed is not beside this clone"))
    func matchesTranscription() throws {
        let result = try Self.importedSeed()
        let written = PolicyWriter.source(of: result.policy)
        let check = PolicyParser.parse(bytes: Array(written.utf8), path: "2012-12-01.xml")
        #expect(check.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let imported = try #require(check.policy)
        let expected = try #require(PolicyParser.parse(fileAtPath: Self.transcription.path).policy)
        #expect(Words.of(imported) == Words.of(expected))
        #expect(imported.allSections.map { $0.heading.plainText() } == expected.allSections.map { $0.heading.plainText() })
        #expect(imported.allSections.map(\.number) == expected.allSections.map(\.number))
        #expect(imported.title == expected.title)
        #expect(imported.notes.map(\.content) == expected.notes.map(\.content))
        #expect(imported.closing.map(role) == expected.closing.map(role))
        #expect(imported.revision.label == "December, 2012")
        #expect(imported.notes.map(\.id) == ["subsidiary", "personal-information", "cookie", "web-beacon", "ip-address", "some-fuji-xerox"])
        let cookies = try #require(imported.allSections.first { $0.number == "7.1" })
        #expect(cookies.heading == expected.allSections.first { $0.number == "7.1" }!.heading.map(renamingNotes(imported, expected)))
        #expect(result.diagnostics.map(\.code) == ["title-replaced", "navigation-dropped"])
    }

    private func role(_ block: Block) -> String {
        if case .paragraph(let paragraph) = block { paragraph.role.rawValue } else { "list" }
    }

    /// Maps the transcription's note ids to the import's, matched by note number.
    private func renamingNotes(_ imported: Policy, _ expected: Policy) -> (Inline) -> Inline {
        let byNumber = Dictionary(uniqueKeysWithValues: imported.notes.map { ($0.number, $0.id) })
        let numbers = expected.noteNumbers
        return { inline in
            if case .noteReference(let id) = inline, let number = numbers[id], let mapped = byNumber[number] {
                return .noteReference(mapped)
            }
            return inline
        }
    }
}
