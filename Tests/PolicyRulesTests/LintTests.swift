import Foundation
import PolicyRules
import PolicySource
import Testing

@Suite struct LintTests {
    static let cases = ((try? FileManager.default.contentsOfDirectory(atPath: FixturePaths.fixtures.appendingPathComponent("lint").path)) ?? [])
        .filter { $0.hasSuffix(".xml") }.map { String($0.dropLast(4)) }.sorted()

    @Test("lint fixtures give exactly their expected diagnostics", arguments: cases)
    func fixture(_ name: String) throws {
        let folder = FixturePaths.fixtures.appendingPathComponent("lint")
        let bytes = try Data(contentsOf: folder.appendingPathComponent(name + ".xml"))
        let result = PolicyParser.parse(bytes: Array(bytes), path: name + ".xml")
        let policy = try #require(result.policy, "\(result.diagnostics)")
        let actual = RuleLint.diagnostics(for: policy).map { $0.description + "\n" }.joined()
        let expected = try String(contentsOf: folder.appendingPathComponent(name + ".expected"), encoding: .utf8)
        #expect(actual == expected)
    }

    @Test("there are lint fixtures to run")
    func fixturesExist() { #expect(Self.cases.count == 5) }

    @Test("a rule-bearing clause reworded away from its fact (\"has not objected\") is flagged")
    func rewordedAwayFromFact() throws {
        let path = FixturePaths.fixtures.appendingPathComponent("materiality/reworded-rule-clause.xml").path
        let policy = try #require(PolicyParser.parse(fileAtPath: path).policy)
        #expect(
            RuleLint.diagnostics(for: policy).map(\.message) == [
                "fact 'consent' (\"the person has given his/her consent\") is not mentioned in the text of 4 (1) disclosure-consent"
            ])
    }

    @Test("the shipped policy lints clean")
    func shippedIsClean() { #expect(RuleLint.diagnostics(for: Shipped.policy).isEmpty) }
}
