extension Change {
    /// How a reader cites the block in the old revision: `4 (5)`; for a merge every old part
    /// (`5 ¶2 + 5 ¶3`), for a run of renumbered siblings the first and last (`4–9`, `4 (6)–(9)`).
    public var shownOldNumber: String {
        shown(oldNumber, contents.map(\.oldNumber), parent: oldParent, joinsParts: kind == .merged)
    }

    /// How a reader cites the block in the new revision, in the same forms as `shownOldNumber`.
    public var shownNewNumber: String {
        shown(newNumber, contents.map(\.newNumber), parent: newParent, joinsParts: kind == .split)
    }

    private func shown(_ number: String?, _ others: [String?], parent: String?, joinsParts: Bool) -> String {
        let first = number ?? ""
        if joinsParts { return ([first] + others.map { $0 ?? "" }).joined(separator: " + ") }
        guard kind == .renumbered, let last = others.last ?? nil else { return first }
        // "4 (6)–(9)": the parent's citation is not repeated for the last of the run.
        if let parent, element != .section, last.hasPrefix(parent + " ") {
            return "\(first)–\(last.dropFirst(parent.count + 1))"
        }
        return "\(first)–\(last)"
    }

    /// How many blocks the change covers: the members of a renumbered run, else 1.
    public var runLength: Int { kind == .renumbered ? 1 + contents.count : 1 }
}
