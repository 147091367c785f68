import PolicyModel

/// The answer to a request: permit or deny, and the clauses that decided it.
public struct Decision: Sendable, Hashable {
    /// Whether a request is allowed.
    public enum Outcome: String, Sendable, Hashable {
        case permit
        case deny
    }

    /// Permit or deny.
    public var decision: Outcome
    /// The deciding clauses, in document order.
    public var citations: [Citation]

    public init(decision: Outcome, citations: [Citation]) {
        self.decision = decision
        self.citations = citations
    }

    /// True when the request is permitted.
    public var isPermit: Bool { decision == .permit }

    /// `{"citations", "decision"}`, as `rules check` writes it (one line a decision with `--requests`).
    public var json: JSONValue {
        .object(["citations": .array(citations.map(\.json)), "decision": .string(decision.rawValue)])
    }
}
