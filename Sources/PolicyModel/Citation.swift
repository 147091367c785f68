/// A clause as a reader cites it, with its id and text: what decided a request.
public struct Citation: Sendable, Hashable, Codable {
    /// How a reader cites the clause (`4 (5)`).
    public var clause: String
    /// The clause's stable id (`disclosure-payment`).
    public var id: ClauseID
    /// The clause's plain text.
    public var text: String

    public init(clause: String, id: ClauseID, text: String) {
        self.clause = clause
        self.id = id
        self.text = text
    }
}
