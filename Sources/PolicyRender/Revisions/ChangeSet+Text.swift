import PolicyDiff
import PolicyRules

extension ChangeSet {
    /// The change set as plain text for a terminal or an e-mail: the summary first, then metadata,
    /// then each changed block under its section's number and heading; unchanged blocks are left out.
    /// With `colour`, deletions and insertions are shown with ANSI colour and strike/underline
    /// instead of `[-…-]` and `{+…+}`.
    /// `materiality`, when given, follows the summary.
    public func text(colour: Bool = false, materiality: Materiality? = nil) -> String {
        let style = TextStyle(colour: colour)
        var lines: [String] = []
        let from = old.label.map { "\(old.effective) (\($0))" } ?? old.effective
        let to = new.label.map { "\(new.effective) (\($0))" } ?? new.effective
        lines.append(style.bold("\(new.title): \(from) → \(to)"))
        lines.append(summaryLine(materiality: materiality))
        if let materiality {
            lines.append("")
            lines += materiality.textLines
        }
        if !metadata.isEmpty {
            lines.append("")
            lines.append(style.bold("Metadata"))
            for change in metadata {
                lines.append("  \(change.field.rawValue): \(style.segments(change.segments))")
            }
        }
        var context: String?
        for change in changes {
            let heading = change.context
            if heading != context {
                lines.append("")
                lines.append(style.bold(heading))
                context = heading
            }
            lines += describe(change, style)
        }
        return lines.joined(separator: "\n") + "\n"
    }

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

    private func describe(_ change: Change, _ style: TextStyle) -> [String] {
        var lines = ["  \(change.kind.sign) \(change.numberLine) \(change.kindLine)"]
        if change.showsText, let cells = change.cells {
            // A row cell by cell, each under its column's heading, so a change shows in its cell.
            for (column, cell) in cells.enumerated() {
                lines.append("      \(cell.header ?? "Column \(column + 1)"): " + style.segments(cell.segments))
            }
        } else if change.showsText {
            lines.append("      " + style.segments(change.segments))
        }
        if change.kind == .added || change.kind == .removed {
            for inner in change.contents {
                let number = (change.kind == .added ? inner.newNumber : inner.oldNumber) ?? ""
                lines.append("      \(number): " + style.segments(inner.segments))
            }
        }
        for markup in change.markup {
            lines.append(
                "      markup of “\(markup.text)”: \(markup.old.described()) → \(markup.new.described())")
        }
        return lines
    }

}

/// How the text format marks deletions, insertions and headings.
private struct TextStyle {
    var colour: Bool

    func bold(_ text: String) -> String { colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    func segments(_ segments: [WordSegment]) -> String {
        var result = ""
        for segment in segments {
            if segment.spaceBefore { result += " " }
            switch (segment.kind, colour) {
            case (.equal, _): result += segment.text
            case (.deleted, false): result += "[-\(segment.text)-]"
            case (.inserted, false): result += "{+\(segment.text)+}"
            case (.deleted, true): result += "\u{1B}[31;9m\(segment.text)\u{1B}[0m"
            case (.inserted, true): result += "\u{1B}[32;4m\(segment.text)\u{1B}[0m"
            }
        }
        return result
    }
}
