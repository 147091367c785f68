import PolicyModel
import PolicyRules
import Testing

@Suite struct RequestSpaceTests {
    @Test("the shipped policy's space: 2 actions × 8 × 7 × 16 × 2^10 fact subsets")
    func shippedCount() {
        let space = RequestSpace(Shipped.policy.vocabulary)
        #expect(space.count == 2 * 8 * 7 * 16 * 1024)
        #expect(space.count == 1_835_008)
        #expect(space.request(at: 0) == Request(action: "use"))
        #expect(space.request(at: space.count - 1).facts.count == 10)
    }

    @Test("every request of a small space appears once, and two vocabularies are united")
    func enumeration() {
        let here = SourceLocation(file: "t", line: 1)
        let old = [Term(id: "use", kind: .action, label: "use", location: here), Term(id: "consent", kind: .fact, label: "c", location: here)]
        let new = old + [Term(id: "bank", kind: .recipient, label: "bank", location: here)]
        let space = RequestSpace(old, new)
        let all = Array(space)
        #expect(all.count == 1 * 1 * 2 * 1 * 2)
        #expect(Set(all).count == all.count)
        #expect(all.contains(Request(action: "use", recipient: "bank", facts: ["consent"])))
    }

    @Test("decisions over a space line up with deciding each request in order")
    func decisions() {
        let space = RequestSpace(Shipped.policy.vocabulary.filter { $0.kind == .action || $0.kind == .fact })
        let decided = Shipped.rules.decisions(over: space)
        #expect(decided.count == 2 * 1024)
        #expect(decided.map(\.request) == Array(space))
        #expect(decided.allSatisfy { Shipped.rules.decide($0.request) == $0.decision })
        // With no purpose, recipient or data: use needs one of 4 facts (3 ¶1, 3 (1)–(3)), so 2^6 of the
        // 1024 subsets are denied; disclose needs one of 3 (4 (1), (2), (7)), so 2^7 are.
        #expect(decided.filter { $0.decision.isPermit }.count == (1024 - 64) + (1024 - 128))
    }
}
