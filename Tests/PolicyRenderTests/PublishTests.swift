import Foundation
import PolicyDiff
import PolicyModel
import PolicyRules
import Testing

@testable import PolicyRender

/// The changelog, Atom feed and notices of a two-revision history from the diff fixtures.
struct PublishTests {
    static let goldens = Paths.fixtures + "/revisions"

    /// The base revision and the word-change revision, as one history.
    static func history() throws -> PolicyHistory {
        let old = try Golden.policy(RedlineTests.diffFixtures + "/2012-12-01.xml")
        let new = try Golden.policy(RedlineTests.diffFixtures + "/word-change/new.xml")
        return PolicyHistory(id: old.id, revisions: [new, old])
    }

    /// The changelog with a hand-built materiality on the newest entry.
    static func classified() throws -> Changelog {
        var changelog = Changelog(history: RevisionHistory(history: try history()))
        changelog.entries[0].materiality = RedlineTests.materiality
        return changelog
    }

    @Test func changelogMatchesGoldens() throws {
        let changelog = Changelog(history: RevisionHistory(history: try Self.history()))
        #expect(changelog.entries.map(\.effective) == ["2013-04-01", "2012-12-01"])
        try Golden.check(changelog.markdown(), against: "\(Self.goldens)/changelog.md")
        try Golden.check(changelog.text(), against: "\(Self.goldens)/changelog.txt")
        try Golden.check(changelog.html(), against: "\(Self.goldens)/changelog.html")
    }

    @Test func changelogShowsMaterialityInTheEntry() throws {
        let changelog = try Self.classified()
        for text in [changelog.markdown(), changelog.text(), changelog.html()] {
            #expect(text.contains("material — broadens: 2 decisions change"))
        }
    }

    @Test func changelogSaysWhenOnlyTheRulesChanged() throws {
        var changelog = Changelog(history: RevisionHistory(history: try Self.history()))
        let old = try Golden.policy(RedlineTests.diffFixtures + "/2012-12-01.xml")
        let unchanged = ChangeSet(from: old, to: old)
        #expect(unchanged.isEmpty)
        #expect(!changelog.text().contains("No clause changed."))
        changelog.entries[0].changes = unchanged
        #expect(changelog.text().contains("No clause changed."))
        changelog.entries[0].materiality = RedlineTests.materiality
        #expect(changelog.text().contains("\n  No clause's text changed; only the rules changed.\n"))
        #expect(changelog.markdown().contains("No clause's text changed; only the rules changed."))
        #expect(changelog.html().contains("No clause&#39;s text changed; only the rules changed."))
        #expect(unchanged.summaryLine(materiality: RedlineTests.materiality) == "No change to the text; only the rules changed.")
        #expect(unchanged.summaryLine() == "No changes.")
    }

    @Test("A run of renumbered sections is one sentence in the changelog, the feed and the notices")
    func renumberingIsSummarised() throws {
        let old = try Golden.policy(RedlineTests.diffFixtures + "/2012-12-01.xml")
        var new = try Golden.policy(RedlineTests.diffFixtures + "/inserted-section/new.xml")
        new.revision = Revision(effective: PolicyDate("2013-04-01")!)
        let changelog = Changelog(history: RevisionHistory(history: PolicyHistory(id: old.id, revisions: [old, new])))
        let notice = try #require(RevisionNotice(changelog: changelog, effective: "2013-04-01"))
        let sentence = "Sections 3–8 are now numbered 4–9, with the same words."
        #expect(changelog.entries[0].changedClauses.map(\.context) == ["3 Retention of Personal Information", "The policy"])
        #expect(changelog.entries[0].changedClauses[1].sentences == [sentence])
        for text in [changelog.text(), changelog.markdown(), changelog.html(), changelog.atom(), notice.text(), notice.html()] {
            #expect(text.components(separatedBy: sentence).count == 2)
            #expect(!text.contains("Section 3 is now numbered 4"))
        }
    }

    @Test func feedMatchesGolden() throws {
        let changelog = try Self.classified()
        let feed = changelog.atom()
        try Golden.check(feed, against: "\(Self.goldens)/feed.xml")
        #expect(
            feed.contains(
                "<category scheme=\"urn:codicil:materiality\" term=\"material-broadens\" label=\"material — broadens\"/>"
            ))
        #expect(feed.contains("<category scheme=\"urn:codicil:change\" term=\"modified\"/>"))
        #expect(feed.contains("<updated>2013-04-01T00:00:00Z</updated>"))
    }

    @Test func feedIDsDependOnlyOnPolicyAndDate() throws {
        let first = Changelog(history: RevisionHistory(history: try Self.history())).atom()
        let second = Changelog(history: RevisionHistory(history: try Self.history())).atom(policyURL: "https://example.com/p/")
        let ids = { (feed: String) in feed.components(separatedBy: "\n").filter { $0.hasPrefix("<id>") } }
        #expect(ids(first) == ids(second))
        #expect(ids(first).contains("<id>urn:codicil:fujixerox-privacy:2013-04-01</id>"))
        #expect(second.contains("href=\"https://example.com/p/2013-04-01/diff/\""))
    }

    @Test func emlIsMultipartAlternativeWithBlankAddresses() throws {
        let notice = try #require(RevisionNotice(changelog: try Self.classified(), effective: "2013-04-01"))
        let eml = notice.eml()
        #expect(eml == notice.eml())
        let parts = eml.components(separatedBy: "\r\n\r\n")
        let headers = parts[0].components(separatedBy: "\r\n")
        #expect(headers.contains("From: ") && headers.contains("To: ") && headers.contains("MIME-Version: 1.0"))
        #expect(headers.contains { $0.hasPrefix("Subject: Changes to Fuji Xerox Privacy Policy") })
        #expect(!headers.contains { $0.hasPrefix("Date:") })
        let boundary = "=_codicil_2013-04-01_alternative"
        #expect(parts[0].contains("Content-Type: multipart/alternative;\r\n boundary=\"\(boundary)\""))
        let bodies = eml.components(separatedBy: "--\(boundary)")
        #expect(bodies.count == 4 && bodies[3] == "--\r\n")
        let decoded = try [bodies[1], bodies[2]].map { part -> (type: String, body: String) in
            let pieces = part.components(separatedBy: "\r\n\r\n")
            let data = try #require(Data(base64Encoded: pieces[1].replacingOccurrences(of: "\r\n", with: "")))
            return (pieces[0], String(decoding: data, as: UTF8.self))
        }
        #expect(decoded[0].type.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(decoded[1].type.contains("Content-Type: text/html; charset=utf-8"))
        for (_, body) in decoded {
            #expect(body.contains("fujixerox-privacy/2013-04-01/diff/"))
            #expect(body.contains("material — broadens"))
            #expect(body.contains("Clause 2 ¶1 was reworded."))
        }
        #expect(eml.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
    }

    @Test func noticeLinksUseTheBaseURL() throws {
        let notice = try #require(
            RevisionNotice(changelog: try Self.classified(), effective: "2013-04-01", siteURL: "https://example.com/"))
        #expect(notice.text().contains("Read the new text: https://example.com/fujixerox-privacy/2013-04-01/"))
        #expect(RevisionNotice(changelog: try Self.classified(), effective: "2001-01-01") == nil)
    }

    @Test func nonASCIISubjectIsEncoded() {
        let encoded = RevisionNotice.encodedWord("Änderungen — 2013")
        #expect(encoded.hasPrefix("=?utf-8?B?") && encoded.hasSuffix("?="))
    }
}
