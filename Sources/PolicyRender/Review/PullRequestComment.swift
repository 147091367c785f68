import PolicyDiff
import PolicyRules

/// What a pull request's comment shows for every revision changed since a git ref: a heading
/// per policy listing its changed files, and the redline of each compared revision, the first
/// `keeping` changed blocks of each. `PolicyRenderer.pullRequestComment` lays it out in Markdown.
public struct PullRequestComment: Sendable {
    /// The git ref the revisions are compared with.
    public var ref: String
    /// The policies, in the order their files are listed.
    public var policies: [Policy]
    /// The number of changed revision files, and of policies that hold them.
    public var revisionCount: Int
    public var policyCount: Int
    /// `1 added`, `2 edited`: each status with the number of files in it, in that order.
    public var statusCounts: [(count: Int, status: String)]
    /// Past the length limit: the limit, and where the full redline is (nil: say the command).
    public var cut: Cut?

    /// Makes a comment.
    public init(
        ref: String, policies: [Policy], revisionCount: Int, policyCount: Int,
        statusCounts: [(count: Int, status: String)], cut: Cut? = nil
    ) {
        self.ref = ref
        self.policies = policies
        self.revisionCount = revisionCount
        self.policyCount = policyCount
        self.statusCounts = statusCounts
        self.cut = cut
    }

    /// One policy's part: its title, every changed file of it, and the redlines of a run of them.
    public struct Policy: Sendable {
        public var title: String
        public var files: [File]
        public var redlines: [Redline]

        /// Makes a policy's part.
        public init(title: String, files: [File], redlines: [Redline]) {
            self.title = title
            self.files = files
            self.redlines = redlines
        }
    }

    /// A changed revision file and what it is compared with.
    public struct File: Sendable {
        /// `added`, `edited` or `deleted`.
        public var status: String
        public var path: String
        public var comparison: Comparison

        /// Makes a file's line.
        public init(status: String, path: String, comparison: Comparison) {
            self.status = status
            self.path = path
            self.comparison = comparison
        }
    }

    /// What a changed file is compared with.
    public enum Comparison: Sendable {
        /// Nothing: the file was deleted.
        case none
        /// Nothing: the file is the policy's first revision.
        case first
        /// The revision file it follows.
        case follows(String)
        /// Its own version at the ref.
        case itsVersionAtRef
    }

    /// One redline, with the first `keeping` of its changed blocks, in the policy's language.
    public struct Redline: Sendable {
        public var assessment: ChangeAssessment
        public var keeping: Int
        public var language: String

        /// Makes a redline.
        public init(assessment: ChangeAssessment, keeping: Int, language: String = "en") {
            self.assessment = assessment
            self.keeping = keeping
            self.language = language
        }
    }

    /// The last line of a comment that does not fit.
    public struct Cut: Sendable {
        /// The longest comment, in characters.
        public var limit: Int
        /// Where the full redline is (http or https), if known.
        public var fullRedlineURL: String?

        /// Makes the last line.
        public init(limit: Int, fullRedlineURL: String?) {
            self.limit = limit
            self.fullRedlineURL = fullRedlineURL
        }
    }
}

extension PolicyRenderer {
    /// The comment as Markdown from `markdown/pull-request`: a hidden marker line first (a
    /// workflow finds its comment by it), each redline from `markdown/redline`; without its
    /// last line when `comment.cut` is nil, else that line alone (`lastLine` true).
    public func pullRequestComment(_ comment: PullRequestComment, lastLine: Bool = false) -> String {
        markdown.render(PullRequestView(comment, lastLine: lastLine, renderer: self), withTemplate: "pull-request")
            ?? ""
    }
}

/// What `markdown/pull-request` sees; every string is escaped Markdown.
struct PullRequestView: Sendable {
    var isBody: Bool
    var ref: String
    var isEmpty: Bool
    var revisionCount: Int
    var revisionsNoun: String
    var policyCount: Int
    var policiesNoun: String
    var statusCounts: String
    var policies: [PullRequestPolicyView]
    var isCut: Bool
    var limit: Int
    var hasURL: Bool
    var url: String
    var command: String

    init(_ comment: PullRequestComment, lastLine: Bool, renderer: PolicyRenderer) {
        isBody = !lastLine
        ref = MarkdownEscaping.codeSpan(comment.ref)
        isEmpty = comment.revisionCount == 0
        revisionCount = comment.revisionCount
        revisionsNoun = comment.revisionCount == 1 ? "revision" : "revisions"
        policyCount = comment.policyCount
        policiesNoun = comment.policyCount == 1 ? "policy" : "policies"
        statusCounts = comment.statusCounts.map { "\($0.count) \($0.status)" }.joined(separator: ", ")
        policies =
            lastLine ? [] : comment.policies.map { PullRequestPolicyView($0, ref: comment.ref, renderer: renderer) }
        isCut = lastLine && comment.cut != nil
        limit = comment.cut?.limit ?? 0
        url = comment.cut?.fullRedlineURL ?? ""
        hasURL = comment.cut?.fullRedlineURL != nil
        command = MarkdownEscaping.codeSpan("codicil diff --git-base \(comment.ref)")
    }
}

/// One policy's part of the comment.
struct PullRequestPolicyView: Sendable {
    var title: String
    var files: [PullRequestFileView]
    var redlines: [PullRequestRedlineView]

    init(_ policy: PullRequestComment.Policy, ref: String, renderer: PolicyRenderer) {
        title = MarkdownEscaping.escape(policy.title, atLineStart: false)
        files = policy.files.map { PullRequestFileView($0, ref: ref) }
        redlines = policy.redlines.map { redline in
            var changes = redline.assessment.changes
            let omitted = changes.changes.count - redline.keeping
            changes.changes.removeLast(omitted)
            let text = renderer.redline(
                changes, assessment: redline.assessment.materiality, as: .markdown, language: redline.language)
            return PullRequestRedlineView(
                redline: String(text.dropLast()), hasOmitted: omitted > 0, omitted: omitted,
                omittedNoun: omitted == 1 ? "block" : "blocks")
        }
    }
}

/// A changed file's line.
struct PullRequestFileView: Sendable {
    var status: String
    var path: String
    var isFirst: Bool
    var hasPrevious: Bool
    var previous: String
    var isEdited: Bool
    var ref: String

    init(_ file: PullRequestComment.File, ref: String) {
        status = MarkdownEscaping.escape(file.status, atLineStart: false)
        path = MarkdownEscaping.codeSpan(file.path)
        self.ref = MarkdownEscaping.codeSpan(ref)
        (isFirst, hasPrevious, previous, isEdited) = (false, false, "", false)
        switch file.comparison {
        case .none: break
        case .first: isFirst = true
        case .follows(let name): (hasPrevious, previous) = (true, MarkdownEscaping.codeSpan(name))
        case .itsVersionAtRef: isEdited = true
        }
    }
}

/// One redline of the comment, laid out by `markdown/redline`.
struct PullRequestRedlineView: Sendable {
    var redline: String
    var hasOmitted: Bool
    var omitted: Int
    var omittedNoun: String
}
