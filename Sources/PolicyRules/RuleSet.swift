import PolicyModel

/// One rule with the clause that carries it.
public struct ClauseRule: Sendable, Hashable {
    /// The rule as written.
    public var rule: Rule
    /// The clause that carries it, as decisions cite it.
    public var citation: Citation
    /// Its position among all rules, in document order.
    public var index: Int
}

/// A policy's vocabulary and rules, ready to decide requests.
public struct RuleSet: Sendable, Hashable {
    /// The policy the rules come from.
    public var policyID: PolicyID
    /// The effective date of the revision they come from.
    public var effective: PolicyDate
    /// Every declared term, in document order.
    public var vocabulary: [Term]
    /// Every rule, in document order.
    public var rules: [ClauseRule]
    /// Each declared id's kind (the first declaration wins), for validating requests quickly.
    var termKinds: [TermID: Term.Kind]

    /// Collects the rules of every clause of a policy, with each clause's citation and plain text.
    public init(policy: Policy) {
        policyID = policy.id
        effective = policy.revision.effective
        vocabulary = policy.vocabulary
        let citations = policy.citations
        var rules: [ClauseRule] = []
        for clause in policy.clauses {
            let text = clause.content.plainText(
                note: { _ in "" }, clause: { citations[$0] ?? $0.rawValue }
            )
            let citation = Citation(clause: clause.citation, id: clause.id, text: text)
            for rule in clause.rules {
                rules.append(ClauseRule(rule: rule, citation: citation, index: rules.count))
            }
        }
        self.rules = rules
        termKinds = [:]
        for term in vocabulary where termKinds[term.id] == nil { termKinds[term.id] = term.kind }
    }

    /// The declared terms of one kind, in document order.
    public func terms(_ kind: Term.Kind) -> [Term] {
        vocabulary.filter { $0.kind == kind }
    }
}
