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

    /// Where the block stands, old → new: `note 3`, `4 (5) → 4 (6)`, `5 ¶2 + 5 ¶3 → 5 ¶2`.
    public var numberLine: String {
        let element = self.element == .note ? "note " : ""
        switch kind {
        case .added: return element + (newNumber ?? "")
        case .removed: return element + (oldNumber ?? "")
        default:
            let from = shownOldNumber
            let to = shownNewNumber
            return element + (from == to ? to : "\(from) → \(to)")
        }
    }

    /// What happened, beside the number: `modified, now a list item`, `moved from 4 to the policy
    /// and edited`, `renumbered (6 sections)`, `merged and edited`.
    public var kindLine: String {
        var text = kind.rawValue
        if kind == .moved, move == .reparented {
            text += " from \(Self.parentName(oldParent)) to \(Self.parentName(newParent))"
        }
        if kind == .moved || kind == .merged || kind == .split, textChanged { text += " and edited" }
        if kind == .renumbered, runLength > 1 { text += " (\(runLength) \(element.noun(plural: true)))" }
        if oldElement != nil { text += ", now a \(element.noun(plural: false))" }
        return text
    }

    /// A parent's citation as a reader names it: `the policy` for the top level, else the citation.
    public static func parentName(_ citation: String?) -> String {
        guard let citation else { return "" }
        return citation == "Sections" ? "the policy" : citation
    }
}

extension ElementKind {
    /// The reader's word for the kind: `section`, `paragraph`, `list item`, `table row`, `note`.
    public func noun(plural: Bool) -> String {
        let singular =
            switch self {
            case .section: "section"
            case .paragraph: "paragraph"
            case .item: "list item"
            case .row: "table row"
            case .note: "note"
            }
        return plural ? singular + "s" : singular
    }
}
