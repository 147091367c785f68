import PolicyModel
import PolicyRules
import PolicySource
import Testing

/// Decisions and exports cite clauses in the numbering style their policy declares.
@Suite struct NumberingCitationTests {
    static let agreement = FixturePaths.packageRoot.appendingPathComponent(
        "Tests/PolicyRenderTests/Fixtures/numbering/clause-agreement/2024-05-01.xml")

    static func rules() throws -> RuleSet {
        RuleSet(policy: try #require(PolicyParser.parse(fileAtPath: agreement.path).policy))
    }

    @Test("a decision cites the clause as the agreement numbers it")
    func decision() throws {
        let request = Request(action: "transfer", recipient: "sub-processor", facts: ["prior-authorisation"])
        let decision = try Self.rules().decide(request)
        #expect(decision.decision == .permit)
        #expect(decision.citations.map(\.clause) == ["Clause 5 ¶1"])
    }

    @Test("the Cedar and Rego exports name the clause in the declared style")
    func exports() throws {
        let rules = try Self.rules()
        #expect(CedarExport.policies(rules).contains("// Clause 5 ¶1 sub-processor-authorisation\n"))
        #expect(RegoExport.module(rules).contains("# Clause 5 ¶1 sub-processor-authorisation\n"))
    }
}
