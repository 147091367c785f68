import Foundation
import PolicyModel
import PolicySource
import Testing

@Suite struct RuleSourceTests {
    static func parse(_ body: String) -> ParseResult {
        let source = """
            <?xml version="1.0"?>
            <policy xmlns="urn:x-codicil:policy:1" id="x" xml:lang="en">
              <title>T</title><publisher>P</publisher><revision effective="2024-01-01"/>
              <vocabulary>
                <action id="disclose" dpv="dpv:Disclose">disclose</action>
                <recipient id="bank">bank</recipient>
                <fact id="consent">consent</fact>
              </vocabulary>
            \(body)
            </policy>
            """
        return PolicyParser.parse(bytes: Array(source.utf8), path: "rules.xml")
    }

    @Test("vocabulary terms and clause rules are read")
    func readsRules() throws {
        let result = Self.parse(
            """
              <section id="s"><heading>Disclosure</heading>
                <p id="limit"><deny-by-default action="disclose"/>We disclose nothing, except:</p>
                <list style="ordered">
                  <item id="to-bank"><permit action="disclose" recipient="bank" requires="consent"/>to a bank with consent.</item>
                </list>
              </section>
            """)
        #expect(result.diagnostics.isEmpty)
        let policy = try #require(result.policy)
        #expect(policy.vocabulary.map(\.id) == ["disclose", "bank", "consent"])
        #expect(policy.vocabulary[0].dpv == "dpv:Disclose")
        let rules = policy.clauses.flatMap { clause in clause.rules.map { (clause.citation, $0.effect, $0.recipients, $0.requires) } }
        #expect(rules.count == 2)
        #expect(rules[0].0 == "1 ¶1" && rules[0].1 == .denyByDefault)
        #expect(rules[1].0 == "1 (1)" && rules[1].1 == .permit && rules[1].2 == ["bank"] && rules[1].3 == ["consent"])
        guard case .list(let list) = policy.sections[0].blocks[1] else { Issue.record("expected a list"); return }
        #expect(list.items[0].content == [.text("to a bank with consent.")])
    }

    @Test("rules naming undeclared terms, or terms of the wrong kind, are errors that list the known terms")
    func undeclaredTerms() {
        let result = Self.parse(
            """
              <section id="s"><heading>Disclosure</heading>
                <p id="p"><permit action="disclose" recipient="broker" requires="bank"/>Text.</p>
                <p><permit action="disclose"/>A rule on a clause without an id.</p>
              </section>
            """)
        #expect(
            result.diagnostics.map(\.description) == [
                "rules.xml:10:41: error: recipient 'broker' is not declared in <vocabulary>; declared recipient terms: bank [undeclared-term]",
                "rules.xml:10:60: error: requires 'bank' is a recipient, not a fact [undeclared-term]",
                "rules.xml:11:5: error: <p> carries rules but has no 'id' to cite it by [missing-attribute]",
            ])
    }
}
