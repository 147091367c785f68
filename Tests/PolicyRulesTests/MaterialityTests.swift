import Foundation
import PolicyDiff
import PolicyModel
import PolicyRender
import PolicyRules
import PolicySource
import Testing

/// A revision's class comes from comparing decisions, not words.
@Suite struct MaterialityTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/materiality")

    static func assess(_ name: String) throws -> Materiality {
        let old = try #require(PolicyParser.parse(fileAtPath: folder.appendingPathComponent("base.xml").path).policy)
        let new = try #require(PolicyParser.parse(fileAtPath: folder.appendingPathComponent("\(name).xml").path).policy)
        return try #require(ChangeAssessment(from: old, to: new).materiality)
    }

    @Test("a new disclosure condition broadens, naming the new clause")
    func newCondition() throws {
        let materiality = try Self.assess("new-condition")
        #expect(materiality.classification == .broadens)
        #expect(ChangeWording.label(of: materiality.classification) == "material — broadens")
        // disclose × business-partner × marketing × 16 data classes × the 60 fact sets no other permit covers.
        #expect(materiality.flipCount == 960)
        let first = try #require(materiality.flips.first)
        #expect(first.request == "disclose to business-partner for marketing, no fact holding")
        #expect((first.old, first.new) == ("deny", "permit"))
        #expect(first.citations.map(\.clause) == ["4 (10)"])
        #expect(first.citations.map(\.id) == ["disclosure-partner-marketing"])
        #expect(materiality.flips.allSatisfy { $0.new == "permit" && $0.citations.map(\.id) == ["disclosure-partner-marketing"] })
    }

    @Test("removing a disclosure condition narrows, citing the default that now decides")
    func removedCondition() throws {
        let materiality = try Self.assess("removed-condition")
        #expect(materiality.classification == .narrows)
        let first = try #require(materiality.flips.first)
        #expect(first.request == "disclose to financial-institution for payment-settlement, no fact holding")
        #expect(first.citations.map(\.clause) == ["4 ¶1"])
    }

    @Test("a typo fix in a clause without rules is editorial; the same text is unchanged")
    func editorial() throws {
        let materiality = try Self.assess { $0.replacingOccurrences(of: "prevent leakage", with: "prevent leaks") }
        #expect(materiality.classification == .editorial)
        #expect(materiality.flipCount == 0 && materiality.reviews == [])
        #expect(try Self.assess("base").classification == .unchanged)
    }

    @Test("a typo fix in a clause that carries a rule needs review: only a person can tell it is a typo")
    func typoInRuleClause() throws {
        let materiality = try Self.assess("typo-fix")
        #expect(materiality.classification == .needsReview)
        #expect(materiality.flipCount == 0)
        #expect(materiality.reviews == [RuleReview(clause: "4 (6)", id: "disclosure-succession", rules: 1)])
    }

    @Test("new words on a clause whose rule stays the same need review, never editorial")
    func rewordedRuleClause() throws {
        let materiality = try Self.assess("reworded-rule-clause")
        #expect(materiality.classification == .needsReview)
        #expect(ChangeWording.label(of: materiality.classification) == "needs review")
        #expect(!materiality.classification.isMaterial)
        #expect(materiality.flipCount == 0)
        #expect(materiality.reviews == [RuleReview(clause: "4 (1)", id: "disclosure-consent", rules: 1)])
        #expect(
            ChangeWording.reviewLines(materiality) == [
                "the words of 4 (1), which carries a rule, changed; its rule did not: review it"
            ])
    }

    @Test("a clause that changes its words and its rule is assessed by decisions, with nothing to review")
    func rewordedAndRuleChanged() throws {
        let materiality = try Self.assess { text in
            text.replacingOccurrences(
                of: "<permit action=\"disclose\" requires=\"consent\"/>\n        When the person has given his/her consent,",
                with: "<permit action=\"disclose\"/>\n        When the person has not objected,")
        }
        #expect(materiality.classification == .broadens)
        #expect(materiality.reviews == [])
    }

    @Test("without rules on either side, materiality is not assessed, and says so")
    func withoutRules() throws {
        let path = Self.folder.appendingPathComponent("base.xml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let stripped = text.replacingOccurrences(
            of: #"<(permit|forbid|deny-by-default)\b[^>]*/>"#, with: "", options: .regularExpression)
        let old = try #require(PolicyParser.parse(bytes: Array(stripped.utf8), path: path).policy)
        #expect(old.clauses.allSatisfy { $0.rules.isEmpty })
        var new = old
        new.sections.removeLast()
        new.renumber()
        let materiality = try #require(ChangeAssessment(from: old, to: new).materiality)
        #expect(materiality.classification == .notAssessed)
        #expect(ChangeWording.materialityLine(materiality) == "not assessed: neither revision has rules")
        #expect(ChangeAssessment(from: old, to: old).materiality?.classification == .unchanged)
    }

    @Test("rewording many words without changing a decision is clarifying")
    func clarifying() throws {
        let old = try #require(PolicyParser.parse(fileAtPath: Self.folder.appendingPathComponent("base.xml").path).policy)
        var new = old
        new.preamble.append(.paragraph(Paragraph(content: [.text("In plain words: we only share your information as the numbered conditions below allow, and never sell it.")], location: old.location)))
        new.renumber()
        #expect(ChangeAssessment(from: old, to: new).materiality?.classification == .clarifying)
    }

    /// Assesses `base.xml` against itself with `edit` applied to its source text.
    static func assess(editing edit: (String) -> String) throws -> Materiality {
        let path = folder.appendingPathComponent("base.xml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let old = try #require(PolicyParser.parse(bytes: Array(text.utf8), path: path).policy)
        let edited = edit(text)
        #expect(edited != text)
        let new = try #require(PolicyParser.parse(bytes: Array(edited.utf8), path: path).policy)
        return try #require(ChangeAssessment(from: old, to: new).materiality)
    }

    @Test("rules that trade clauses decide as before: nothing flips")
    func rulesTradeClauses() throws {
        let materiality = try Self.assess { text in
            text.replacingOccurrences(of: #"<permit action="disclose" requires="consent"/>"#, with: "@")
                .replacingOccurrences(
                    of: #"<permit action="disclose" requires="anonymized"/>"#,
                    with: #"<permit action="disclose" requires="consent"/>"#)
                .replacingOccurrences(of: "@", with: #"<permit action="disclose" requires="anonymized"/>"#)
        }
        #expect(materiality.flipCount == 0)
        #expect(!materiality.classification.isMaterial)
    }

    @Test("a rule another rule already covers decides nothing new: nothing flips")
    func subsumedRule() throws {
        let materiality = try Self.assess { text in
            text.replacingOccurrences(
                of: #"<permit action="disclose" requires="consent"/>"#,
                with: #"<permit action="disclose" requires="consent"/><permit action="disclose" recipient="successor" requires="consent"/>"#)
        }
        #expect(materiality.flipCount == 0)
        #expect(materiality.flips.isEmpty)
        #expect(!materiality.classification.isMaterial)
    }

    @Test("more facts on one request than can be compared exhaustively leave the revision unclassified, at once")
    func tooManyFacts() throws {
        let facts = (1...25).map { "extra-fact-\($0)" }
        let path = Self.folder.appendingPathComponent("base.xml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let old = try #require(PolicyParser.parse(bytes: Array(text.utf8), path: path).policy)
        let edited = text
            .replacingOccurrences(
                of: #"<fact id="consent""#,
                with: facts.map { "<fact id=\"\($0)\" defined-in=\"acquisition-marketing\">\($0)</fact>" }.joined()
                    + #"<fact id="consent""#)
            .replacingOccurrences(
                of: #"<permit action="disclose" requires="consent"/>"#,
                with: #"<permit action="disclose" requires=""# + facts.joined(separator: " ") + #""/>"#)
        let parsed = PolicyParser.parse(bytes: Array(edited.utf8), path: path)
        #expect(!parsed.diagnostics.containsErrors, "\(parsed.diagnostics)")
        let new = try #require(parsed.policy)
        #expect(ChangeAssessment(from: old, to: new).materiality == nil)
    }
}
