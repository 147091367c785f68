extension Changelog {
    /// The feed's id: `urn:codicil:<policy>`.
    public static func feedID(_ policy: String) -> String { "urn:codicil:\(policy)" }

    /// An entry's id: `urn:codicil:<policy>:<effective date>`, the same in every build.
    public static func entryID(policy: String, effective: String) -> String { "urn:codicil:\(policy):\(effective)" }

    /// `2013-04-01T00:00:00Z`.
    static func timestamp(_ date: String) -> String { "\(date)T00:00:00Z" }
}
