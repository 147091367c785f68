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
                "https://example.com/",
            ])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("From: \r\nTo: \r\nSubject: Changes to"))
        let missing = try CodicilBinary.run(["notify", Self.twoRevisions, "--revision", "2020-01-01"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("no revision is effective on 2020-01-01"))
    }
}
