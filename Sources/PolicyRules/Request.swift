import PolicyModel

/// A question put to the rules: may this action be done, for this purpose, to this recipient, on this data?
public struct Request: Sendable, Hashable, Codable {
    /// The action asked about (`disclose`).
    public var action: TermID
    /// The purpose, when the request names one.
    public var purpose: TermID?
    /// The recipient, when the request names one.
    public var recipient: TermID?
    /// The data category, when the request names one.
    public var data: TermID?
    /// The facts that hold (`consent`); every other fact does not.
    public var facts: Set<TermID>

    public init(
        action: TermID, purpose: TermID? = nil, recipient: TermID? = nil, data: TermID? = nil, facts: Set<TermID> = []
    ) {
        self.action = action
        self.purpose = purpose
        self.recipient = recipient
        self.data = data
        self.facts = facts
    }

    private enum CodingKeys: String, CodingKey {
        case action, purpose, recipient, data, facts
    }

    /// Reads `{"action": …, "purpose"?: …, "recipient"?: …, "data"?: …, "facts"?: […]}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        action = try container.decode(TermID.self, forKey: .action)
        purpose = try container.decodeIfPresent(TermID.self, forKey: .purpose)
        recipient = try container.decodeIfPresent(TermID.self, forKey: .recipient)
        data = try container.decodeIfPresent(TermID.self, forKey: .data)
        facts = Set(try container.decodeIfPresent([TermID].self, forKey: .facts) ?? [])
    }

    /// Writes the same shape, with facts sorted so the output is deterministic.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(action, forKey: .action)
        try container.encodeIfPresent(purpose, forKey: .purpose)
        try container.encodeIfPresent(recipient, forKey: .recipient)
        try container.encodeIfPresent(data, forKey: .data)
        try container.encode(facts.sorted(), forKey: .facts)
    }
}
