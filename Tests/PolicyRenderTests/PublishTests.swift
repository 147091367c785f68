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

    @Test("a material revision whose changes were not grouped still tells readers it changes what is allowed")
    func changelogShowsMaterialityInTheEntry() throws {
        let changelog = try Self.classified()
        let lead = "This revision changes what we may do with personal information; the redline shows every change."
        for text in try [changelog.markdown(), changelog.text(), changelog.html()] {
            #expect(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").contains(lead))
            #expect(!text.contains("decisions change"))
        }
    }

    @Test func changelogSaysWhenOnlyTheRulesChanged() throws {
        var changelog = Changelog(history: RevisionHistory(history: try Self.history()))
        let old = try Golden.policy(RedlineTests.diffFixtures + "/2012-12-01.xml")
        let unchanged = ChangeSet(from: old, to: old)
        #expect(unchanged.isEmpty)
        #expect(try !changelog.text().contains("No clause changed."))
        changelog.entries[0].changes = unchanged
        #expect(try changelog.text().contains("No clause changed."))
        changelog.entries[0].materiality = RedlineTests.materiality
        #expect(try changelog.text().contains("\nNo clause's text changed; only the rules changed.\n"))
        #expect(try changelog.markdown().contains("No clause's text changed; only the rules changed."))
        #expect(try changelog.html().contains("No clause&#39;s text changed; only the rules changed."))
        #expect(unchanged.summaryLine(materiality: RedlineTests.materiality) == "No change to the text; only the rules changed.")
        #expect(unchanged.summaryLine() == "No changes.")
    }

    @Test("A renumbering is not listed for customers in the changelog, the feed and the notices")
    func renumberingIsLeftOut() throws {
        let old = try Golden.policy(RedlineTests.diffFixtures + "/2012-12-01.xml")
        var new = try Golden.policy(RedlineTests.diffFixtures + "/inserted-section/new.xml")
        new.revision = Revision(effective: PolicyDate("2013-04-01")!)
        let changelog = Changelog(history: RevisionHistory(history: PolicyHistory(id: old.id, revisions: [old, new])))
        let notice = try #require(RevisionNotice(changelog: changelog, effective: "2013-04-01"))
        #expect(changelog.entries[0].changedClauses.map(\.context) == ["3 Retention of Personal Information"])
        #expect(changelog.entries[0].changedClauses[0].sentences == ["Section 3 was added."])
        for text in try [
            changelog.text(), changelog.markdown(), changelog.html(), changelog.atom(), notice.text(), notice.html(),
        ] {
            #expect(text.contains("Section 3 was added."))
            #expect(!text.contains("now numbered"))
        }
    }

    @Test func feedMatchesGolden() throws {
        let changelog = try Self.classified()
        let feed = try changelog.atom()
        try Golden.check(feed, against: "\(Self.goldens)/feed.xml")
        #expect(
            feed.contains(
                "<category scheme=\"urn:codicil:materiality\" term=\"material-broadens\" label=\"material — broadens\"/>"
            ))
        #expect(feed.contains("<category scheme=\"urn:codicil:change\" term=\"modified\"/>"))
        #expect(feed.contains("<updated>2013-04-01T00:00:00Z</updated>"))
        #expect(feed.contains("<published>2013-04-01T00:00:00Z</published>"))
    }

    @Test("a scheduled revision is upcoming in the feed, published and updated when the newest revision took effect")
    func scheduledRevisionInTheFeed() throws {
        let changelog = Changelog(history: RevisionHistory(history: try Self.history()))
        let feed = try changelog.atom(asOf: PolicyDate("2013-01-15")!)
        try Golden.check(feed, against: "\(Self.goldens)/scheduled-feed.xml")
        let entries = feed.components(separatedBy: "<entry>")
        #expect(entries[1].contains("<title>Upcoming revision, taking effect 1 April 2013 (April, 2013)</title>"))
        #expect(entries[1].contains(#"<category scheme="urn:codicil:status" term="upcoming" label="upcoming"/>"#))
        #expect(entries[1].contains("<published>2012-12-01T00:00:00Z</published>"))
        #expect(entries[1].contains("<updated>2012-12-01T00:00:00Z</updated>"))
        #expect(!feed.contains("2013-04-01T00:00:00Z"))
        // The same feed every day until the revision takes effect; then it is an ordinary entry.
        #expect(try changelog.atom(asOf: PolicyDate("2013-03-31")!) == feed)
        let effective = try changelog.atom(asOf: PolicyDate("2013-04-01")!)
        #expect(!effective.contains("upcoming") && effective.contains("<updated>2013-04-01T00:00:00Z</updated>"))
    }

    @Test func feedIDsDependOnlyOnPolicyAndDate() throws {
        let first = try Changelog(history: RevisionHistory(history: try Self.history())).atom()
        let second = try Changelog(history: RevisionHistory(history: try Self.history())).atom(policyURL: "https://example.com/p/")
        let ids = { (feed: String) in feed.components(separatedBy: "\n").filter { $0.hasPrefix("<id>") } }
        #expect(ids(first) == ids(second))
        #expect(ids(first).contains("<id>urn:codicil:fujixerox-privacy:2013-04-01</id>"))
        #expect(second.contains("href=\"https://example.com/p/2013-04-01/diff/\""))
    }

    @Test func emlIsACompleteMultipartAlternativeMessage() throws {
        let notice = try #require(RevisionNotice(changelog: try Self.classified(), effective: "2013-04-01"))
        let eml = try notice.eml()
        #expect(try eml == notice.eml())
        let parts = eml.components(separatedBy: "\r\n\r\n")
        let headers = parts[0].components(separatedBy: "\r\n")
        #expect(Array(headers.prefix(4)) == [
            #"From: "Example Privacy Office" <privacy@example.com>"#, "To: reader@example.net",
            "Date: Mon, 01 Apr 2013 00:00:00 +0000",
            "Message-ID: <fujixerox-privacy.2013-04-01.\(Self.hash("reader@example.net"))@example.com>",
        ])
        #expect(headers.contains("MIME-Version: 1.0"))
        #expect(headers.contains { $0.hasPrefix("Subject: Changes to Fuji Xerox Privacy Policy") })
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
            #expect(body.contains("Clause 2 ¶1 was reworded."))
        }
        #expect(eml.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 76 })
        #expect(!eml.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Another recipient, another Message-ID.
        #expect(try !notice.eml(to: "other@example.net").contains(Self.hash("reader@example.net")))
    }

    /// The FNV-1a hash of an address, as the Message-ID carries it.
    static func hash(_ address: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in address.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test func noticeLinksUseTheBaseURL() throws {
        let notice = try #require(
            RevisionNotice(changelog: try Self.classified(), effective: "2013-04-01", siteURL: "https://example.com/"))
        #expect(try notice.text().contains("Read the new text: https://example.com/fujixerox-privacy/2013-04-01/"))
        #expect(RevisionNotice(changelog: try Self.classified(), effective: "2001-01-01") == nil)
    }

    @Test("a subject outside ASCII is RFC 2047 encoded words, folded so no line of the header passes 76 characters")
    func nonASCIISubjectIsEncoded() throws {
        let encoded = EmailHeader.encoded("Änderungen — 2013")
        #expect(encoded.hasPrefix("=?utf-8?B?") && encoded.hasSuffix("?="))
        let long = "Änderungen der Datenschutzerklärung (Umgang mit personenbezogenen Daten), gültig ab 1. April 2013"
        let lines = ("Subject: " + EmailHeader.encoded(long)).components(separatedBy: "\n")
        #expect(lines.count > 1 && lines.allSatisfy { $0.count <= 76 }, "\(lines)")
        let words = try lines.map { line -> String in
            let word = line.split(separator: " ").last.map(String.init) ?? ""
            #expect(word.hasPrefix("=?utf-8?B?") && word.hasSuffix("?="))
            let data = try #require(Data(base64Encoded: String(word.dropFirst(10).dropLast(2))))
            return String(decoding: data, as: UTF8.self)
        }
        #expect(words.joined() == long)
    }

    @Test("an address that could end a header, or is not local@domain, is refused")
    func addresses() {
        #expect(EmailAddress("Privacy Team <privacy@example.com>")?.address == "privacy@example.com")
        #expect(EmailAddress("privacy@example.com")?.name == nil)
        for bad in ["privacy", "a@b@c", "x@example.com\r\nBcc: all@example.com", "\"Q\" <q@example.com>", "a b@example.com", "<@x>"] {
            #expect(EmailAddress(bad) == nil, "\(bad)")
        }
    }
}
