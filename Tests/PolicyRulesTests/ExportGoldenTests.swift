import PolicyRules
import Testing

@Suite struct ExportGoldenTests {
    @Test("Cedar export of the shipped policy")
    func cedar() throws { try Golden.check(CedarExport.policies(Shipped.rules), against: "exports/fujixerox-privacy.cedar") }

    @Test("Rego export of the shipped policy")
    func rego() throws { try Golden.check(RegoExport.module(Shipped.rules), against: "exports/fujixerox-privacy.rego") }

    @Test("JSON export of the shipped policy")
    func json() throws { try Golden.check(JSONExport.document(Shipped.rules), against: "exports/fujixerox-privacy.json") }

    @Test("exports are the same on every run")
    func deterministic() {
        #expect(CedarExport.policies(Shipped.rules) == CedarExport.policies(RuleSet(policy: Shipped.policy)))
        #expect(JSONExport.document(Shipped.rules) == JSONExport.document(RuleSet(policy: Shipped.policy)))
    }
}
