import PolicyDiff
import PolicyRender
import PolicyRules

/// The one Markdown document a pull request's comment shows for every revision changed since a
/// git ref: a hidden marker line a workflow finds its comment by, a heading per policy listing
/// its changed files, and the redline of each compared revision. Past `limit` characters each
/// redline keeps a fair share of its changed blocks and the rest is counted, with a last line
/// pointing at the full redline.
struct PullRequestRedline {
    /// GitHub's limit on a comment's length, in characters.
    static let commentLimit = 65_536

    var ref: String
    var comparisons: [RevisionComparison]
    /// Where the full redline is, linked from the last line when parts are left out.
    var fullRedlineURL: String?
    /// The longest document, in characters (Unicode scalars, as GitHub counts); nil for no limit.
    var limit: Int? = commentLimit
    /// Lays the comment and its redlines out (`markdown/pull-request`, `markdown/redline`).
    var renderer: PolicyRenderer

    /// The document, within the limit.
    /// - Complexity: O(*n* log *n*) renderings of the redlines for *n* changed blocks in all.
    func markdown() -> String {
        let compared = comparisons.filter { $0.assessment != nil }
        let redlines = compared.compactMap(\.assessment)
        let languages = compared.map { $0.language ?? "en" }
        let full = render(keeping: redlines.map(\.changes.changes.count))
        guard let limit, Self.length(full) > limit else { return full }
        var last = comment(keeping: redlines.map { _ in 0 })
        last.cut = PullRequestComment.Cut(limit: limit, fullRedlineURL: fullRedlineURL)
        let footer = renderer.pullRequestComment(last, lastLine: true)
        let budget = limit - Self.length(footer)
        let shares = FairShare.allocate(
            budget - Self.length(render(keeping: redlines.map { _ in 0 })),
            among: zip(redlines, languages).map { sizeOfChanges($0, keeping: $0.changes.changes.count, language: $1) })
        let keep = zip(zip(redlines, languages), shares).map { redline, share in
            FairShare.longestPrefix(redline.0.changes.changes.count) {
                sizeOfChanges(redline.0, keeping: $0, language: redline.1) <= share
            }
        }
        return Self.cut(render(keeping: keep), to: budget) + footer
    }

    /// The document with the first `keeping[i]` changed blocks of the i-th redline.
    private func render(keeping: [Int]) -> String {
        renderer.pullRequestComment(comment(keeping: keeping))
    }

    /// What the comment shows, with the first `keeping[i]` changed blocks of the i-th redline.
    private func comment(keeping: [Int]) -> PullRequestComment {
        var policies: [PullRequestComment.Policy] = []
        var index = 0
        var folder: String?
        for comparison in comparisons {
            if comparison.folder != folder {
                folder = comparison.folder
                let files = comparisons.filter { $0.folder == comparison.folder }.map(file)
                policies.append(
                    PullRequestComment.Policy(title: title(of: comparison.folder), files: files, redlines: []))
            }
            guard let assessment = comparison.assessment else { continue }
            policies[policies.count - 1].redlines.append(
                .init(assessment: assessment, keeping: keeping[index], language: comparison.language ?? "en"))
            index += 1
        }
        let counts = [Git.FileStatus.added, .edited, .deleted].compactMap { status -> (Int, String)? in
            let count = comparisons.filter { $0.status == status }.count
            return count == 0 ? nil : (count, status.rawValue)
        }
        return PullRequestComment(
            ref: ref, policies: policies, revisionCount: comparisons.count,
            policyCount: Set(comparisons.map(\.folder)).count, statusCounts: counts)
    }

    /// The length the changed blocks of a redline add to it, with its first `count` blocks.
    private func sizeOfChanges(_ assessment: ChangeAssessment, keeping count: Int, language: String) -> Int {
        var shown = assessment.changes
        shown.changes.removeLast(shown.changes.count - count)
        shown.summary.unchanged = 0
        var none = shown
        none.changes = []
        let materiality = assessment.materiality
        return Self.length(renderer.redline(shown, assessment: materiality, as: .markdown, language: language))
            - Self.length(renderer.redline(none, assessment: materiality, as: .markdown, language: language))
    }

    /// The policy's title in the folder's newest changed revision, or the folder's path.
    private func title(of folder: String) -> String {
        comparisons.last { $0.folder == folder && $0.title != nil }?.title ?? folder
    }

    /// A changed file's line.
    private func file(_ comparison: RevisionComparison) -> PullRequestComment.File {
        let comparedWith: PullRequestComment.Comparison =
            switch (comparison.status, comparison.comparedWith) {
            case (.deleted, _): .none
            case (.added, nil): .first
            case (.added, let old?): .follows(RevisionComparison.printable(old))
            case (.edited, _): .itsVersionAtRef
            }
        return PullRequestComment.File(
            status: comparison.status.rawValue, path: RevisionComparison.printable(comparison.path),
            comparison: comparedWith)
    }

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
