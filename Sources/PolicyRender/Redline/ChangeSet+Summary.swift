import PolicyDiff
import PolicyRules

extension ChangeSet {
    /// `1 added, 0 removed, …; 3 words inserted, 1 deleted; 40 unchanged blocks not shown`; for
    /// revisions whose text is the same, whether `materiality` finds that the rules changed.
    public func summaryLine(materiality: Materiality? = nil, words: UIStrings = .english) -> String {
        if isEmpty {
            // Rules are annotations, not text: a revision can change only what they decide.
            return words.text((materiality?.flipCount ?? 0) > 0 ? "noTextChangeOnlyRules" : "noChanges")
        }
        func count(_ key: String, _ count: Int) -> String { words.text(key, ["count": String(count)]) }
        var counts = [
            count("countAdded", summary.added), count("countRemoved", summary.removed),
            count("countModified", summary.modified), count("countMoved", summary.moved),
            count("countRenumbered", summary.renumbered),
        ]
        if summary.merged > 0 { counts.append(count("countMerged", summary.merged)) }
        if summary.split > 0 { counts.append(count("countSplit", summary.split)) }
        let separator = words.text("summarySeparator")
        var parts = [
            counts.joined(separator: words.text("listComma")),
            words.text(
                summary.wordsInserted == 1 ? "wordsChangedOne" : "wordsChanged",
                ["inserted": String(summary.wordsInserted), "deleted": String(summary.wordsDeleted)]),
        ]
        if summary.metadataChanged > 0 { parts.append(count("countMetadata", summary.metadataChanged)) }
        parts.append(words.unchangedNotShown(summary.unchanged))
        return parts.joined(separator: separator)
    }
}

extension UIStrings {
    /// `40 unchanged blocks not shown`.
    func unchangedNotShown(_ count: Int) -> String {
        text(count == 1 ? "unchangedNotShownOne" : "unchangedNotShown", ["count": String(count)])
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
