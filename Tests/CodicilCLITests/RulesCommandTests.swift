import Foundation
import Testing

@Suite struct RulesCommandTests {
    static let policy = "policy-src/fujixerox-privacy/2012-12-01.xml"

    @Test("`rules check` exits 0 for permit with the citation as sorted JSON")
    func permit() throws {
        let run = try CodicilBinary.run([
            "rules", "check", Self.policy, "--action", "disclose", "--recipient", "financial-institution",
            "--purpose", "payment-settlement", "--format", "json",
        ])
        #expect(run.status == 0)
        struct Answer: Decodable { var decision: String; var citations: [[String: String]] }
        let answer = try JSONDecoder().decode(Answer.self, from: Data(run.standardOutput.utf8))
        #expect(answer.decision == "permit")
        #expect(answer.citations.map { $0["clause"] } == ["4 (5)"])
        #expect(answer.citations.map { $0["id"] } == ["disclosure-payment"])
        #expect(run.standardOutput.range(of: "\"citations\"")!.lowerBound < run.standardOutput.range(of: "\"decision\"")!.lowerBound)
    }

    @Test("`rules check` exits 1 for deny, citing the clause that sets the default")
    func deny() throws {
        let run = try CodicilBinary.run(["rules", "check", Self.policy, "--action", "disclose", "--recipient", "third-party"])
        #expect(run.status == 1)
        #expect(
            run.standardOutput == """
                deny
                  4 ¶1 [disclosure-limit] Fuji Xerox does not disclose personal information to any third parties except under one or more of the following conditions;

                """)
    }

    @Test("`rules check` exits 2 for an unknown term, naming the known ones")
    func badRequest() throws {
        let run = try CodicilBinary.run(["rules", "check", Self.policy, "--action", "disclose", "--purpose", "resale"])
        #expect(run.status == 2)
        #expect(run.standardOutput == "")
        #expect(
            run.standardError == "error: unknown purpose 'resale'; known purpose terms: customization, inquiry-response, "
                + "marketing, payment-settlement, site-improvement, statistics, troubleshooting\n")
    }

    @Test("a source with errors prints its diagnostics and exits 2")
    func brokenSource() throws {
        let run = try CodicilBinary.run(
            ["rules", "list", "Tests/PolicySourceTests/Fixtures/invalid/duplicate-id.xml"])
        #expect(run.status == 2)
        #expect(run.standardError.contains("[duplicate-id]"))
    }

    @Test("`rules check --requests` answers one line per request, in order")
    func requests() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-requests-\(getpid()).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(
            """
            {"action":"disclose","recipient":"successor"}
            {"action":"use","data":"cookie","purpose":"troubleshooting","facts":["cookies-rejected"]}

            {"action":"sell"}
            """.utf8
        ).write(to: file)
        let run = try CodicilBinary.run(["rules", "check", Self.policy, "--requests", file.path])
        #expect(run.status == 2)
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix(#"{"citations":[{"clause":"4 (6)","id":"disclosure-succession","text":"#))
        #expect(lines[0].hasSuffix(#""decision":"permit"}"#))
        #expect(lines[1].hasPrefix(#"{"citations":[{"clause":"7.1 ¶2","id":"cookies-rejection""#))
        #expect(lines[1].hasSuffix(#""decision":"deny"}"#))
        #expect(lines[2] == #"{"error":"\#(file.path):4: unknown action 'sell'; known action terms: disclose, use"}"#)
    }

    @Test("`rules export` writes Cedar, Rego and JSON; `rules list` every rule")
    func exportAndList() throws {
        let cedar = try CodicilBinary.run(["rules", "export", Self.policy, "--format", "cedar"])
        #expect(cedar.status == 0 && cedar.standardOutput.contains("@id(\"disclosure-payment\")"))
        let rego = try CodicilBinary.run(["rules", "export", Self.policy, "--format", "rego"])
        #expect(rego.status == 0 && rego.standardOutput.contains("package codicil"))
        let json = try CodicilBinary.run(["rules", "export", Self.policy, "--format", "json"])
        #expect(json.status == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])?["rules"] != nil)
        let list = try CodicilBinary.run(["rules", "list", Self.policy])
        #expect(list.status == 0)
        #expect(list.standardOutput.split(separator: "\n").count == 24)
        #expect(list.standardOutput.contains("4 (5)\tdisclosure-payment\tpermit action=disclose purpose=payment-settlement recipient=financial-institution\n"))
    }
}

@Suite struct CheckLintTests {
    @Test("`codicil check` reports rule lint with the parser's diagnostics")
    func lintInCheck() throws {
        let lint = CodicilBinary.packageRoot.appendingPathComponent("Tests/PolicyRulesTests/Fixtures/lint")
        let run = try CodicilBinary.run(["check", "never-matches.xml", "unused-term.xml"], in: lint)
        #expect(run.status == 1)
        let expected = try ["never-matches", "unused-term"].map {
            try String(contentsOf: lint.appendingPathComponent("\($0).expected"), encoding: .utf8)
        }.joined()
        #expect(run.standardOutput == expected)
        #expect(run.standardError == "checked 2 files: 1 error, 2 warnings\n")
    }
}
