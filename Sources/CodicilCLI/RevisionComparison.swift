import PolicyDiff
import PolicyRules

/// One revision file that changed since the git base, and the diff a reviewer reads for it.
struct RevisionComparison {
    /// The revision file, spelled from the path the user gave.
    var path: String
    var status: Git.FileStatus
    /// The policy folder that holds the file.
    var folder: String
    /// What the revision is compared with: the file name of the revision it follows, or
    /// `REF:path` for an edited revision's own earlier version; nil when there is none.
    var comparedWith: String?
    /// The diff and its assessment; nil for a deleted revision or a policy's first revision.
    var assessment: ChangeAssessment?
    /// The language of the new revision, when there is one.
    var language: String?
    /// The policy's title in the new revision, as plain text, when there is one.
    var title: String?

    /// Whether this counts as a change for the exit status: a revision added or deleted, or an
    /// edited one that no longer says the same.
    var differs: Bool { status != .edited || assessment?.differs == true }

    /// What changed and what it is compared with, in words:
    /// `added policy-src/p/2013-04-01.xml, compared with 2012-12-01.xml`.
    func described(ref: String) -> String {
        let file = Self.printable(path)
        switch (status, comparedWith) {
        case (.deleted, _): return "deleted \(file)"
        case (.added, nil): return "added \(file), the policy's first revision: nothing to compare it with"
        case (.added, let old?): return "added \(file), compared with \(Self.printable(old))"
        case (.edited, _): return "edited \(file), compared with its version at \(ref)"
        }
    }

    /// A file name may hold any byte but "/" and NUL: each control character becomes U+FFFD, so
    /// that a line break in a name cannot end the line that names it.
    static func printable(_ name: String) -> String {
        let scalars = name.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\u{FFFD}" : $0 }
        return String(String.UnicodeScalarView(scalars))
    }
}
