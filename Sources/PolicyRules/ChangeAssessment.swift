import PolicyDiff
import PolicyModel

/// What changed between two revisions and what the change means for the rules: the change set
/// with its materiality.
public struct ChangeAssessment: Sendable, Equatable {
    /// Everything that changed between the two revisions.
    public var changes: ChangeSet
    /// Whether the revision changes what the rules decide; nil when the comparison is too large
    /// to make exhaustively (see `Materiality.assess`).
    public var materiality: Materiality?
    /// What the revision newly permits or no longer permits, grouped for readers; nil when the
    /// revision is not material or the comparison was not made.
    public var permissions: [PermissionChange]?

    /// Makes an assessment from its parts.
    public init(changes: ChangeSet, materiality: Materiality?, permissions: [PermissionChange]? = nil) {
        self.changes = changes
        self.materiality = materiality
        self.permissions = permissions
    }

    /// Diffs two revisions and compares what their rules decide.
    public init(from old: Policy, to new: Policy) {
        self.init(from: RevisionHistory.prepare(old), to: RevisionHistory.prepare(new))
    }

    /// Diffs two prepared revisions and compares what their rules decide.
    public init(from old: PreparedRevision, to new: PreparedRevision) {
        let changes = ChangeSet(from: old.input, to: new.input)
        let materiality = Materiality.assess(old: old.analysed, new: new.analysed, changes: changes)
        self.init(
            changes: changes, materiality: materiality,
            permissions: materiality?.classification.isMaterial == true
                ? PermissionChange.changes(from: old.analysed.rules, to: new.analysed.rules) : nil)
    }

    /// True when the revisions differ in what they say or in what their rules decide: what
    /// `codicil diff` reports with exit status 1.
    public var differs: Bool {
        !changes.saysTheSame || materiality?.classification.isMaterial == true
    }
}
