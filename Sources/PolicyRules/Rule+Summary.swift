import PolicyModel

extension Rule {
    /// The rule in one line, in the words of its source element: `permit action=disclose recipient=bank requires=consent`.
    public var summary: String {
        let parts: [(String, [TermID])] = [
            ("action", actions), ("purpose", purposes), ("recipient", recipients), ("data", data),
            ("requires", requires), ("unless", unless),
        ]
        let attributes = parts.filter { !$0.1.isEmpty }.map { "\($0.0)=\($0.1.map(\.rawValue).joined(separator: ","))" }
        return ([effect.rawValue] + attributes).joined(separator: " ")
    }
}
