import PolicyModel
import Testing

@Suite("Renumbering")
struct RenumberingTests {
    static let at = SourceLocation(file: "test.xml", line: 1)

    static func policy(_ ids: [String]) -> Policy {
        Policy(
            id: "test", language: "en", title: [.text("T")], publisher: [.text("P")],
            revision: Revision(effective: PolicyDate("2024-01-01")!),
            sections: ids.map { Section(id: ClauseID($0), heading: [.text($0)], location: at) }, location: at)
    }

    @Test("Inserting a section renumbers the sections after it and no others")
    func insertion() {
        let before = Self.policy(["a", "b", "c"])
        let after = Self.policy(["a", "new", "b", "c"])
        #expect(before.citations == ["a": "1", "b": "2", "c": "3"])
        #expect(after.citations == ["a": "1", "new": "2", "b": "3", "c": "4"])
    }
}
