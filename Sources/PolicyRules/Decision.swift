import PolicyModel

/// The answer to a request: permit or deny, and the clauses that decided it.
public struct Decision: Sendable, Hashable, Codable {
    /// Whether a request is allowed.
    public enum Outcome: String, Sendable, Hashable, Codable {
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

    /// The decision as one line of compact JSON with sorted keys, as `rules check --requests` prints it.
    public var jsonLine: String {
        "{\"citations\":[" + citations.map(\.json).joined(separator: ",") + "],\"decision\":\"\(decision.rawValue)\"}"
    }
}

extension Citation {
    /// Compact JSON with sorted keys.
    public var json: String {
        "{\"clause\":\(JSONText.string(clause)),\"id\":\(JSONText.string(id.rawValue)),\"text\":\(JSONText.string(text))}"
    }
}
