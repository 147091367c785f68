import PolicyModel

/// Why a request cannot be decided: it names a term the policy does not declare as that kind.
public struct RequestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The attribute that names the term (`purpose`, `facts`).
    public var attribute: String
    /// The term as the request wrote it.
    public var term: TermID
    /// The kind of term the attribute needs.
    public var kind: Term.Kind
    /// The declared terms of that kind, sorted.
    public var known: [TermID]
    /// What the term is instead, when it is declared as another kind.
    public var declaredAs: Term.Kind?

    /// One line naming the bad term and the known terms of its kind.
    public var description: String {
        let what = declaredAs.map { "'\(term)' is a \($0.rawValue), not a \(kind.rawValue)" }
            ?? "unknown \(kind.rawValue) '\(term)'"
        let list = known.isEmpty ? "none" : known.map(\.rawValue).joined(separator: ", ")
        return "\(what); known \(kind.rawValue) terms: \(list)"
    }
}

extension RuleSet {
    /// Every problem with a request's terms, in attribute order: action, purpose, recipient, data, facts.
    public func problems(in request: Request) -> [RequestError] {
        func check(_ attribute: String, _ id: TermID?, _ kind: Term.Kind) -> RequestError? {
            guard let id, termKinds[id] != kind else { return nil }
            return RequestError(
                attribute: attribute, term: id, kind: kind, known: terms(kind).map(\.id).sorted(), declaredAs: termKinds[id])
        }
        let single = [
            check("action", request.action, .action), check("purpose", request.purpose, .purpose),
            check("recipient", request.recipient, .recipient), check("data", request.data, .data),
        ]
        return single.compactMap { $0 } + request.facts.sorted().compactMap { check("facts", $0, .fact) }
    }

    /// Decides a request after checking that every term it names is declared as the right kind.
    public func decideValidated(_ request: Request) throws(RequestError) -> Decision {
        if let problem = problems(in: request).first { throw problem }
        return decide(request)
    }
}
