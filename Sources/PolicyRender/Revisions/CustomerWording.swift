import PolicyDiff
import PolicyModel
import PolicyRules

/// Words for the people a policy is about: what a revision means for them, in the vocabulary's
/// labels, never its ids.
enum CustomerWording {
    /// One sentence for a grouped change: "We may now disclose Cookies and IP addresses to
    /// advertising partners for marketing (section 5 (10))."
    static func sentence(_ change: PermissionChange, labels: [TermID: String]) -> String {
        func label(_ id: TermID) -> String { labels[id] ?? id.rawValue }
        var words = [change.direction == .nowPermitted ? "We may now" : "We will no longer", label(change.action)]
        words.append(change.data.isEmpty ? "personal information" : list(change.data.map(label)))
        if let recipient = change.recipient { words.append("to " + label(recipient)) }
        if let purpose = change.purpose { words.append("for " + label(purpose)) }
        if !change.facts.isEmpty { words.append("when " + list(change.facts.map(label))) }
        let cited = citation(change.citations.map(\.clause))
        return words.joined(separator: " ") + (cited.isEmpty ? "" : " (\(cited))") + "."
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// `section 5 (10)`, `sections 5 (9) and 5 (10)`; a citation in the publisher's own style
    /// (`Clause 3`, `Preamble ¶1`) stands without the word.
    static func citation(_ clauses: [String]) -> String {
        guard let first = clauses.first else { return "" }
        guard first.first?.isNumber == true else { return list(clauses) }
        return (clauses.count == 1 ? "section " : "sections ") + list(clauses)
    }

    /// What comes before the sentences of a revision's effects, or stands alone when it has
    /// none: nil when nothing is known worth telling a reader.
    static func effectLead(_ materiality: Materiality?, sentences: [String]) -> String? {
        guard let materiality else { return nil }
        if materiality.classification.isMaterial {
            return sentences.isEmpty
                ? "This revision changes what we may do with personal information; the redline shows every change."
                : "What this means for you:"
        }
        switch materiality.classification {
        case .clarifying, .editorial: return "None of these changes alters what we may do with personal information."
        default: return nil
        }
    }

    /// What the changed-clauses list says when it lists nothing; nil when it lists something.
    static func changesNote(_ entry: ChangelogEntry) -> String? {
        guard let changes = entry.changes else { return "First published." }
        guard entry.changedClauses.isEmpty else { return nil }
        if changes.changes.contains(where: { $0.kind == .renumbered }) {
            return "Some clauses were renumbered; no words changed."
        }
        if changes.changes.contains(where: entry.isClosingLine) { return "Only the date or signature at the end changed." }
        if !changes.saysTheSame { return "Only the title, publisher or language changed." }
        return (entry.materiality?.flipCount ?? 0) > 0
            ? "No clause's text changed; only the rules changed." : "No clause changed."
    }
}
