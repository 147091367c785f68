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

    /// Makes an assessment from its parts.
    public init(changes: ChangeSet, materiality: Materiality?) {
        self.changes = changes
        self.materiality = materiality
    }

    /// Diffs two revisions and compares what their rules decide.
    public init(from old: Policy, to new: Policy) {
        self.init(from: RevisionHistory.prepare(old), to: RevisionHistory.prepare(new))
    }

    /// Diffs two prepared revisions and compares what their rules decide.
    public init(from old: PreparedRevision, to new: PreparedRevision) {
        let changes = ChangeSet(from: old.input, to: new.input)
        self.init(
            changes: changes,
            materiality: Materiality.assess(old: old.analysed, new: new.analysed, changes: changes))
    }

    /// True when the revisions differ in what they say or in what their rules decide: what
    /// `codicil diff` reports with exit status 1.
    public var differs: Bool {
        !changes.saysTheSame || materiality?.classification.isMaterial == true
    }
}
