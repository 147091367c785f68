/// One block that differs between two revisions.
public struct Change: Sendable, Equatable {
    /// What happened to the block.
    public var kind: ChangeKind
    /// What kind of block it is (in the new revision, when it is there).
    public var element: ElementKind
    /// What kind of block it was in the old revision, when that was another kind: a paragraph
    /// that is now a list item has `element` `.item` and `oldElement` `.paragraph`.
    public var oldElement: ElementKind?
    /// For a moved block: whether it has another parent, or only another place among its siblings.
    public var move: Move?
    /// The block's id in the old revision, when it has one and exists there.
    public var oldID: String?
    /// The block's id in the new revision, when it has one and exists there.
    public var newID: String?
    /// How a reader cited it in the old revision (`4 (5)`, `7.1`, `5 ¶2`, `3` for a note).
    public var oldNumber: String?
    /// How a reader cites it in the new revision.
    public var newNumber: String?
    /// The citation of its parent in the old revision (`7`, `Preamble`, `Notes`).
    public var oldParent: String?
    /// The citation of its parent in the new revision.
    public var newParent: String?
    /// The number of the section it is in (its own, for a section) in the old revision; nil
    /// in the preamble, the closing and the notes.
    public var oldSection: String?
    /// The number of the section it is in (its own, for a section) in the new revision.
    public var newSection: String?
    /// The heading of the section it is in (its own, for a section) in the old revision.
    public var oldHeading: String?
    /// The heading of the section it is in (its own, for a section) in the new revision.
    public var newHeading: String?
    /// Its text in the old revision (a section's heading), as plain text.
    public var oldText: String?
    /// Its text in the new revision, as plain text.
    public var newText: String?
    /// True when the words changed (always for added and removed blocks).
    public var textChanged: Bool
    /// The text as word segments: one inserted segment for an added block, one deleted segment
    /// for a removed one, the word diff for a modified or edited moved one, else one equal segment.
    public var segments: [WordSegment]
    /// Emphasis and link changes on words that are otherwise equal.
    public var markup: [MarkupChange]
    /// For an added or removed section or item: the blocks inside it that came or went with it,
    /// in reading order, each itself an added or removed change without contents of its own.
    /// For a merged block: the other old blocks merged into it; for a split one, the other new
    /// blocks it was split into; for a renumbered one, the siblings after it renumbered with it.
    public var contents: [Change]
    /// For a table row: its cells one by one, each with its column's heading and its words as
    /// segments (a cell-level word diff for a modified row); nil for every other block.
    public var cells: [CellChange]?

    /// Makes a change from its parts.
    public init(
        kind: ChangeKind, element: ElementKind, oldID: String? = nil, newID: String? = nil,
        oldNumber: String? = nil, newNumber: String? = nil, oldParent: String? = nil, newParent: String? = nil,
        oldSection: String? = nil, newSection: String? = nil, oldHeading: String? = nil, newHeading: String? = nil, oldText: String? = nil, newText: String? = nil,
        textChanged: Bool = false, segments: [WordSegment] = [], markup: [MarkupChange] = [],
        contents: [Change] = []
    ) {
        self.kind = kind
        self.element = element
        self.oldElement = nil
        self.move = nil
        self.oldID = oldID
        self.newID = newID
        self.oldNumber = oldNumber
        self.newNumber = newNumber
        self.oldParent = oldParent
        self.newParent = newParent
        self.oldSection = oldSection
        self.newSection = newSection
        self.oldHeading = oldHeading
        self.newHeading = newHeading
        self.oldText = oldText
        self.newText = newText
        self.textChanged = textChanged
        self.segments = segments
        self.markup = markup
        self.contents = contents
        self.cells = nil
    }
}

/// One cell of a changed table row: its column's heading and its words as segments.
public struct CellChange: Sendable, Equatable {
    /// The heading of the cell's column, as plain text, when the table has a header row.
    public var header: String?
    /// The cell's words: equal, deleted and inserted segments.
    public var segments: [WordSegment]

    /// Makes a cell change.
    public init(header: String?, segments: [WordSegment]) {
        self.header = header
        self.segments = segments
    }
}

/// What happened to a block between two revisions.
public enum ChangeKind: String, Sendable, Equatable, CaseIterable {
    /// Only in the new revision.
    case added
    /// Only in the old revision.
    case removed
    /// Same place, different text or markup.
    case modified
    /// Another parent, or another order among its siblings; `textChanged` tells whether it was edited too.
    case moved
    /// Same text and place; only its number changed because something before it came or went.
    case renumbered
    /// Two or more old blocks next to each other are now this one block.
    case merged
    /// One old block is now two or more blocks next to each other.
    case split
}

/// How a block moved.
public enum Move: String, Sendable, Equatable, CaseIterable {
    /// Same parent, another place among its siblings.
    case reordered
    /// Another parent (another section, item, or container).
    case reparented
}

/// The kinds of block the diff aligns.
public enum ElementKind: String, Sendable, Equatable, CaseIterable {
    case section
    case paragraph
    case item
    case row
    case note
}

/// A run of words that is equal on both sides, only in the old text, or only in the new.
public struct WordSegment: Sendable, Equatable {
    /// Which side the words are on.
    public enum Kind: String, Sendable, Equatable {
        case equal
        case inserted
        case deleted
    }

    public var kind: Kind
    /// The words, separated by single spaces where the source had whitespace.
    public var text: String
    /// True when whitespace separates this segment from the text before it.
    public var spaceBefore: Bool

    /// Makes a segment.
    public init(_ kind: Kind, _ text: String, spaceBefore: Bool = false) {
        self.kind = kind
        self.text = text
        self.spaceBefore = spaceBefore
    }
}

/// Words whose text is unchanged but whose emphasis or link changed.
public struct MarkupChange: Sendable, Equatable {
    /// The words concerned, as they read in the new revision.
    public var text: String
    /// Their marks in the old revision, outermost first.
    public var old: [Mark]
    /// Their marks in the new revision, outermost first.
    public var new: [Mark]

    /// Makes a markup change.
    public init(text: String, old: [Mark], new: [Mark]) {
        self.text = text
        self.old = old
        self.new = new
    }
}

/// A piece of inline markup around a word: emphasis, strong, a defined term, or a link.
public struct Mark: Sendable, Hashable {
    /// Which markup it is.
    public enum Kind: String, Sendable, Hashable {
        case emphasis
        case strong
        case term
        case link
    }

    public var kind: Kind
    /// The link target, for a link.
    public var href: String?

    /// Makes a mark.
    public init(_ kind: Kind, href: String? = nil) {
        self.kind = kind
        self.href = href
    }
}
