import PolicyDiff
import PolicyModel

/// Every revision of one policy analysed once: each revision's rule set, and each consecutive
/// pair's change set with its assessment. What the site and the revision commands present.
public struct RevisionHistory: Sendable {
    /// The policy's id.
    public var id: PolicyID
    /// The revisions with their rule sets, oldest first.
    public var revisions: [AnalysedRevision]
    /// `assessments[i]` compares `revisions[i]` with `revisions[i + 1]`.
    public var assessments: [ChangeAssessment]

    /// Analyses a history, one revision after another. For a translation, pass its `original`:
    /// each revision is then assessed by the rules of the original revision it translates.
    /// - Complexity: one diff and one rule comparison a revision.
    public init(history: PolicyHistory, original: PolicyHistory? = nil) {
        let prepared = history.revisions.map { Self.prepare($0, original: original) }
        let assessments = prepared.indices.dropFirst().map { Self.assess(prepared[$0 - 1], prepared[$0]) }
        self.init(id: history.id, revisions: prepared.map(\.analysed), assessments: assessments)
    }

    /// Makes a history from its parts, which a caller may compute at the same time with
    /// `prepare` and `assess`; `assessments` has one fewer element than `revisions`.
    public init(id: PolicyID, revisions: [AnalysedRevision], assessments: [ChangeAssessment]) {
        precondition(assessments.count == max(revisions.count - 1, 0), "one assessment per consecutive pair")
        self.id = id
        self.revisions = revisions
        self.assessments = assessments
    }

    /// The work of one revision that does not depend on any other; for a revision of a
    /// translation, `original` is the original's history, whose rules apply to it.
    /// `rules`, when given, are the rules that apply to it, already made.
    public static func prepare(_ policy: Policy, original: PolicyHistory? = nil, rules: RuleSet? = nil)
        -> PreparedRevision
    {
        PreparedRevision(
            input: DiffInput(policy),
            analysed: AnalysedRevision(policy: policy, rules: rules ?? Self.rules(of: policy, original: original)))
    }

    /// The rules that apply to `policy`: its own, or, for a translation, those of the original
    /// revision it translates, each citing the translation's clause.
    public static func rules(of policy: Policy, original: PolicyHistory?) -> RuleSet {
        guard policy.revision.translates != nil else { return RuleSet(policy: policy) }
        return RuleSet(policy: rulesSource(of: policy, original: original), citingIn: policy)
    }

    /// The revision whose rules apply to `policy`: the revision of `original` it translates, or
    /// `policy` itself.
    public static func rulesSource(of policy: Policy, original: PolicyHistory?) -> Policy {
        guard let translates = policy.revision.translates,
            let source = original?.revision(effective: translates)
        else { return policy }
        return source
    }

    /// The work of one consecutive pair, once both are prepared.
    public static func assess(_ old: PreparedRevision, _ new: PreparedRevision) -> ChangeAssessment {
        ChangeAssessment(from: old, to: new)
    }

    /// The assessment of the revision effective on `date` against the one before it; nil for
    /// the first revision or a date no revision has.
    public func assessment(effective date: PolicyDate) -> ChangeAssessment? {
        guard let index = revisions.firstIndex(where: { $0.policy.revision.effective == date }), index > 0 else {
            return nil
        }
        return assessments[index - 1]
    }
}

/// One revision with its rule set.
public struct AnalysedRevision: Sendable {
    /// The revision.
    public var policy: Policy
    /// Its rules, ready to decide requests.
    public var rules: RuleSet

    /// Makes an analysed revision from its parts.
    public init(policy: Policy, rules: RuleSet) {
        self.policy = policy
        self.rules = rules
    }

    /// True when some clause carries a rule.
    public var hasRules: Bool { !rules.rules.isEmpty }
}

/// A revision prepared for diffing, with its rule set: the per-revision half of the analysis.
public struct PreparedRevision: Sendable {
    /// The revision prepared for diffing.
    public var input: DiffInput
    /// The revision with its rule set.
    public var analysed: AnalysedRevision
}
