import Foundation
import Testing

@Suite struct ReviseCommandTests {
    static let fixtures = CodicilBinary.packageRoot.appendingPathComponent("Tests/CodicilCLITests/Fixtures/revise")

    /// A scratch folder holding `policy-src/fujixerox-privacy/2012-12-01.xml`: the shipped
    /// example, with a summary and a comment when `annotated`.
    static func scratch(annotated: Bool = true) throws -> (folder: URL, policy: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "codicil-revise-\(UUID().uuidString)")
        let policy = folder.appendingPathComponent("policy-src/fujixerox-privacy")
        try FileManager.default.createDirectory(at: policy, withIntermediateDirectories: true)
        var source = try String(
            contentsOf: CodicilBinary.packageRoot.appendingPathComponent("policy-src/fujixerox-privacy/2012-12-01.xml"),
            encoding: .utf8)
        if annotated {
            source = source.replacingOccurrences(
                of: #"<revision effective="2012-12-01" label="December, 2012"/>"#,
                with: """
                    <revision effective="2012-12-01" label="December, 2012">
                        <summary>The policy as first published.</summary>
                      </revision>
                      <!-- Reviewed by counsel on 20 November 2012. -->
                    """)
        }
        try Data(source.utf8).write(to: policy.appendingPathComponent("2012-12-01.xml"))
        return (folder, policy)
    }

    @Test("`codicil revise` copies the latest revision under a new date, and the result checks clean")
    func revise() throws {
        let (folder, policy) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CodicilBinary.run(
            ["revise", "fujixerox-privacy", "--effective", "2014-04-01", "--label", "April, 2014"], in: folder)
        #expect(run.status == 0)
        #expect(run.standardError == "")
        #expect(run.standardOutput == "wrote policy-src/fujixerox-privacy/2014-04-01.xml\n")
        let written = try String(contentsOf: policy.appendingPathComponent("2014-04-01.xml"), encoding: .utf8)
        #expect(written.contains(#"<revision effective="2014-04-01" label="April, 2014"/>"#))
        #expect(written.contains("<!-- Reviewed by counsel on 20 November 2012. -->"))
        #expect(try CodicilBinary.run(["check"], in: folder).status == 0)
        #expect(try CodicilBinary.run(["fmt", "--check"], in: folder).status == 0)

        let again = try CodicilBinary.run(["revise", "fujixerox-privacy", "--effective", "2014-04-01"], in: folder)
        #expect(again.status == 1)
        #expect(
            again.standardError == "error: the latest revision takes effect 2014-04-01; a new one must come after it\n")
        let badDate = try CodicilBinary.run(["revise", "fujixerox-privacy", "--effective", "2014-02-30"], in: folder)
        #expect(badDate.status == 64)
    }

    @Test("revise, then an edit of one word: git diff shows the new date, label and closing date, and that word")
    func gitDiff() throws {
        let (folder, policy) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            try CodicilBinary.run(
                ["revise", "fujixerox-privacy", "--effective", "2014-04-01", "--label", "April, 2014"], in: folder
            ).status == 0)
        let new = policy.appendingPathComponent("2014-04-01.xml")
        let text = try String(contentsOf: new, encoding: .utf8)
        try Data(
            text.replacingOccurrences(
                of: "manages personal information strictly", with: "manages personal information carefully"
            ).utf8
        )
        .write(to: new)
        let diff = try Self.gitDiff(
            "policy-src/fujixerox-privacy/2012-12-01.xml", "policy-src/fujixerox-privacy/2014-04-01.xml", in: folder)
        let golden = Self.fixtures.appendingPathComponent("one-word.diff")
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: Self.fixtures, withIntermediateDirectories: true)
            try Data(diff.utf8).write(to: golden)
        }
        #expect(diff == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test("without --label the label goes, and the closing date line takes the long date")
    func withoutLabel() throws {
        let (folder, policy) = try Self.scratch(annotated: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            try CodicilBinary.run(["revise", "fujixerox-privacy", "--effective", "2015-06-30"], in: folder).status == 0)
        let diff = try Self.gitDiff(
            "policy-src/fujixerox-privacy/2012-12-01.xml", "policy-src/fujixerox-privacy/2015-06-30.xml", in: folder)
        let changed = diff.split(separator: "\n").filter {
            ($0.hasPrefix("-") || $0.hasPrefix("+")) && !$0.hasPrefix("---") && !$0.hasPrefix("+++")
        }
        #expect(
            changed == [
                #"-  <revision effective="2012-12-01" label="December, 2012"/>"#,
                #"+  <revision effective="2015-06-30"/>"#,
                "-    <date>December, 2012</date>", "+    <date>30 June 2015</date>",
            ])
        _ = policy
    }

    @Test("a closing date line that does not name the previous date is left alone, with a warning")
    func closingDateNotFound() throws {
        let (folder, policy) = try Self.scratch(annotated: false)
        defer { try? FileManager.default.removeItem(at: folder) }
        let old = policy.appendingPathComponent("2012-12-01.xml")
        let text = try String(contentsOf: old, encoding: .utf8).replacingOccurrences(
            of: "<date>December, 2012</date>", with: "<date>Established 2001</date>")
        try Data(text.utf8).write(to: old)
        let run = try CodicilBinary.run(
            ["revise", "fujixerox-privacy", "--effective", "2014-04-01", "--label", "April, 2014"], in: folder)
        #expect(run.status == 0)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("<date>") }! + 1
        #expect(
            run.standardError
                == "policy-src/fujixerox-privacy/2012-12-01.xml:\(line):5: warning: no closing date line names 'December, 2012', so none was changed; update it by hand [closing-date]\n"
        )
        #expect(
            try String(contentsOf: policy.appendingPathComponent("2014-04-01.xml"), encoding: .utf8).contains(
                "<date>Established 2001</date>"))
    }

    /// `git diff --no-index` between two files, without the line of blob ids.
    static func gitDiff(_ old: String, _ new: String, in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "diff", "--no-index", "--no-color", "--no-ext-diff", old, new]
        process.currentDirectoryURL = folder
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("index ") }.joined(separator: "\n")
    }
}
