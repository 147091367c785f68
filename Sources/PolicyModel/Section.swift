/// A numbered section: a heading, body blocks, then subsections.
public struct Section: Sendable, Hashable, Codable {
    public var id: ClauseID
    public var heading: [Inline]
    /// Rules the section as a whole carries.
    public var rules: [Rule]
    public var blocks: [Block]
    public var subsections: [Section]
    public var location: SourceLocation
    /// A numbering style that starts here: it numbers this section and its following siblings,
    /// counting again from the style's start; nil to go on with the level's style.
    public var numberStyle: NumberStyle?
    /// The section's own number stated outright (`4`, `A`, `IV`, without prefix or punctuation)
    /// where the publisher's sequence is irregular; the following siblings count on from it.
    public var statedNumber: String?
    /// True when the section shows no number, as a heading its publisher left unnumbered (or
    /// whose number is kept in its words) among numbered ones: its siblings count on as if it
    /// were not there, and it is cited by its parent's citation and its place (`§2`, `3 §1`).
    public var isUnnumbered: Bool
    /// How a reader cites the section, computed from position and style: `7`, `7.1`, `Clause 3`,
    /// `Annex A`. No two sections of a revision are cited alike unless numbers are stated.
    public internal(set) var number: String
    /// The number as the section's heading shows it: `1.`, `7.1`, `Clause 3:`, `(a)`; empty when
    /// the section is unnumbered.
    public internal(set) var label: String
    /// The part of the number that comes from the section's own position: `1` in `7.1`, `A` in `Annex A`.
    public internal(set) var ownNumber: String
    /// The number without prefix or punctuation, joined to its parent's when the style repeats
    /// it: `7.1`, `3`, `A`; what a subsection or list item that repeats its parent's number repeats.
    public internal(set) var numeral: String
    /// The own number the sequence gives, before any stated number; `check` warns when they differ.
    public internal(set) var positionalNumber: String
    /// The depth of the section: 1 for a top-level section.
    public internal(set) var level: Int

    /// Makes a section; `Policy.renumber()` computes its number, label and level.
    public init(
        id: ClauseID, heading: [Inline], rules: [Rule] = [], blocks: [Block] = [], subsections: [Section] = [],
        location: SourceLocation, numberStyle: NumberStyle? = nil, statedNumber: String? = nil,
        unnumbered: Bool = false
    ) {
        self.id = id
        self.heading = heading
        self.rules = rules
        self.blocks = blocks
        self.subsections = subsections
        self.location = location
        self.numberStyle = numberStyle
        self.statedNumber = statedNumber
        self.isUnnumbered = unnumbered
        self.number = ""
        self.label = ""
        self.ownNumber = ""
        self.numeral = ""
        self.positionalNumber = ""
        self.level = 0
    }
}

/// A note (footnote), numbered by its position among the notes.
public struct Note: Sendable, Hashable, Codable {
    public var id: NoteID
    public var content: [Inline]
    public var location: SourceLocation
    /// The number computed from position, starting at 1.
    public internal(set) var number: Int

    public init(id: NoteID, content: [Inline], location: SourceLocation) {
        self.id = id
        self.content = content
        self.location = location
        self.number = 0
    }
}
