/// A numbered section: a heading, body blocks, then subsections.
public struct Section: Sendable, Hashable, Codable {
    public var id: ClauseID
    public var heading: [Inline]
    /// Rules the section as a whole carries.
    public var rules: [Rule]
    public var blocks: [Block]
    public var subsections: [Section]
    public var location: SourceLocation
    /// The number computed from position: `7`, `7.1`.
    public internal(set) var number: String
    /// The depth of the section: 1 for a top-level section.
    public internal(set) var level: Int

    public init(
        id: ClauseID, heading: [Inline], rules: [Rule] = [], blocks: [Block] = [], subsections: [Section] = [],
        location: SourceLocation
    ) {
        self.id = id
        self.heading = heading
        self.rules = rules
        self.blocks = blocks
        self.subsections = subsections
        self.location = location
        self.number = ""
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
