import PolicyDiff
import PolicyRender
import PolicyRules

/// The one Markdown document a pull request's comment shows for every revision changed since a
/// git ref: a hidden marker line a workflow finds its comment by, a heading per policy listing
/// its changed files, and the redline of each compared revision. Past `limit` characters each
/// redline keeps a fair share of its changed blocks and the rest is counted, with a last line
/// pointing at the full redline.
struct PullRequestRedline {
    /// The first line, hidden when GitHub renders the comment.
    static let marker = "<!-- codicil-redline -->"
    /// GitHub's limit on a comment's length, in characters.
    static let commentLimit = 65_536

    var ref: String
    var comparisons: [RevisionComparison]
    /// Where the full redline is, linked from the last line when parts are left out.
    var fullRedlineURL: String?
    /// The longest document, in characters (Unicode scalars, as GitHub counts); nil for no limit.
    var limit: Int? = commentLimit

    /// The document, within the limit.
    /// - Complexity: O(*n* log *n*) renderings of the redlines for *n* changed blocks in all.
    func markdown() -> String {
        let redlines = comparisons.compactMap(\.assessment)
        let full = render(keeping: redlines.map(\.changes.changes.count))
        guard let limit, Self.length(full) > limit else { return full }
        let footer = footer()
        let budget = limit - Self.length(footer)
        let shares = FairShare.allocate(
            budget - Self.length(render(keeping: redlines.map { _ in 0 })),
            among: redlines.map { sizeOfChanges($0, keeping: $0.changes.changes.count) })
        let keep = zip(redlines, shares).map { assessment, share in
            FairShare.longestPrefix(assessment.changes.changes.count) { sizeOfChanges(assessment, keeping: $0) <= share }
        }
        return Self.cut(render(keeping: keep), to: budget) + footer
    }

    /// The document with the first `keeping[i]` changed blocks of the i-th redline.
    private func render(keeping: [Int]) -> String {
        var lines = [Self.marker, headline()]
        var index = 0
        var folder: String?
        for comparison in comparisons {
            if comparison.folder != folder {
                folder = comparison.folder
                lines += ["", "## \(md(title(of: comparison.folder)))", ""]
                lines += comparisons.filter { $0.folder == comparison.folder }.map(listLine)
            }
            guard let assessment = comparison.assessment else { continue }
            var changes = assessment.changes
            let omitted = changes.changes.count - keeping[index]
            changes.changes.removeLast(omitted)
            index += 1
            lines += ["", String(changes.markdown(materiality: assessment.materiality).dropLast())]
            if omitted > 0 {
                lines += [
                    "", "… \(omitted) more changed \(omitted == 1 ? "block" : "blocks") of this revision not shown.",
                ]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The length the changed blocks of a redline add to it, with its first `count` blocks.
    private func sizeOfChanges(_ assessment: ChangeAssessment, keeping count: Int) -> Int {
        var shown = assessment.changes
        shown.changes.removeLast(shown.changes.count - count)
        shown.summary.unchanged = 0
        var none = shown
        none.changes = []
        let materiality = assessment.materiality
        return Self.length(shown.markdown(materiality: materiality)) - Self.length(none.markdown(materiality: materiality))
    }

    private func headline() -> String {
        let base = MarkdownEscaping.codeSpan(ref)
        if comparisons.isEmpty { return "**Policy redline** since \(base): no policy revision changed." }
        let counts = [Git.FileStatus.added, .edited, .deleted].compactMap { status -> String? in
            let count = comparisons.filter { $0.status == status }.count
            return count == 0 ? nil : "\(count) \(status.rawValue)"
        }
        let policies = Set(comparisons.map(\.folder)).count
        let revisions = comparisons.count == 1 ? "revision" : "revisions"
        return "**Policy redline** since \(base): \(comparisons.count) \(revisions) changed in \(policies) "
            + "\(policies == 1 ? "policy" : "policies") (\(counts.joined(separator: ", ")))."
    }

    /// The policy's title in the folder's newest changed revision, or the folder's path.
    private func title(of folder: String) -> String {
        comparisons.last { $0.folder == folder && $0.title != nil }?.title ?? folder
    }

    private func listLine(_ comparison: RevisionComparison) -> String {
        "- " + comparison.described(ref: ref, quote: MarkdownEscaping.codeSpan)
    }

    private func footer() -> String {
        let whereFull =
            fullRedlineURL.map { "the full redline: <\($0)>" }
            ?? "\(MarkdownEscaping.codeSpan("codicil diff --git-base \(ref)")) prints the full redline"
        return "\n**Not everything fits** in \(limit ?? 0) characters; \(whereFull)\n"
    }

    private func md(_ text: String) -> String { MarkdownEscaping.escape(text, atLineStart: false) }

    /// Length as GitHub counts it: Unicode scalars.
    static func length(_ text: String) -> Int { text.unicodeScalars.count }

    /// The text cut at the last blank line that leaves it within `limit`, so no block is cut
    /// in two; the text itself when it fits.
    static func cut(_ text: String, to limit: Int) -> String {
        guard length(text) > limit else { return text }
        var scalars = String.UnicodeScalarView(text.unicodeScalars.prefix(max(0, limit - 1)))
        let prefix = String(scalars)
        if let blank = prefix.range(of: "\n\n", options: .backwards) {
            scalars = String.UnicodeScalarView(prefix[..<blank.lowerBound].unicodeScalars)
        }
        return String(scalars) + "\n"
    }
}
