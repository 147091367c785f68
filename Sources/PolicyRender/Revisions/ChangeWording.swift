import PolicyDiff

/// The words every revision format shares: where a change stands, what it is called, and
/// what happened to it in plain words.
public enum ChangeWording {
    /// How a reader cites the block: `note 3`, `4 (5)`, or `4 (5) → 4 (6)` when the number changed.
    public static func number(of change: Change) -> String {
        let element = change.element == .note ? "note " : ""
        switch change.kind {
        case .added: return element + (change.newNumber ?? "")
        case .removed: return element + (change.oldNumber ?? "")
        default:
            let from = change.oldNumber ?? ""
            let to = change.newNumber ?? ""
            return element + (from == to ? to : "\(from) → \(to)")
        }
    }

    /// The kind as shown beside the number: `modified`, `moved from 7 to 8 and edited`.
    public static func kind(of change: Change) -> String {
        var text = change.kind.rawValue
        if change.kind == .moved, change.oldParent != change.newParent {
            text += " from \(change.oldParent ?? "") to \(change.newParent ?? "")"
        }
        if change.kind == .moved, change.textChanged { text += " and edited" }
        return text
    }

    /// True when the change's words are worth showing (not for a renumbering or an unedited section).
    public static func showsText(_ change: Change) -> Bool {
        change.kind != .renumbered && (change.element != .section || change.textChanged)
    }

    /// What happened, as a sentence for readers who do not read redlines:
    /// "Clause 4 (5) was reworded.", "Section 5 was added.".
    public static func sentence(for change: Change) -> String {
        let noun: String
        switch change.element {
        case .section: noun = "Section"
        case .note: noun = "Note"
        case .paragraph, .item: noun = "Clause"
        }
        let old = change.oldNumber ?? ""
        let new = change.newNumber ?? ""
        switch change.kind {
        case .added: return "\(noun) \(new) was added."
        case .removed: return "\(noun) \(old) was removed."
        case .modified: return "\(noun) \(new) was reworded."
        case .renumbered: return "\(noun) \(old) is now numbered \(new), with the same words."
        case .moved:
            var text = "\(noun) \(old) was moved"
            if change.oldParent != change.newParent {
                text += " from \(change.oldParent ?? "") to \(change.newParent ?? "")"
            }
            if old != new { text += " and is now \(new)" }
            return text + (change.textChanged ? ", and reworded." : ".")
        }
    }

    /// The distinct kinds of change in a change set, in the order of `ChangeKind.allCases`.
    public static func kinds(in changes: ChangeSet) -> [ChangeKind] {
        let present = Set(changes.changes.map(\.kind))
        return ChangeKind.allCases.filter(present.contains)
    }

    /// `material — broadens: 3 decisions change`, or `not assessed: neither revision has rules`.
    public static func materialityLine(_ materiality: Materiality) -> String {
        materiality.headline
    }

    /// One sentence per rule-bearing clause whose words changed while its rules did not:
    /// `the words of 4 (1), which carries a rule, changed; its rule did not: review it`.
    public static func reviewLines(_ materiality: Materiality) -> [String] {
        materiality.reviews.map(\.sentence)
    }

    /// `disclose to bank for marketing: deny → permit (4 (10))`.
    public static func flipLine(_ flip: DecisionFlip) -> String {
        let cited = flip.citations.map(\.clause).joined(separator: ", ")
        return "\(flip.request): \(flip.old) → \(flip.new)" + (cited.isEmpty ? "" : " (\(cited))")
    }

    /// The revision's date for a title: `2013-04-01 (April 2013)` when it has a label.
    public static func date(_ reference: RevisionReference) -> String {
        reference.label.map { "\(reference.effective) (\($0))" } ?? reference.effective
    }
}
