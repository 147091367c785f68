import Foundation
import PolicyDiff
import PolicyModel
import PolicyRender
import PolicyRules
import Testing

/// What every revision format says when a rule-bearing clause is reworded under the same rule, and
/// when neither revision has rules.
@Suite struct MaterialityFormatsTests {
    static let goldens = Paths.fixtures + "/revisions"
    static let materiality = Paths.repository + "/Tests/PolicyRulesTests/Fixtures/materiality"

    /// The materiality base and its revision whose clause 4 (1) reads "has not objected" under the
    /// same consent rule, as one history, assessed as the site assesses it.
    static func reworded() throws -> Changelog {
        let old = try Golden.policy(materiality + "/base.xml")
        let new = try Golden.policy(materiality + "/reworded-rule-clause.xml")
        return Changelog(history: RevisionHistory(history: PolicyHistory(id: old.id, revisions: [new, old])))
    }

    static let sentence = "the words of 4 (1), which carries a rule, changed; its rule did not: review it"

    @Test(
        "a reworded rule-bearing clause is named for review in every redline, never in what customers read, and the revision is not editorial"
    )
    func rewordedRuleClause() throws {
        let changelog = try Self.reworded()
        let changes = try #require(changelog.entries[0].changes)
        let materiality = changelog.entries[0].materiality
        #expect(materiality?.classification == .needsReview)
        let notice = try #require(RevisionNotice(changelog: changelog, effective: "2013-04-01"))
        let redlines = [
            ("review-redline.txt", changes.text(materiality: materiality)),
            ("review-redline.md", changes.markdown(materiality: materiality)),
            ("review-redline.html", changes.html(materiality: materiality)),
        ]
        let forCustomers = try [
            ("review-changelog.md", changelog.markdown()), ("review-changelog.txt", changelog.text()),
            ("review-changelog.html", changelog.html()), ("review-feed.xml", changelog.atom()),
            ("review-notice.txt", notice.text()), ("review-notice.html", notice.html()),
        ]
        for (name, output) in redlines + forCustomers {
            // Text formats wrap the sentence; compare with runs of whitespace as one space.
            let unwrapped = output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let isRedline = name.contains("redline")
            #expect(unwrapped.contains(Self.sentence) == isRedline, "\(name)")
            #expect(!output.contains("editorial"), "\(name)")
            // A review is the author's work: nothing customers read says the meaning did not change.
            #expect(!output.contains("None of these changes alters"), "\(name)")
            try Golden.check(output, against: "\(Self.goldens)/\(name)")
        }
    }

    @Test("a history without rules is categorised not assessed in the feed, and no notice claims what it means")
    func withoutRules() throws {
        let changelog = Changelog(history: RevisionHistory(history: try PublishTests.history()))
        let notice = try #require(RevisionNotice(changelog: changelog, effective: "2013-04-01"))
        let entry = changelog.entries[0]
        let redline = try #require(entry.changes).text(materiality: entry.materiality)
        #expect(redline.contains("\nMateriality: not assessed (neither revision has rules)\n"))
        let outputs = try [
            ("not-assessed-feed.xml", changelog.atom()), ("not-assessed-notice.txt", notice.text()),
            ("not-assessed-notice.html", notice.html()),
        ]
        for (name, output) in outputs {
            #expect(output.contains(#"term="not-assessed""#) == name.hasSuffix(".xml"), "\(name)")
            #expect(!output.contains("decisions change"), "\(name)")
            #expect(!output.contains("What this means for you"), "\(name)")
            try Golden.check(output, against: "\(Self.goldens)/\(name)")
        }
    }
}
