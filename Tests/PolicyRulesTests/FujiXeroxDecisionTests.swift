import PolicyModel
import PolicyRules
import Testing

@Suite struct FujiXeroxDecisionTests {
    /// A request, the clause id expected to permit it, and that clause's citation.
    struct Case: Sendable, CustomTestStringConvertible {
        var request: Request
        var id: ClauseID
        var clause: String
        var testDescription: String { "\(clause) \(id)" }
    }

    static let sectionThreeAndFour: [Case] = [
        Case(request: Request(action: "use", facts: ["within-purpose"]), id: "use-limit", clause: "3 ¶1"),
        Case(request: Request(action: "use", facts: ["consent"]), id: "use-consent", clause: "3 (1)"),
        Case(request: Request(action: "use", facts: ["anonymized"]), id: "use-anonymized", clause: "3 (2)"),
        Case(request: Request(action: "use", facts: ["authorized-by-law"]), id: "use-authorized-by-law", clause: "3 (3)"),
        Case(request: Request(action: "disclose", recipient: "third-party", facts: ["consent"]), id: "disclosure-consent", clause: "4 (1)"),
        Case(request: Request(action: "disclose", facts: ["anonymized"]), id: "disclosure-anonymized", clause: "4 (2)"),
        Case(
            request: Request(action: "disclose", recipient: "business-partner", facts: ["within-purpose"]),
            id: "disclosure-business-partner", clause: "4 (3)"),
        Case(
            request: Request(action: "disclose", purpose: "inquiry-response", recipient: "business-partner"),
            id: "disclosure-inquiry-response", clause: "4 (4)"),
        Case(
            request: Request(action: "disclose", purpose: "payment-settlement", recipient: "financial-institution", data: "credit-card-number"),
            id: "disclosure-payment", clause: "4 (5)"),
        Case(request: Request(action: "disclose", recipient: "successor"), id: "disclosure-succession", clause: "4 (6)"),
        Case(request: Request(action: "disclose", facts: ["authorized-by-law"]), id: "disclosure-authorized-by-law", clause: "4 (7)"),
        Case(
            request: Request(action: "disclose", recipient: "authority", facts: ["court-order"]), id: "disclosure-court-order",
            clause: "4 (8)"),
        Case(
            request: Request(action: "disclose", recipient: "group-company", facts: ["within-purpose"]), id: "disclosure-group",
            clause: "4 (9)"),
    ]

    @Test("each condition of sections 3 and 4 permits, citing its clause alone", arguments: sectionThreeAndFour)
    func permits(_ example: Case) {
        let decision = Shipped.rules.decide(example.request)
        #expect(decision.decision == .permit)
        #expect(decision.citations.map(\.clause) == [example.clause])
        #expect(decision.citations.map(\.id) == [example.id])
    }

