import Foundation
import PolicyModel
import PolicyRules
import Testing

@testable import PolicyRender

/// What a customer reads about the shipped example's revision that starts disclosing Web data
/// to advertising partners: a letter in the vocabulary's words, never its ids.
@Suite struct CustomerWordsTests {
    static let folder = Paths.fixtures + "/disclosure/fujixerox-privacy"
    static let goldens = Paths.fixtures + "/disclosure"

    /// The shipped example and its revision that adds clause 4 (10), as one history.
    static func history() throws -> (Changelog, [Policy]) {
        let old = try Golden.policy(folder + "/2012-12-01.xml")
        let new = try Golden.policy(folder + "/2013-04-01.xml")
        return (Changelog(history: RevisionHistory(history: PolicyHistory(id: old.id, revisions: [old, new]))), [old, new])
    }

    static let sentence =
        "We may now disclose Cookies, Web beacons, IP addresses, browsing history and results of questionnaires to advertising partners for marketing (section 4 (10))."

    @Test("the new disclosure is one sentence in the vocabulary's words, grouped over its data categories")
    func groupedSentence() throws {
        let (changelog, _) = try Self.history()
        let entry = changelog.entries[0]
        #expect(entry.materiality?.classification == .broadens)
        let permissions = try #require(entry.permissions)
        #expect(permissions.count == 1)
        #expect(permissions.map { CustomerWording.sentence($0, labels: entry.labels) } == [Self.sentence])
    }

    @Test("the notice reads as a letter: summary first, what it means, where the text changed, the redline")
    func noticeGoldens() throws {
        let (changelog, _) = try Self.history()
        let notice = try #require(
            RevisionNotice(changelog: changelog, effective: "2013-04-01", siteURL: "https://example.com/"))
        let text = try notice.text()
        try Golden.check(text, against: "\(Self.goldens)/notice.txt")
        try Golden.check(try notice.html(), against: "\(Self.goldens)/notice.html")
        try Golden.check(try changelog.markdown(), against: "\(Self.goldens)/changelog.md")
        let unwrapped = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(unwrapped.contains(Self.sentence))
        // The summary's cross-reference reads as the clause's number.
        #expect(unwrapped.contains("as 4 (10) says"))
        let order = [
            "We now share some", "What this means for you:", "Where the text changed:",
            "See every change in the redline",
        ]
        let positions = order.map { unwrapped.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil } && positions.map { $0! } == positions.map { $0! }.sorted())
    }

    @Test("no vocabulary or clause id appears in what a customer reads")
    func noIDs() throws {
        let (changelog, policies) = try Self.history()
        let notice = try #require(RevisionNotice(changelog: changelog, effective: "2013-04-01"))
        // Ids a label does not contain (`ad-partner`, `within-purpose`), and every hyphenated clause id.
        let terms = policies.flatMap(\.vocabulary).filter { !$0.label.lowercased().contains($0.id.rawValue) }
        let clauses = policies.flatMap(\.clauses).map(\.id.rawValue).filter { $0.contains("-") }
        let ids = Set(terms.map(\.id.rawValue) + clauses)
        #expect(ids.contains("ad-partner") && ids.contains("disclosure-advertising"))
        let outputs = try [
            ("notice.txt", notice.text()), ("notice.html", notice.html()), ("changelog.md", changelog.markdown()),
            ("changelog.txt", changelog.text()), ("changelog.html", changelog.html()), ("feed.xml", changelog.atom()),
        ]
        for (name, output) in outputs {
            let words = Set(output.split { !($0.isLetter || $0.isNumber || $0 == "-") }.map(String.init))
            #expect(words.intersection(ids).isEmpty, "\(name): \(words.intersection(ids).sorted())")
        }
    }

    @Test("the closing's date line, which every revision changes, is not listed as a change")
    func closingDateLine() throws {
        let (changelog, policies) = try Self.history()
        #expect(!changelog.entries[0].changedClauses.flatMap(\.sentences).contains { $0.contains("Closing") })
        var dated = policies[0]
        dated.revision = Revision(effective: PolicyDate("2013-01-01")!)
        dated.closing = dated.closing.map { block in
            guard case .paragraph(var line) = block, line.role == .date else { return block }
            line.content = [.text("January, 2013")]
            return .paragraph(line)
        }
        let onlyDate = Changelog(history: RevisionHistory(history: PolicyHistory(id: dated.id, revisions: [policies[0], dated])))
        #expect(onlyDate.entries[0].changedClauses.isEmpty)
        #expect(try onlyDate.text().contains("\nOnly the date or signature at the end changed.\n"))
    }
}
