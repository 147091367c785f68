import PolicyModel

extension Rule {
    /// True when the rule applies to a request: its action, each attribute it constrains, and its facts agree.
    public func matches(_ request: Request) -> Bool {
        guard actions.contains(request.action) else { return false }
        func allows(_ list: [TermID], _ value: TermID?) -> Bool {
            guard !list.isEmpty else { return true }
            guard let value else { return false }
            return list.contains(value)
        }
        return allows(purposes, request.purpose) && allows(recipients, request.recipient) && allows(data, request.data)
            && requires.allSatisfy(request.facts.contains) && !unless.contains(where: request.facts.contains)
    }
}

extension RuleSet {
    /// Decides a request: permit when a `permit` rule matches and no `forbid` does, else deny.
    ///
    /// A permit cites every matching permit; a deny cites the matching forbids, or, when no permit
    /// matched, the `deny-by-default` clauses of the request's action. Citations are in document
    /// order, each clause once. The request is not validated: unknown terms simply match nothing.
    /// - Complexity: O(*r*) for *r* rules.
    public func decide(_ request: Request) -> Decision {
        var permits: [Citation] = []
        var forbids: [Citation] = []
        var defaults: [Citation] = []
        for entry in rules {
            switch entry.rule.effect {
            case .permit: if entry.rule.matches(request) { permits.append(entry.citation) }
            case .forbid: if entry.rule.matches(request) { forbids.append(entry.citation) }
            case .denyByDefault: if entry.rule.actions.contains(request.action) { defaults.append(entry.citation) }
            }
        }
        if !forbids.isEmpty { return Decision(decision: .deny, citations: Self.unique(forbids)) }
        if !permits.isEmpty { return Decision(decision: .permit, citations: Self.unique(permits)) }
        return Decision(decision: .deny, citations: Self.unique(defaults))
    }

    /// Keeps the first citation of each clause, so a clause with two matching rules is cited once.
    private static func unique(_ citations: [Citation]) -> [Citation] {
        var seen = Set<ClauseID>()
        return citations.filter { seen.insert($0.id).inserted }
    }
}