    @Test("a permit carries the clause's plain text")
    func citationText() {
        let decision = Shipped.rules.decide(
            Request(action: "disclose", purpose: "payment-settlement", recipient: "financial-institution"))
        #expect(
            decision.citations == [
                Citation(
                    clause: "4 (5)", id: "disclosure-payment",
                    text: "When it is necessary for the settlement of payment for products purchased or services provided to "
                        + "disclose personal information to financial institutions etc. (This is for verifying the accuracy "
                        + "of bank account information or the validity of credit cards),")
            ])
    }

    @Test("several matching permits are all cited, in document order")
    func severalPermits() {
        let decision = Shipped.rules.decide(Request(action: "use", facts: ["authorized-by-law", "consent"]))
        #expect(decision.decision == .permit)
        #expect(decision.citations.map(\.clause) == ["3 (1)", "3 (3)"])
    }

    static let unpermitted: [(Request, String, ClauseID)] = [
        (Request(action: "disclose", recipient: "third-party"), "4 ¶1", "disclosure-limit"),
        (Request(action: "disclose", purpose: "marketing", recipient: "business-partner"), "4 ¶1", "disclosure-limit"),
        (Request(action: "disclose", purpose: "payment-settlement", recipient: "business-partner"), "4 ¶1", "disclosure-limit"),
        (Request(action: "disclose", recipient: "third-party", facts: ["court-order"]), "4 ¶1", "disclosure-limit"),
        (Request(action: "disclose", recipient: "business-partner"), "4 ¶1", "disclosure-limit"),
        (Request(action: "use", purpose: "marketing", data: "name"), "3 ¶1", "use-limit"),
        (Request(action: "use", purpose: "marketing", facts: ["business-card", "marketing-rejected"]), "3 ¶1", "use-limit"),
    ]

    @Test("requests no clause permits are denied, citing the clause that sets the default", arguments: unpermitted)
    func denials(_ request: Request, _ clause: String, _ id: ClauseID) {
        let decision = Shipped.rules.decide(request)
        #expect(decision.decision == .deny)
        #expect(decision.citations.map(\.clause) == [clause])
        #expect(decision.citations.map(\.id) == [id])
    }

    @Test("section 6: disclosing advice identifiably needs consent, whatever else permits it")
    func forbidAdvice() {
        let forbidden = Shipped.rules.decide(Request(action: "disclose", recipient: "successor", data: "advice"))
        #expect(forbidden.decision == .deny)
        #expect(forbidden.citations.map(\.clause) == ["6 ¶2"])
        #expect(forbidden.citations.map(\.id) == ["advice-disclosure"])
        let consented = Shipped.rules.decide(Request(action: "disclose", recipient: "successor", data: "advice", facts: ["consent"]))
        #expect(consented.decision == .permit)
        #expect(consented.citations.map(\.clause) == ["4 (1)", "4 (6)"])
    }

    @Test("7.1: Cookies are used for the listed purposes unless the person rejects them")
    func cookies() {
        let used = Shipped.rules.decide(Request(action: "use", purpose: "troubleshooting", data: "cookie"))
        #expect(used.decision == .permit && used.citations.map(\.clause) == ["7.1 (1)"])
        let rejected = Shipped.rules.decide(
            Request(action: "use", purpose: "troubleshooting", data: "cookie", facts: ["cookies-rejected"]))
        #expect(rejected.decision == .deny && rejected.citations.map(\.clause) == ["7.1 ¶2"])
        let address = Shipped.rules.decide(
            Request(action: "use", purpose: "troubleshooting", data: "ip-address", facts: ["cookies-rejected"]))
        #expect(address.decision == .permit)
    }

    @Test("section 1: cards from a business meeting may be used for marketing unless the person rejects it")
    func businessCards() {
        let decision = Shipped.rules.decide(Request(action: "use", purpose: "marketing", facts: ["business-card"]))
        #expect(decision.decision == .permit && decision.citations.map(\.clause) == ["1 ¶3"])
    }

    @Test("unknown terms and terms of the wrong kind are named with the known terms of that kind")
    func validation() {
        let problems = Shipped.rules.problems(in: Request(action: "sell", recipient: "consent", facts: ["bribe"]))
        #expect(
            problems.map(\.description) == [
                "unknown action 'sell'; known action terms: disclose, use",
                "'consent' is a fact, not a recipient; known recipient terms: authority, business-partner, "
                    + "financial-institution, group-company, successor, third-party",
                "unknown fact 'bribe'; known fact terms: anonymized, authorized-by-law, business-card, consent, "
                    + "cookies-rejected, court-order, marketing-rejected, purpose-restricted, registered-member, within-purpose",
            ])
        #expect(throws: RequestError.self) { try Shipped.rules.decideValidated(Request(action: "sell")) }
    }

    @Test("a decision's JSON line has sorted keys and escapes its text")
    func jsonLine() {
        let decision = Decision(decision: .deny, citations: [Citation(clause: "4 ¶1", id: "x", text: "a \"b\"\\\n")])
        #expect(decision.json.compact() == #"{"citations":[{"clause":"4 ¶1","id":"x","text":"a \"b\"\\\n"}],"decision":"deny"}"#)
    }
}
