import PolicyDiff
import PolicyModel
import PolicyRules

/// The words every revision format shares: where a change stands, what it is called, and
/// what happened to it in plain words, each in the language of `words` (English by default).
public enum ChangeWording {
    /// How a reader cites the block: `note 3`, `4 (5)`, or `4 (5) → 4 (6)` when the number changed.
    public static func number(of change: Change, words: UIStrings = .english) -> String { words.numberLine(change) }

    /// The kind as shown beside the number: `modified`, `moved from 7 to 8 and edited`.
    public static func kind(of change: Change, words: UIStrings = .english) -> String { words.kindLine(change) }

    /// True when the change's words are worth showing (not for a renumbering or an unedited section).
    public static func showsText(_ change: Change) -> Bool { change.showsText }

    /// What happened, as a sentence for readers who do not read redlines:
    /// "Clause 4 (5) was reworded.", "Section 5 was added.".
    public static func sentence(for change: Change, words: UIStrings = .english) -> String {
        // A number in a declared style names its clause ("Clause 3", "Annex I.A"): no noun before it.
        let named = namesItself(change.kind == .removed ? change.shownOldNumber : change.shownNewNumber)
        let plural = change.runLength > 1
        func what(_ number: String, clauses: Bool = false) -> String {
            guard !named else { return number }
            let key: String
            switch change.element {
            case _ where clauses: key = "whatClauses"
            case .section: key = plural ? "whatSections" : "whatSection"
            case .note: key = "whatNote"
            case .paragraph, .item, .row: key = plural ? "whatClauses" : "whatClause"
            }
            return words.text(key, ["number": number])
        }
        let old = words.citation(change.shownOldNumber)
        let new = words.citation(change.shownNewNumber)
        let noun = words.noun(change.element, plural: false)
        var parts: [String]
        switch change.kind {
        case .added: parts = [words.text("sentenceAdded", ["what": what(new)])]
        case .removed: parts = [words.text("sentenceRemoved", ["what": what(old)])]
        case .modified where !change.textChanged && change.oldElement != nil:
            return words.text("sentenceBecame", ["what": what(old), "noun": noun, "new": new])
        case .modified: parts = [words.text("sentenceReworded", ["what": what(new)])]
        case .renumbered:
            return words.text(plural ? "sentenceRenumberedRun" : "sentenceRenumbered", ["what": what(old), "new": new])
        case .merged: parts = [words.text("sentenceMerged", ["what": what(old, clauses: true), "new": new])]
        case .split: parts = [words.text("sentenceSplit", ["what": what(old), "new": new])]
        case .moved:
            parts = [
                change.move == .reparented
                    ? words.text(
                        "sentenceMovedFrom",
                        [
                            "what": what(old), "from": words.parentName(change.oldParent),
                            "to": words.parentName(change.newParent),
                        ])
                    : words.text("sentenceMoved", ["what": what(old)])
            ]
            if change.shownOldNumber != change.shownNewNumber {
                parts.append(words.text("sentenceNowNumbered", ["new": new]))
            }
        }
        if change.kind != .added, change.kind != .removed, change.oldElement != nil {
            parts.append(words.text("sentenceNowA", ["noun": noun]))
        }
        if [.merged, .split, .moved].contains(change.kind), change.textChanged {
            parts.append(words.text("sentenceAndReworded"))
        }
        return parts.joined() + words.text("sentenceEnd")
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

    /// The reader's name for a materiality class: `material — broadens`, `editorial`.
    public static func label(of classification: Materiality.Classification, words: UIStrings = .english) -> String {
        words.label(classification)
    }

    /// `material — broadens: 3 decisions change`, or `not assessed: neither revision has rules`.
    public static func materialityLine(_ materiality: Materiality, words: UIStrings = .english) -> String {
        words.headline(materiality)
    }

    /// One sentence per rule-bearing clause whose words changed while its rules did not:
    /// `the words of 4 (1), which carries a rule, changed; its rule did not: review it`.
    public static func reviewLines(_ materiality: Materiality, words: UIStrings = .english) -> [String] {
        materiality.reviews.map(words.review)
    }

    /// `disclose to bank for marketing: deny → permit (4 (10))`; a language that names terms by
    /// their labels takes them from `labels`.
    public static func flipLine(
        _ flip: DecisionFlip, words: UIStrings = .english, labels: [TermID: String] = [:]
    ) -> String {
        let cited = flip.citations.map { words.citation($0.clause) }.joined(separator: words.text("listComma"))
        return words.text(
            "flipLine",
            [
                "request": words.request(flip, labels: labels), "old": words.decision(flip.old),
                "new": words.decision(flip.new),
            ])
            + (cited.isEmpty ? "" : words.parenthesized(cited))
    }

    /// The revision's date for a title: `2013-04-01 (April 2013)` when it has a label.
    public static func date(_ reference: RevisionReference, words: UIStrings = .english) -> String {
        words.date(reference)
    }
}
