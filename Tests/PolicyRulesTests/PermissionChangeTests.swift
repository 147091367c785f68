import Foundation
import PolicyModel
import PolicyRules
import PolicySource
import Testing

/// A material revision's decision flips, grouped as a reader asks about them.
@Suite struct PermissionChangeTests {
    static func policy(_ name: String, edit: (String) -> String = { $0 }) throws -> Policy {
        let path = MaterialityTests.folder.appendingPathComponent("\(name).xml").path
        let text = edit(try String(contentsOfFile: path, encoding: .utf8))
        return try #require(PolicyParser.parse(bytes: Array(text.utf8), path: path).policy)
    }

    static func changes(to new: Policy) throws -> [PermissionChange] {
        try #require(PermissionChange.changes(from: RuleSet(policy: try policy("base")), to: RuleSet(policy: new)))
    }

    @Test("a new permit without data names no data: one change, whatever the data, with the clause that now permits")
    func newCondition() throws {
        #expect(
            try Self.changes(to: Self.policy("new-condition")) == [
                PermissionChange(
                    direction: .nowPermitted, action: "disclose", purpose: "marketing", recipient: "business-partner",
                    citations: [
                        Citation(
                            clause: "4 (10)", id: "disclosure-partner-marketing",
                            text:
                                "When personal information is disclosed to the business partner for its marketing of products and services related to those of Fuji Xerox."
                        )
                    ])
            ])
    }

    @Test("a removed permit is no longer permitted, cited to the clause that now denies")
    func removedCondition() throws {
        let changes = try Self.changes(to: Self.policy("removed-condition"))
        #expect(changes.count == 1)
        #expect(changes.first?.direction == .noLongerPermitted)
        #expect(
            changes.first.map { [$0.action, $0.recipient, $0.purpose] } == [
                "disclose", "financial-institution", "payment-settlement",
            ])
        #expect(changes.first?.data == [] && changes.first?.facts == [])
        #expect(changes.first?.citations.map(\.id) == ["disclosure-limit"])
    }

    @Test("a permit that needs a fact is stated with that fact, and only once")
    func withFacts() throws {
        let new = try Self.policy("base") { text in
            text.replacingOccurrences(
                of: #"<permit action="use" requires="anonymized"/>"#,
                with:
                    #"<permit action="use" requires="anonymized"/><permit action="use" purpose="marketing" requires="court-order"/>"#
            )
        }
        let changes = try Self.changes(to: new)
        #expect(changes.map(\.facts) == [["court-order"]])
        #expect(
            changes.map(\.purpose) == ["marketing"] && changes.map(\.recipient) == [nil] && changes.map(\.data) == [[]])
    }

    @Test("named data categories are listed in vocabulary order, and nothing changes when the rules do not")
    func dataAndNothing() throws {
        let new = try Self.policy("base") { text in
            text.replacingOccurrences(
                of: #"<permit action="disclose" recipient="successor"/>"#,
                with:
                    #"<permit action="disclose" recipient="successor"/><permit action="disclose" recipient="authority" data="age name"/>"#
            )
        }
        let changes = try Self.changes(to: new)
        #expect(changes.map(\.data) == [["name", "age"]])
        #expect(changes.map(\.recipient) == ["authority"] && changes.map(\.purpose) == [nil])
        #expect(try Self.changes(to: Self.policy("base")) == [])
    }
}
