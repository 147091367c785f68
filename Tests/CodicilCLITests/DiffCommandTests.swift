import Foundation
import Testing

@Suite("codicil diff, run as a binary")
struct DiffCommandTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/PolicyDiffTests/Fixtures")

    /// The built `codicil` executable, beside the test bundle in the same build folder.
    static var binary: URL {
        var directory = Bundle.main.bundleURL
        while !directory.path.isEmpty, directory.path != "/" {
            let candidate = directory.appendingPathComponent("codicil")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/codicil")
    }

    /// Runs `codicil` with its standard output a pipe (so never a terminal).
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// Compares output with a golden file, or rewrites the file when `RECORD_GOLDENS=1`.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Golden.expect(actual, matches: fixtures.appendingPathComponent(name), sourceLocation: sourceLocation)
    }

    @Test(
        "a clause reworded under the same rule needs review, in txt and json, and is never editorial",
        arguments: ["txt", "json"])
    func rewordedRuleClause(format: String) throws {
        let inputs = "Tests/PolicyRulesTests/Fixtures/materiality/"
        let result = try Self.run([
            "diff", inputs + "base.xml", inputs + "reworded-rule-clause.xml", "--format", format,
        ])
        #expect(result.status == 1)
        #expect(result.error.isEmpty)
        #expect(result.output.contains(format == "json" ? "\"needs-review\"" : "Materiality: needs review"))
        #expect(!result.output.contains("editorial"))
        try Self.expectGolden(result.output, "reworded-rule-clause/expected.\(format)")
    }

    @Test("txt and json output of the word-change pair match their golden files; exit 1", arguments: ["txt", "json"])
    func golden(format: String) throws {
        let result = try Self.run([
            "diff", "Tests/PolicyDiffTests/Fixtures/2012-12-01.xml", "Tests/PolicyDiffTests/Fixtures/word-change/new.xml",
            "--format", format,
        ])
        #expect(result.status == 1)
        #expect(result.error.isEmpty)
        #expect(!result.output.contains("\u{1B}"), "no colour when standard output is not a terminal")
        try Self.expectGolden(result.output, "word-change/expected.\(format)")
    }

    /// `diff OLD NEW` with only `--format` and `--colour` skips argument-parser; written in ways
    /// argument-parser reads instead (`--colour=never`, options first, `--`), the same command
    /// prints exactly the same, and a bad file gives the same message and status either way.
    @Test("the plain form prints exactly what argument-parser's forms print", arguments: ["txt", "md", "html", "json"])
    func plainFormMatchesParsedForms(format: String) throws {
        let (old, new) = ("Tests/PolicyDiffTests/Fixtures/2012-12-01.xml", "Tests/PolicyDiffTests/Fixtures/split/new.xml")
        let plain = try Self.run(["diff", old, new, "--format", format, "--colour", "always"])
        #expect(plain.status == 1)
        #expect(plain.error.isEmpty)
        #expect(plain.output.contains(format == "txt" ? "\u{1B}[" : format == "json" ? "\"changes\"" : "split"))
        for parsed in [
            ["diff", "--format=\(format)", "--colour=always", old, new],
            ["diff", "--colour", "always", "--format", format, "--", old, new],
        ] {
            let result = try Self.run(parsed)
            #expect(result.status == plain.status)
            #expect(result.output == plain.output)
            #expect(result.error == plain.error)
        }
        let missing = try Self.run(["diff", old, "Tests/no-such-revision.xml", "--format", format])
        let missingParsed = try Self.run(["diff", "--format=\(format)", old, "Tests/no-such-revision.xml"])
        #expect(missing.status == 2)
        #expect(missing.error.hasPrefix("Tests/no-such-revision.xml"))
        #expect((missingParsed.status, missingParsed.error, missingParsed.output) == (missing.status, missing.error, ""))
    }

    /// Fixture pairs of blocks that change kind, merge or split, and of repeated blocks, as (case, old revision).
    static let alignmentCases = [
        ("kind-change", "2012-12-01.xml"), ("merge", "2012-12-01.xml"), ("split", "2012-12-01.xml"),
        ("repeated-blocks", "repeated-blocks/old.xml"),
    ]

    @Test(
        "kind changes, merges, splits and repeated blocks match their golden files in every format",
        arguments: alignmentCases, ["txt", "json", "md", "html"])
    func alignmentGoldens(_ pair: (name: String, old: String), format: String) throws {
        let result = try Self.run([
            "diff", "Tests/PolicyDiffTests/Fixtures/\(pair.old)", "Tests/PolicyDiffTests/Fixtures/\(pair.name)/new.xml",
            "--format", format,
        ])
        #expect(result.status == 1)
        #expect(result.error.isEmpty)
        try Self.expectGolden(result.output, "\(pair.name)/expected.\(format)")
    }

    @Test("A re-flowed source says the same: exit 0")
    func same() throws {
        let result = try Self.run([
            "diff", "Tests/PolicyDiffTests/Fixtures/2012-12-01.xml", "Tests/PolicyDiffTests/Fixtures/reflow/new.xml",
        ])
        #expect(result.status == 0)
        #expect(result.output.contains("No changes."))
    }

    @Test("A revision that changes only its rules says so, and differs: exit 1")
    func rulesOnly() throws {
        let shipped = "policy-src/fujixerox-privacy/2012-12-01.xml"
        let source = try String(contentsOf: Self.packageRoot.appendingPathComponent(shipped), encoding: .utf8)
        let permit = #"<permit action="use" requires="anonymized"/>"#
        #expect(source.contains(permit))
        let edited = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-diff-rules-\(getpid()).xml")
        try Data(source.replacingOccurrences(of: permit, with: "").utf8).write(to: edited)
        defer { try? FileManager.default.removeItem(at: edited) }
        let result = try Self.run(["diff", shipped, edited.path, "--colour", "never"])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.dropFirst().prefix(3) == ["No change to the text; only the rules changed.", "", "Materiality: material — narrows (46424 requests change decision)"])
    }

    @Test("Bad input is trouble: exit 2 with path:line:column diagnostics")
    func trouble() throws {
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-diff-bad-\(getpid()).xml")
        try Data("<policy>\n  <oops>\n</policy>\n".utf8).write(to: bad)
        defer { try? FileManager.default.removeItem(at: bad) }
        let result = try Self.run(["diff", "Tests/PolicyDiffTests/Fixtures/2012-12-01.xml", bad.path])
        #expect(result.status == 2)
        #expect(result.error.contains("\(bad.path):3:"))
        #expect(result.error.contains(": error: "))
        #expect(result.output.isEmpty)
    }

    @Test("A policy directory with one revision is trouble: exit 2")
    func singleRevision() throws {
        let result = try Self.run(["diff", "policy-src/fujixerox-privacy"])
        #expect(result.status == 2)
        #expect(result.error.contains("fewer than two revisions"))
    }

    @Test("--git-base compares a file with its committed version")
    func gitBase() throws {
        let result = try Self.run(["diff", "policy-src/fujixerox-privacy/2012-12-01.xml", "--git-base", "HEAD"])
        #expect(result.status == 0 || result.status == 1)
        #expect(result.error.isEmpty)
    }
}
