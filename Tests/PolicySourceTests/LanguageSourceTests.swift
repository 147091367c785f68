import Foundation
import PolicyModel
import PolicySource
import Testing

/// A policy with a folder per language: the original found, translations attached, and what
/// does not fit reported.
@Suite struct LanguageSourceTests {
    static let fixture = FixturePaths.fixtures.appendingPathComponent("languages")

    /// A copy of the two-language fixture in a fresh folder, with `edit` applied to the Japanese
    /// revision's text; returns the folder (the policy folder is `example-privacy` in it).
    static func editedCopy(_ edit: (String) -> String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-languages-\(UUID())")
        try FileManager.default.copyItem(at: fixture, to: folder)
        let japanese = folder.appendingPathComponent("example-privacy/ja/2024-01-15.xml")
        try edit(try String(contentsOf: japanese, encoding: .utf8)).write(
            to: japanese, atomically: true, encoding: .utf8)
        return folder
    }

    /// The diagnostics of loading `folder`, as printed, with the folder's path taken off.
    static func printed(_ folder: URL) -> [String] {
        SourceLoader.load(paths: [folder.path]).diagnostics.map {
            $0.description.replacingOccurrences(of: folder.path + "/", with: "")
        }
    }

    @Test("the language without 'translates' is the original; the others are its translations")
    func loadsLanguages() throws {
        let loaded = SourceLoader.load(paths: [Self.fixture.path])
        #expect(loaded.diagnostics.isEmpty)
        #expect(loaded.fileCount == 3)
        let history = try #require(loaded.histories.first)
        #expect(loaded.histories.count == 1)
        #expect(history.id == "example-privacy")
        #expect(history.language == "en")
        #expect(history.revisions.map(\.revision.effective.description) == ["2024-01-01", "2024-06-01"])
        let japanese = try #require(history.translations.first)
        #expect(history.translations.count == 1)
        #expect(japanese.language == "ja")
        #expect(japanese.revisions.map(\.revision.translates?.description) == ["2024-01-01"])
    }

    @Test("a translation with a rule of its own is an error at the clause")
    func rulesInTranslation() throws {
        let folder = try Self.editedCopy {
            $0.replacingOccurrences(
                of: #"<p id="sharing-rule">"#, with: #"<p id="sharing-rule"><forbid action="use"/>"#)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            Self.printed(folder) == [
                "example-privacy/ja/2024-01-15.xml:28:5: error: clause 3 ¶1 of a translation carries rules; rules are declared once, in the original ('en'), and apply to every language [translation-rules]"
            ])
    }

    @Test("every language without 'translates' is an original: two are an error")
    func twoOriginals() throws {
        let folder = try Self.editedCopy { $0.replacingOccurrences(of: #" translates="2024-01-01""#, with: "") }
        defer { try? FileManager.default.removeItem(at: folder) }
        let message =
            "policy 'example-privacy' has more than one original language (en, ja); give each revision of a translation translates=\"YYYY-MM-DD\", the original revision it follows [translation-original]"
        #expect(
            Self.printed(folder) == [
                "example-privacy/en/2024-01-01.xml:2:1: error: " + message,
                "example-privacy/ja/2024-01-15.xml:2:1: error: " + message,
            ])
    }

    @Test("'translates' must name a revision of the original")
    func unknownOriginalRevision() throws {
        let folder = try Self.editedCopy { $0.replacingOccurrences(of: "2024-01-01", with: "2023-12-24") }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            Self.printed(folder) == [
                "example-privacy/ja/2024-01-15.xml:2:1: error: revision 2024-01-15 translates 2023-12-24, but the original ('en') has no revision effective that day [translates-unknown]"
            ])
    }

    @Test("a language folder's revisions are in its language")
    func languageFolder() throws {
        let folder = try Self.editedCopy { $0.replacingOccurrences(of: #"xml:lang="ja""#, with: #"xml:lang="zh""#) }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            Self.printed(folder) == [
                "example-privacy/ja/2024-01-15.xml:2:1: error: xml:lang 'zh' differs from its language folder 'ja' [language-folder]"
            ])
    }

    @Test("clause ids the translation lacks, or has that the original does not, are warnings")
    func missingAndExtraClauses() throws {
        let folder = try Self.editedCopy {
            $0.replacingOccurrences(of: #"<item id="usage">"#, with: #"<item id="usage-ja">"#)
                .replacingOccurrences(of: #"<note id="personal-information">"#, with: #"<note id="pi">"#)
                .replacingOccurrences(of: #"<noteref to="personal-information"/>"#, with: #"<noteref to="pi"/>"#)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            Self.printed(folder) == [
                "example-privacy/ja/2024-01-15.xml:2:1: warning: clause 1 (2) ('usage') of the original 2024-01-01 is missing from this translation [translation-missing]",
                "example-privacy/ja/2024-01-15.xml:2:1: warning: note 1 ('personal-information') of the original 2024-01-01 is missing from this translation [translation-missing]",
                "example-privacy/ja/2024-01-15.xml:19:7: warning: clause 1 (2) ('usage-ja') is not in the original 2024-01-01 it translates [translation-extra]",
                "example-privacy/ja/2024-01-15.xml:35:5: warning: note 1 ('pi') is not in the original 2024-01-01 it translates [translation-extra]",
            ])
    }

    @Test("the writer keeps 'translates'")
    func writerKeepsTranslates() throws {
        let path = Self.fixture.appendingPathComponent("example-privacy/ja/2024-01-15.xml").path
        let policy = try #require(PolicyParser.parse(fileAtPath: path).policy)
        let written = PolicyWriter.source(of: policy)
        #expect(written.contains(#"<revision effective="2024-01-15" label="2024年1月" translates="2024-01-01"/>"#))
        #expect(
            PolicyParser.parse(bytes: Array(written.utf8), path: "x.xml").policy?.revision.translates
                == PolicyDate("2024-01-01"))
    }
}
