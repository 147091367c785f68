import PolicyDiff
import PolicyRules

extension ChangeSet {
    /// `1 added, 0 removed, …; 3 words inserted, 1 deleted; 40 unchanged blocks not shown`; for
    /// revisions whose text is the same, whether `materiality` finds that the rules changed.
    public func summaryLine(materiality: Materiality? = nil) -> String {
        if isEmpty {
            // Rules are annotations, not text: a revision can change only what they decide.
            return (materiality?.flipCount ?? 0) > 0 ? "No change to the text; only the rules changed." : "No changes."
        }
        var counts = [
            "\(summary.added) added", "\(summary.removed) removed", "\(summary.modified) modified",
            "\(summary.moved) moved", "\(summary.renumbered) renumbered",
        ]
        if summary.merged > 0 { counts.append("\(summary.merged) merged") }
        if summary.split > 0 { counts.append("\(summary.split) split") }
        let words = summary.wordsInserted == 1 ? "word" : "words"
        let blocks = summary.unchanged == 1 ? "block" : "blocks"
        return counts.joined(separator: ", ")
            + "; \(summary.wordsInserted) \(words) inserted, \(summary.wordsDeleted) deleted"
            + (summary.metadataChanged > 0 ? "; \(summary.metadataChanged) metadata" : "")
            + "; \(summary.unchanged) unchanged \(blocks) not shown"
    }
}

extension [Mark] {
    /// The markup in words, outermost first (`emphasis + link <https://…>`, or `plain`);
    /// `address` writes a link's target.
    func described(address: (String) -> String = { "<\($0)>" }) -> String {
        isEmpty ? "plain" : map { $0.href.map { "link " + address($0) } ?? $0.kind.rawValue }.joined(separator: " + ")
    }
}

extension ChangeKind {
    /// The sign that starts the change's line in text output.
    var sign: String {
        switch self {
        case .added: "+"
        case .removed: "-"
        case .modified: "~"
        case .moved: ">"
        case .renumbered: "#"
        case .merged: "&"
        case .split: "/"
        }
    }
}
