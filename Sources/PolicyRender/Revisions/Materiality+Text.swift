import PolicyRules

extension Materiality {
    /// The class, the number of changed decisions and the example flips, as plain-text lines.
    public var textLines: [String] {
        var lines = ["Materiality: \(classification.label)"]
        if classification == .notAssessed { lines[0] += " (neither revision has rules)" }
        if flipCount > 0 {
            lines[0] += " (\(flipCount) \(flipCount == 1 ? "request changes" : "requests change") decision)"
        }
        lines += reviews.map { "  \($0.sentence)" }
        for flip in flips {
            lines.append("  \(flip.old) → \(flip.new): \(flip.request)")
            for citation in flip.citations { lines.append("    \(citation.clause) [\(citation.id)] \(citation.text)") }
        }
        if flipCount > flips.count { lines.append("  … and \(flipCount - flips.count) more") }
        return lines
    }
}
