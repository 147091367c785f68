import Foundation
import PolicyDiff
import PolicyModel
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
        return try #require(ChangeSet.assessed(from: old, to: new).materiality)
    }

    @Test("a new disclosure condition broadens, naming the new clause")
    func newCondition() throws {
        let materiality = try Self.assess("new-condition")
        #expect(materiality.classification == .broadens)
        #expect(materiality.classification.label == "material — broadens")
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

    @Test("a typo fix is editorial; the same text is unchanged")
    func editorial() throws {
        #expect(try Self.assess("typo-fix").classification == .editorial)
        #expect(try Self.assess("typo-fix").flipCount == 0)
        #expect(try Self.assess("base").classification == .unchanged)
    }

    @Test("rewording many words without changing a decision is clarifying")
    func clarifying() throws {
        let old = try #require(PolicyParser.parse(fileAtPath: Self.folder.appendingPathComponent("base.xml").path).policy)
        var new = old
        new.preamble.append(.paragraph(Paragraph(content: [.text("In plain words: we only share your information as the numbered conditions below allow, and never sell it.")], location: old.location)))
        new.renumber()
        #expect(ChangeSet.assessed(from: old, to: new).materiality?.classification == .clarifying)
    }
}
