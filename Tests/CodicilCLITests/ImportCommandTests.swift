import Foundation
import Testing

/// `codicil import` and `codicil import-history` run as a user runs them.
@Suite struct ImportCommandTests {
    static let fixtures = CodicilBinary.packageRoot.appendingPathComponent("Tests/PolicyImportTests/Fixtures")

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("import writes a source that checks, and warnings go to standard error")
    func importWrites() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("notes/2012-12-01.xml")
        let run = try CodicilBinary.run([
            "import", Self.fixtures.appendingPathComponent("notes.md").path, "--policy", "notes", "--effective",
            "2012-12-01",
            "-o", output.path,
        ])
        #expect(run.status == 0)
        #expect(run.standardError.contains("[navigation-dropped]"))
        let check = try CodicilBinary.run(["check", folder.path])
        #expect(check.status == 0, "\(check.standardOutput)")
    }

    @Test("a bad date writes nothing and exits non-zero")
    func badDate() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("out.xml")
        let run = try CodicilBinary.run([
            "import", Self.fixtures.appendingPathComponent("notes.md").path, "--policy", "notes", "--effective",
            "2012-02-30",
            "-o", output.path,
        ])
        #expect(run.status != 0)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test("import-history imports dated versions oldest first, ids aligned")
    func history() throws {
        let input = try temporaryFolder()
        let first = "# Policy\n\nIntro.\n\n## Cookies\n\nWe use cookies.\n\n## Contact\n\nWrite to us.\n"
        let second = "# Policy\n\nIntro.\n\n## Our use of cookies\n\nWe use cookies.\n\n## Contact\n\nWrite to us.\n"
        try first.write(to: input.appendingPathComponent("2020-01-01.md"), atomically: true, encoding: .utf8)
        try second.write(to: input.appendingPathComponent("2021-01-01.md"), atomically: true, encoding: .utf8)
        let output = try temporaryFolder()
        let run = try CodicilBinary.run(["import-history", input.path, "--policy", "example", "--output", output.path])
        #expect(run.status == 0, "\(run.standardError)")
        let later = try String(contentsOf: output.appendingPathComponent("example/2021-01-01.xml"), encoding: .utf8)
        #expect(later.contains(#"<section id="cookies">"#))
        #expect(try CodicilBinary.run(["check", output.path]).status == 0)
    }

    @Test("import-history takes --title and --publisher for every revision")
    func historyTitleAndPublisher() throws {
        let input = try temporaryFolder()
        let text = "## Additional information about Acme\n\nWe use cookies to run the site.\n\n## Contact\n\nWrite to us.\n"
        try text.write(to: input.appendingPathComponent("2020-01-01.md"), atomically: true, encoding: .utf8)
        try text.write(to: input.appendingPathComponent("2021-01-01.md"), atomically: true, encoding: .utf8)
        let output = try temporaryFolder()
        let run = try CodicilBinary.run([
            "import-history", input.path, "--policy", "example", "--output", output.path, "--title", "Acme Privacy Notice",
            "--publisher", "Acme & Co.",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        for date in ["2020-01-01", "2021-01-01"] {
            let source = try String(contentsOf: output.appendingPathComponent("example/\(date).xml"), encoding: .utf8)
            #expect(source.contains("<title>Acme Privacy Notice</title>"))
            #expect(source.contains("<publisher>Acme &amp; Co.</publisher>"))
        }
        #expect(!run.standardError.contains("[publisher-guessed]"))
        #expect(!run.standardError.contains("[no-title]"))
    }

    @Test("a Latin-1 file is an error at its first bad byte, nothing written; --encoding latin1 imports it")
    func encoding() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("notice/2024-03-01.xml")
        let input = Self.fixtures.appendingPathComponent("encoding/latin1.md").path
        let arguments = ["import", input, "--policy", "notice", "--effective", "2024-03-01", "-o", output.path]
        let failed = try CodicilBinary.run(arguments)
        #expect(failed.status == 1)
        #expect(
            failed.standardError.contains("latin1.md:1:30: error: byte 0xE9 is not valid utf-8"),
            "\(failed.standardError)")
        #expect(failed.standardError.contains("--encoding"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let named = try CodicilBinary.run(arguments + ["--encoding", "latin1"])
        #expect(named.status == 0, "\(named.standardError)")
        #expect(try String(contentsOf: output, encoding: .utf8).contains("Politique de confidentialité"))
    }

    @Test("an unknown --encoding is a usage error")
    func unknownEncoding() throws {
        let input = Self.fixtures.appendingPathComponent("encoding/latin1.md").path
        let run = try CodicilBinary.run([
            "import", input, "--policy", "notice", "--effective", "2024-03-01", "--encoding", "klingon",
        ])
        #expect(run.status == 64)
        #expect(run.standardError.contains("--encoding 'klingon'"))
    }

    @Test("an empty file is an error, nothing written")
    func emptyFile() throws {
        let input = Self.fixtures.appendingPathComponent("encoding/empty.md").path
        let run = try CodicilBinary.run(["import", input, "--policy", "notice", "--effective", "2024-03-01"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("[empty-input]"))
        #expect(run.standardOutput.isEmpty)
    }

    @Test("import-history reads every version in the --encoding named")
    func historyEncoding() throws {
        let input = try temporaryFolder()
        let latin1 = Self.fixtures.appendingPathComponent("encoding/latin1.md")
        try FileManager.default.copyItem(at: latin1, to: input.appendingPathComponent("2024-03-01.md"))
        let output = try temporaryFolder()
        let arguments = ["import-history", input.path, "--policy", "notice", "--output", output.path]
        #expect(try CodicilBinary.run(arguments).status == 1)
        let run = try CodicilBinary.run(arguments + ["--encoding", "windows-1252"])
        #expect(run.status == 0, "\(run.standardError)")
        let written = try String(contentsOf: output.appendingPathComponent("notice/2024-03-01.xml"), encoding: .utf8)
        #expect(written.contains("Nous protégeons vos données."))
    }

    static let templateFuzzInputs = ["template-open-tag-line-break.mustache", "template-crash-6e3aeca5.mustache"]

    /// Inputs the template fuzzer found, each as the HTML section partial, rendered in a child
    /// process so that a crash fails this test instead of ending the run.
    @Test("templates the fuzzer found are refused with a message, not a crash", arguments: templateFuzzInputs)
    func fuzzedTemplates(name: String) throws {
        let folder = try temporaryFolder()
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: CodicilBinary.packageRoot.appendingPathComponent("Templates"), to: templates)
        let partial = templates.appendingPathComponent("html/partials/section.mustache")
        try FileManager.default.removeItem(at: partial)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("fuzz/\(name)"), to: partial)
        let policy = CodicilBinary.packageRoot.appendingPathComponent("policy-src/fujixerox-privacy/2012-12-01.xml")
        let run = try CodicilBinary.run([
            "render", policy.path, "--format", "html", "--templates", templates.path, "-o", folder.appendingPathComponent("out.html").path,
        ])
        #expect(run.status == 1, "\(run.standardError)")
        #expect(run.standardError.contains("[template-cycle]"))
    }
}
