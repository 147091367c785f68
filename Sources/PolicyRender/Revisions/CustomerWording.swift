import PolicyDiff
import PolicyModel
import PolicyRules

/// Words for the people a policy is about: what a revision means for them, in the vocabulary's
/// labels, never its ids, and in the language of `words`.
enum CustomerWording {
    /// One sentence for a grouped change: "We may now disclose Cookies and IP addresses to
    /// advertising partners for marketing (section 5 (10))."
    static func sentence(_ change: PermissionChange, labels: [TermID: String], words: UIStrings = .english) -> String {
        func label(_ id: TermID) -> String { labels[id] ?? id.rawValue }
        let cited = citation(change.citations.map(\.clause), words: words)
        return words.text(
            change.direction == .nowPermitted ? "customerNowPermitted" : "customerNoLonger",
            [
                "action": label(change.action),
                "data": change.data.isEmpty ? words.text("personalInformation") : words.list(change.data.map(label)),
                "recipient": change.recipient.map { words.text("customerTo", ["recipient": label($0)]) } ?? "",
                "purpose": change.purpose.map { words.text("customerFor", ["purpose": label($0)]) } ?? "",
                "facts": change.facts.isEmpty
                    ? "" : words.text("customerWhen", ["facts": words.list(change.facts.map(label))]),
                "citation": cited.isEmpty ? "" : words.parenthesized(cited),
            ])
    }

    /// `section 5 (10)`, `sections 5 (9) and 5 (10)`; a citation in the publisher's own style
    /// (`Clause 3`, `Preamble ¶1`) stands without the word.
    static func citation(_ clauses: [String], words: UIStrings = .english) -> String {
        guard let first = clauses.first else { return "" }
        let listed = words.list(clauses.map(words.citation))
        guard first.first?.isNumber == true else { return words.text("citeClauses", ["clauses": listed]) }
        return words.text(clauses.count == 1 ? "citeSection" : "citeSections", ["clauses": listed])
    }

    /// What comes before the sentences of a revision's effects, or stands alone when it has
    /// none: nil when nothing is known worth telling a reader.
    static func effectLead(_ materiality: Materiality?, sentences: [String], words: UIStrings = .english) -> String? {
        guard let materiality else { return nil }
        if materiality.classification.isMaterial {
            return words.text(sentences.isEmpty ? "effectChangesUse" : "effectLead")
        }
        switch materiality.classification {
        case .clarifying, .editorial: return words.text("effectNone")
        default: return nil
        }
    }

    /// What the changed-clauses list says when it lists nothing; nil when it lists something
    /// (`listsClauses`, from the entry's `changedClauses`).
    static func changesNote(_ entry: ChangelogEntry, listsClauses: Bool, words: UIStrings = .english) -> String? {
        guard let changes = entry.changes else { return words.text("firstPublished") }
        guard !listsClauses else { return nil }
        if changes.changes.contains(where: { $0.kind == .renumbered }) { return words.text("onlyRenumbered") }
        if changes.changes.contains(where: entry.isClosingLine) { return words.text("onlyClosingLines") }
        if !changes.saysTheSame { return words.text("onlyMetadata") }
        return words.text((entry.materiality?.flipCount ?? 0) > 0 ? "onlyRules" : "noClauseChanged")
    }
}
