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
        self.init(policy: policy, translation: nil)
    }

    /// Collects the rules of an original revision, each citing the clause with the same id in
    /// `translation` (its number and text in the reader's language), or the original's clause
    /// where the translation has none; a term the translation's vocabulary declares too takes
    /// its label from there.
    public init(policy: Policy, citingIn translation: Policy) {
        self.init(policy: policy, translation: translation)
    }

    /// The rules of `policy` citing `translation`'s clauses, or its own (each list of clauses
    /// and citations then made once).
    private init(policy: Policy, translation: Policy?) {
        policyID = policy.id
        effective = policy.revision.effective
        let labels = Dictionary((translation ?? policy).vocabulary.map { ($0.id, $0.label) }) { first, _ in first }
        vocabulary = policy.vocabulary.map { term in
            var term = term
            term.label = labels[term.id] ?? term.label
            return term
        }
        let clauses = policy.clauses
        let citations =
            translation.map { $0.citations.merging(policy.citations) { translated, _ in translated } }
            ?? policy.citations
        let translated = Dictionary((translation?.clauses ?? clauses).map { ($0.id, $0) }) { first, _ in first }
        var rules: [ClauseRule] = []
        for original in clauses {
            let clause = translated[original.id] ?? original
            let text = clause.content.plainText(
                note: { _ in "" }, clause: { citations[$0] ?? $0.rawValue }
            )
            let citation = Citation(clause: clause.citation, id: clause.id, text: text)
            for rule in original.rules {
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
