import Foundation
import Testing

@Suite struct CheckCommandTests {
    static let invalid = CodicilBinary.packageRoot.appendingPathComponent("Tests/PolicySourceTests/Fixtures/invalid")

    @Test("`codicil check` passes the shipped policy-src")
    func shippedSourceIsClean() throws {
        let run = try CodicilBinary.run(["check"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "")
        #expect(run.standardError == "checked 1 file: 0 errors, 0 warnings\n")
    }

    @Test("every invalid fixture exits 1 with its diagnostics, and never crashes")
    func invalidFixtures() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.invalid.path).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(names.count == 15)
        for name in names {
            let run = try CodicilBinary.run(["check", name], in: Self.invalid)
            let expected = try String(contentsOf: Self.invalid.appendingPathComponent(name.replacingOccurrences(of: ".xml", with: ".expected")), encoding: .utf8)
            #expect(run.status == 1, "\(name)")
            #expect(run.standardOutput == expected, "\(name)")
        }
    }

    @Test("several paths are checked in one run, sorted by file and line")
    func severalPaths() throws {
        let run = try CodicilBinary.run(["check", "invalid-date.xml", "duplicate-id.xml"], in: Self.invalid)
        #expect(run.status == 1)
        #expect(
            run.standardOutput == """
                duplicate-id.xml:26:13: error: duplicate id 'use-consent'; first declared at line 20 [duplicate-id]
                invalid-date.xml:5:13: error: effective date '2023-02-29' is not a real date written YYYY-MM-DD [invalid-date]

                """)
        #expect(run.standardError == "checked 2 files: 2 errors, 0 warnings\n")
    }

    @Test("--format json prints the same diagnostics as JSON")
    func json() throws {
        let run = try CodicilBinary.run(["check", "--format", "json", "dangling-note-reference.xml"], in: Self.invalid)
        #expect(run.status == 1)
        struct Entry: Decodable, Equatable {
            struct Location: Decodable, Equatable { var file: String; var line: Int; var column: Int }
            var location: Location
            var severity: String
            var code: String
            var message: String
        }
        let entries = try JSONDecoder().decode([Entry].self, from: Data(run.standardOutput.utf8))
        #expect(
            entries == [
                Entry(location: .init(file: "dangling-note-reference.xml", line: 9, column: 29), severity: "error", code: "dangling-reference", message: "note reference to 'groups', which is not declared"),
                Entry(location: .init(file: "dangling-note-reference.xml", line: 40, column: 5), severity: "warning", code: "unreferenced-note", message: "note 'group' is never referenced"),
            ])
    }

    @Test("a missing path is an error, an unknown option a usage error")
    func badArguments() throws {
        let missing = try CodicilBinary.run(["check", "no-such-folder"])
        #expect(missing.status == 1)
        #expect(missing.standardOutput == "no-such-folder:1: error: no such file or directory [not-found]\n")
        let usage = try CodicilBinary.run(["check", "--format", "yaml"])
        #expect(usage.status == 64)
    }
}
