import Foundation
import Testing

/// `check` and `translations` on a policy in two languages, and the Mozilla Firefox notice
/// imported in English and Japanese as one policy.
@Suite struct TranslationCommandTests {
    static let languages = CodicilBinary.packageRoot.appendingPathComponent(
        "Tests/PolicySourceTests/Fixtures/languages")
    static let corpus = CodicilBinary.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    static let english = corpus.appendingPathComponent("mozilla-firefox-privacy-notice-en")
    static let japanese = corpus.appendingPathComponent("mozilla-firefox-privacy-notice-ja")
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: japanese.path) }

    @Test("check warns of every clause of the original changed after the revision a translation follows")
    func checkReportsStaleness() throws {
        let run = try CodicilBinary.run(["check", "example-privacy"], in: Self.languages)
        #expect(run.status == 0)
        let after =
            "after 2024-01-01, the revision this translation follows (the 'en' original's latest is 2024-06-01) [translation-stale]"
        #expect(
            run.standardOutput == """
                example-privacy/ja/2024-01-15.xml:2:1: warning: the original's section 4 ('retention') was added \(after)
                example-privacy/ja/2024-01-15.xml:28:5: warning: the original's paragraph 3 ¶1 ('sharing-rule') changed \(after)

                """)
        #expect(run.standardError == "checked 3 files: 0 errors, 2 warnings\n")
    }

    @Test("build counts a policy's languages and every language's revisions")
    func buildSummary() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-languages-site-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CodicilBinary.run(
            ["build", "--source", Self.languages.path, "--output", folder.path, "--as-of", "2024-07-01"])
        #expect(run.status == 0)
        #expect(
            run.standardOutput.hasSuffix(
                "built \(folder.path)/ as of 2024-07-01: 1 policy in 2 languages, 3 revisions, 32 files (32 changed)\n")
        )
    }

    @Test("translations prints each language's latest revision, the original it follows and the clauses behind")
    func translationsTable() throws {
        let run = try CodicilBinary.run(["translations", "."], in: Self.languages)
        #expect(run.status == 0)
        #expect(
            run.standardOutput == """
                policy           language  latest      follows     behind
                example-privacy  en        2024-06-01  (original)
                example-privacy  ja        2024-01-15  2024-01-01  2

                """)
        let json = try CodicilBinary.run(["translations", ".", "--format", "json"], in: Self.languages)
        #expect(json.standardOutput.contains(#""follows" : "2024-01-01""#))
    }

    @Test(
        "rules check on a translation decides by the original's rules and cites the clause in the translation's words")
    func rulesCiteTheTranslation() throws {
        let run = try CodicilBinary.run(
            ["rules", "check", "2024-01-15.xml", "--action", "use", "--purpose", "support", "--fact", "consent"],
            in: Self.languages.appendingPathComponent("example-privacy/ja"))
        #expect(run.status == 0)
        #expect(
            run.standardOutput == """
                permit
                  2 ¶1 [use-support] 当社は、ご本人の同意を得たうえで、お問い合わせに回答するために連絡先を利用します。詳しくはよくあるご質問をご覧ください。

                """)
        let english = try CodicilBinary.run(
            ["rules", "check", "en/2024-01-01.xml", "--action", "use", "--purpose", "support"],
            in: Self.languages.appendingPathComponent("example-privacy"))
        #expect(english.status == 1)
        #expect(english.standardOutput == "deny\n")
    }

    @Test("a translation's folder checks alone, and '.' and '..' are named as the folders they are")
    func relativeFolders() throws {
        let japanese = Self.languages.appendingPathComponent("example-privacy/ja")
        let alone = try CodicilBinary.run(["check", "."], in: japanese)
        #expect(alone.status == 0)
        #expect(alone.standardError == "checked 1 file: 0 errors, 0 warnings\n")
        let policy = try CodicilBinary.run(["check", ".."], in: japanese)
        #expect(policy.status == 0)
        #expect(policy.standardError == "checked 3 files: 0 errors, 2 warnings\n")
    }

    @Test(
        "import-history --translation-of gives a translation the original's ids by structure, its own section its own id"
    )
    func importTranslation() throws {
        let fixture = CodicilBinary.packageRoot.appendingPathComponent("Tests/CodicilCLITests/Fixtures/translation")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-translation-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = try CodicilBinary.run(
            ["import-history", fixture.path + "/en", "--policy", "example", "--output", "src", "--language-folder"],
            in: folder)
        #expect(english.standardError.hasSuffix("imported 1 revision into src/example/en\n"))
        let japanese = try CodicilBinary.run(
            [
                "import-history", fixture.path + "/ja", "--policy", "example", "--output", "src", "--translation-of",
                "src/example/en",
            ],
            in: folder)
        #expect(japanese.status == 0)
        #expect(japanese.standardError.hasSuffix("imported 1 revision into src/example/ja\n"))
        let source = try String(
            contentsOf: folder.appendingPathComponent("src/example/ja/2024-02-01.xml"), encoding: .utf8)
        let ids = source.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(
            ids == [
                "example", "collect", "collect-name-e-mail", "collect-use-app", "use-it", "provide-service",
                "improve-service",
                "section-3", "rights",
            ])
        #expect(source.contains(#"<revision effective="2024-02-01" translates="2024-01-01"/>"#))
        let check = try CodicilBinary.run(["check", "src"], in: folder)
        #expect(
            check.standardOutput
                == "src/example/ja/2024-02-01.xml:34:3: warning: clause 3 ('section-3') is not in the original 2024-01-01 it translates [translation-extra]\n"
        )
        let early = try CodicilBinary.run(
            [
                "import-history", fixture.path + "/en", "--policy", "example", "--output", "other", "--translation-of",
                "src/example/ja",
            ],
            in: folder)
        #expect(early.status == 1)
        #expect(
            early.standardError.contains(
                "error: the original has no revision effective on or before 2024-01-01 to translate [translates-unknown]"
            ))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("other").path))
    }

    /// Imports the Mozilla notice: English into `moz/en`, Japanese (only up to `lastJapanese`)
    /// into `moz/ja` as its translation; returns the scratch folder.
    static func importMozilla(lastJapanese: String? = nil) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-mozilla-\(UUID())")
        let versions = folder.appendingPathComponent("ja-versions")
        try FileManager.default.createDirectory(at: versions, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.japanese.path)
        where name.hasSuffix(".md") && name <= (lastJapanese ?? "9999") + ".md" {
            try FileManager.default.copyItem(
                at: Self.japanese.appendingPathComponent(name), to: versions.appendingPathComponent(name))
        }
        let src = folder.appendingPathComponent("src").path
        let original = try CodicilBinary.run(
            ["import-history", Self.english.path, "--policy", "moz", "--output", src, "--language-folder"], in: folder)
        #expect(original.status == 0, "\(original.standardError)")
        let translation = try CodicilBinary.run(
            ["import-history", versions.path, "--policy", "moz", "--output", src, "--translation-of", src + "/moz/en"],
            in: folder)
        #expect(translation.status == 0, "\(translation.standardError)")
        return folder
    }

    @Test(
        "the Mozilla en/ja pair imports as one policy sharing clause ids, and check reports the Japanese staleness clause by clause",
        .enabled(if: hasCorpus, "../shared/corpus is not beside this clone"))
    func mozillaPair() throws {
        let folder = try Self.importMozilla(lastJapanese: "2025-12-17")
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = try String(
            contentsOf: folder.appendingPathComponent("src/moz/en/2025-12-17.xml"), encoding: .utf8)
        let japanese = try String(
            contentsOf: folder.appendingPathComponent("src/moz/ja/2025-12-17.xml"), encoding: .utf8)
        #expect(japanese.contains(#"<revision effective="2025-12-17" translates="2025-12-17"/>"#))
        let sections = { (text: String) in
            Set(text.components(separatedBy: "<section id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        }
        // The Japanese headings share no words with the English, yet every section takes its id.
        #expect(sections(english).count == 27)
        #expect(sections(japanese) == sections(english))

        let run = try CodicilBinary.run(["check", "src"], in: folder)
        #expect(run.status == 0)
        let stale = run.standardOutput.split(separator: "\n").filter { $0.hasSuffix("[translation-stale]") }
        let after =
            "after 2025-12-17, the revision this translation follows (the 'en' original's latest is 2026-04-28) [translation-stale]"
        #expect(stale.count == 18)
        #expect(
            stale.contains(
                "src/moz/ja/2025-12-17.xml:2:1: warning: the original's section 2.3 ('provide-firefox-vpn') was added \(after)"
            ))
        #expect(
            stale.contains {
                $0.hasPrefix("src/moz/ja/2025-12-17.xml:")
                    && $0.hasSuffix(
                        ": warning: the original's section 2.6 ('provide-mozilla-accounts') changed \(after)")
            })
        let table = try CodicilBinary.run(["translations", "src"], in: folder)
        #expect(table.standardOutput.hasSuffix("moz     ja        2025-12-17  2025-12-17  \(stale.count)\n"))
    }

    @Test(
        "no line of the text edition of a Japanese Mozilla revision passes 72 display columns",
        .enabled(if: hasCorpus, "../shared/corpus is not beside this clone"))
    func japaneseTextWidth() throws {
        let folder = try Self.importMozilla()
        defer { try? FileManager.default.removeItem(at: folder) }
        let revisions = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("src/moz/ja").path)
        #expect(revisions.count == 5)
        for name in revisions {
            let run = try CodicilBinary.run(["render", "src/moz/ja/" + name, "--format", "txt"], in: folder)
            #expect(run.status == 0)
            let widest = run.standardOutput.split(separator: "\n").map(Self.displayWidth).max() ?? 0
            #expect(widest <= 72, "\(name)")
            #expect(widest >= 70, "\(name): lines are filled, not cut short")
        }
    }

    /// Columns a terminal gives the line: two for a wide East Asian character (as Python's
    /// `unicodedata.east_asian_width` says W or F for the ranges the corpus uses).
    static func displayWidth(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3,
                0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
                return width + 2
            default:
                return width + (scalar.properties.generalCategory == .nonspacingMark ? 0 : 1)
            }
        }
    }
}
