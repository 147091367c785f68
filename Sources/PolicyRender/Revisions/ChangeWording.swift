import PolicyDiff
import PolicyRules

/// The words every revision format shares: where a change stands, what it is called, and
/// what happened to it in plain words.
public enum ChangeWording {
    /// How a reader cites the block: `note 3`, `4 (5)`, or `4 (5) → 4 (6)` when the number changed.
    public static func number(of change: Change) -> String { change.numberLine }

    /// The kind as shown beside the number: `modified`, `moved from 7 to 8 and edited`.
    public static func kind(of change: Change) -> String { change.kindLine }

    /// True when the change's words are worth showing (not for a renumbering or an unedited section).
    public static func showsText(_ change: Change) -> Bool { change.showsText }

    /// What happened, as a sentence for readers who do not read redlines:
    /// "Clause 4 (5) was reworded.", "Section 5 was added.".
    public static func sentence(for change: Change) -> String {
        let noun: String
        switch change.element {
        case .section: noun = change.runLength > 1 ? "Sections" : "Section"
        case .note: noun = "Note"
        case .paragraph, .item, .row: noun = change.runLength > 1 ? "Clauses" : "Clause"
        }
        // A number in a declared style names its clause ("Clause 3", "Annex I.A"): no noun before it.
        let shown = change.kind == .removed ? change.shownOldNumber : change.shownNewNumber
        return sentence(for: change, noun: Self.namesItself(shown) ? nil : noun)
    }

    private static func sentence(for change: Change, noun: String?) -> String {
        let old = change.shownOldNumber
        let new = change.shownNewNumber
        let lead = noun.map { $0 + " " } ?? ""
        let kindChange = change.oldElement.map { _ in ", now a \(change.element.noun(plural: false))" } ?? ""
        switch change.kind {
        case .added: return "\(lead)\(new) was added."
        case .removed: return "\(lead)\(old) was removed."
        case .modified where !change.textChanged && change.oldElement != nil:
            return "\(lead)\(old) is now a \(change.element.noun(plural: false)), \(new)."
        case .modified: return "\(lead)\(new) was reworded" + kindChange + "."
        case .renumbered:
            let verb = change.runLength > 1 ? "are" : "is"
            return "\(lead)\(old) \(verb) now numbered \(new), with the same words."
        case .merged:
            return "\(noun == nil ? "" : "Clauses ")\(old) were merged into \(new)" + kindChange
                + (change.textChanged ? ", and reworded." : ".")
        case .split:
            return "\(lead)\(old) was split into \(new)" + kindChange + (change.textChanged ? ", and reworded." : ".")
        case .moved:
            var text = "\(lead)\(old) was moved"
            if change.move == .reparented {
                text += " from \(Change.parentName(change.oldParent)) to \(Change.parentName(change.newParent))"
            }
            if old != new { text += " and is now \(new)" }
            return text + kindChange + (change.textChanged ? ", and reworded." : ".")
        }
    }

    /// True when a citation starts with a capitalised word of its own (`Clause 3`, `Annex I.A`,
    /// `Article 5 ¶2`), as a declared prefix gives; the built-in numbers and the containers
    /// (`Preamble ¶1`, `Closing ¶2`) do not.
    static func namesItself(_ citation: String) -> Bool {
        guard let space = citation.firstIndex(of: " ") else { return false }
        let word = citation[..<space]
        guard word.count > 1, word.first!.isUppercase, word.allSatisfy(\.isLetter) else { return false }
        return word != "Preamble" && word != "Closing"
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
