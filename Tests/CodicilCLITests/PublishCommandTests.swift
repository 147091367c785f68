import Foundation
import Testing

/// `codicil diff --format md|html`, `codicil changelog` and `codicil notify`, run as a binary.
@Suite struct PublishCommandTests {
    static let fixtures = "Tests/PolicyDiffTests/Fixtures"
    static let twoRevisions = "Tests/PolicySiteTests/Fixtures/two-revisions"

    @Test func diffPrintsMarkdownAndHTMLRedlinesAndExitsOne() throws {
        let files = ["\(Self.fixtures)/2012-12-01.xml", "\(Self.fixtures)/word-change/new.xml"]
        let markdown = try CodicilBinary.run(["diff"] + files + ["--format", "md"])
        #expect(markdown.status == 1)
        #expect(markdown.standardOutput.contains("<del>strictly</del> <ins>carefully</ins>"))
        let html = try CodicilBinary.run(["diff"] + files + ["--format", "html"])
        #expect(html.status == 1)
        #expect(html.standardOutput.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func changelogListsRevisionsNewestFirst() throws {
        let run = try CodicilBinary.run(["changelog", Self.twoRevisions, "--format", "txt"])
        #expect(run.status == 0)
        let newer = try #require(run.standardOutput.range(of: "1 January 2030"))
        let older = try #require(run.standardOutput.range(of: "1 December 2012"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(run.standardOutput.contains("Redline: 2030-01-01/diff/"))
    }

    @Test func notifyWritesAnEmailAndRejectsUnknownRevisions() throws {
        let run = try CodicilBinary.run(
            [
                "notify", Self.twoRevisions, "--revision", "2030-01-01", "--format", "eml", "--base-url",
                "https://example.com/", "--from", "privacy@example.com", "--to", "Ann Reader <ann@example.net>",
            ])
        #expect(run.status == 0)
        #expect(
            run.standardOutput.hasPrefix(
                "From: privacy@example.com\r\nTo: \"Ann Reader\" <ann@example.net>\r\nDate: Tue, 01 Jan 2030 00:00:00 +0000\r\n"
            ))
        let missing = try CodicilBinary.run(["notify", Self.twoRevisions, "--revision", "2020-01-01"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("no revision is effective on 2020-01-01"))
    }

    @Test("an e-mail without a sender or a recipient is refused with one clear error, and nothing written")
    func emailNeedsAddresses() throws {
        for extra in [[], ["--from", "privacy@example.com"], ["--to", "ann@example.net"]] {
            let run = try CodicilBinary.run(
                ["notify", Self.twoRevisions, "--revision", "2030-01-01", "--format", "eml"] + extra)
            #expect(run.status == 64)
            #expect(run.standardOutput.isEmpty)
            #expect(run.standardError.hasPrefix("Error: --format eml writes a complete message: give its sender and recipient with --from and --to\n"))
        }
        let bad = try CodicilBinary.run(
            ["notify", Self.twoRevisions, "--revision", "2030-01-01", "--format", "eml", "--from", "a@b.example",
             "--to", "ann@example.net\r\nBcc: everyone@example.net"])
        #expect(bad.status == 64)
        #expect(bad.standardOutput.isEmpty)
        #expect(bad.standardError.contains("is not an e-mail address"))
    }

    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile)

    @Test(
        "Python's e-mail parser in strict mode reads the notice with no defect, with its headers and both bodies",
        .enabled(if: python != nil, "python3 is not installed, so the e-mail cannot be parsed by an independent reader"))
    func pythonReadsTheEmail() throws {
        let run = try CodicilBinary.run([
            "notify", "Tests/PolicyRenderTests/Fixtures/disclosure/fujixerox-privacy", "--revision", "2013-04-01",
            "--format", "eml", "--from", "Bureau de la vie privée <privacy@example.com>", "--to", "ann@example.net",
            "--date", "2013-03-01", "--base-url", "https://example.com/",
        ])
        #expect(run.status == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-notice-\(UUID()).eml")
        try Data(run.standardOutput.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import email, email.policy, sys
            message = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.strict)
            defects = list(message.defects) + [d for part in message.walk() for d in part.defects]
            assert not defects, defects
            for name in ['Date', 'Message-ID', 'From', 'To', 'Subject', 'MIME-Version']:
                print(name + ': ' + str(message[name]))
            print([part.get_content_type() for part in message.iter_parts()])
            print(message.get_body(('plain',)).get_content())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = ["-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(printed)")
        let lines = printed.components(separatedBy: "\n")
        #expect(
            Array(lines.prefix(7)) == [
                "Date: Fri, 01 Mar 2013 00:00:00 +0000",
                "Message-ID: <fujixerox-privacy.2013-04-01.e898a10951cd4423@example.com>",
                "From: Bureau de la vie privée <privacy@example.com>", "To: ann@example.net",
                "Subject: Changes to Fuji Xerox Privacy Policy (Handling of Personal Information), effective 1 April 2013",
                "MIME-Version: 1.0", "['text/plain', 'text/html']",
            ])
        #expect(printed.contains("See every change in the redline:\nhttps://example.com/fujixerox-privacy/2013-04-01/diff/"))
    }
}
