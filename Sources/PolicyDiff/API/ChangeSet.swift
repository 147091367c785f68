import PolicyModel

/// Everything that changed between two revisions of one policy, as plain stored values.
public struct ChangeSet: Sendable, Equatable {
    /// The policy both revisions belong to (the new revision's id when they differ).
    public var policy: String
    /// The revision compared from.
    public var old: RevisionReference
    /// The revision compared to.
    public var new: RevisionReference
    /// Changes to what the revision says about itself or the whole policy, in a fixed field order.
    public var metadata: [MetadataChange]
    /// Changes to sections, paragraphs, list items and notes, in reading order of the new revision.
    public var changes: [Change]
    /// Counts of the changes, for a summary line.
    public var summary: ChangeSummary

    /// Makes a change set from its parts.
    public init(
        policy: String, old: RevisionReference, new: RevisionReference, metadata: [MetadataChange],
        changes: [Change], summary: ChangeSummary
    ) {
        self.policy = policy
        self.old = old
        self.new = new
        self.metadata = metadata
        self.changes = changes
        self.summary = summary
    }

    /// True when nothing at all differs, metadata included.
    public var isEmpty: Bool { metadata.isEmpty && changes.isEmpty }

    /// True when the two revisions say the same: no clause, note, title, publisher or language
    /// change. Effective dates, labels and summaries may differ.
    public var saysTheSame: Bool {
        changes.isEmpty && metadata.allSatisfy { $0.field.isAboutTheRevision }
    }
}

/// Which revision a side of a change set is.
public struct RevisionReference: Sendable, Equatable {
    /// The effective date, `YYYY-MM-DD`.
    public var effective: String
    /// The publisher's label for the date, when the source gives one.
    public var label: String?
    /// The policy's title in that revision, as plain text.
    public var title: String

    /// Makes a revision reference.
    public init(effective: String, label: String?, title: String) {
        self.effective = effective
        self.label = label
        self.title = title
    }
}

/// Counts of the changes in a change set.
public struct ChangeSummary: Sendable, Equatable {
    /// Blocks (sections, paragraphs, items, notes) only in the new revision.
    public var added = 0
    /// Blocks only in the old revision.
    public var removed = 0
    /// Blocks whose text changed in place.
    public var modified = 0
    /// Blocks that moved to another parent or position (their text may have changed too).
    public var moved = 0
    /// Runs of renumbered siblings (blocks whose only change is their number), each counted once.
    public var renumbered = 0
    /// Blocks made of two or more old ones.
    public var merged = 0
    /// Old blocks now in two or more new ones.
    public var split = 0
    /// Blocks present in both revisions with no change reported.
    public var unchanged = 0
    /// Words in inserted segments and added blocks.
    public var wordsInserted = 0
    /// Words in deleted segments and removed blocks.
    public var wordsDeleted = 0
    /// Metadata fields that changed.
    public var metadataChanged = 0

    /// Makes an all-zero summary.
    public init() {}
}
