/// A block of a section's body: a paragraph, a list or a table.
public enum Block: Sendable, Hashable, Codable {
    case paragraph(Paragraph)
    case list(List)
    case table(Table)

    /// Where the block starts in its source.
    public var location: SourceLocation {
        switch self {
        case .paragraph(let paragraph): paragraph.location
        case .list(let list): list.location
        case .table(let table): table.location
        }
    }
}

/// A paragraph of running text; in closing matter, also the date line and signature lines.
public struct Paragraph: Sendable, Hashable, Codable {
    /// What a paragraph is for: body text, or a line of the closing matter.
    public enum Role: String, Sendable, Hashable, Codable {
        case body
        case date
        case signature
    }

    public var id: ClauseID?
    public var role: Role
    /// Rules the paragraph carries.
    public var rules: [Rule]
    public var content: [Inline]
    public var location: SourceLocation

    public init(
        id: ClauseID? = nil, role: Role = .body, rules: [Rule] = [], content: [Inline], location: SourceLocation
    ) {
        self.id = id
        self.role = role
        self.rules = rules
        self.content = content
        self.location = location
    }
}

/// An ordered or bulleted list.
public struct List: Sendable, Hashable, Codable {
    /// How the items of a list are marked.
    public enum Style: String, Sendable, Hashable, Codable {
        case ordered
        case bulleted
    }

    public var style: Style
    public var items: [Item]
    public var location: SourceLocation

    public init(style: Style, items: [Item], location: SourceLocation) {
        self.style = style
        self.items = items
        self.location = location
    }
}

/// One item of a list: its text, then any nested blocks.
public struct Item: Sendable, Hashable, Codable {
    public var id: ClauseID?
    /// Rules the item carries.
    public var rules: [Rule]
    public var content: [Inline]
    public var blocks: [Block]
    public var location: SourceLocation
    /// The marker computed from position: `5` or `b` in an ordered list, nil in a bulleted one.
    public internal(set) var marker: String?
    /// How a reader cites the item, computed from position: `4 (5)`, `1 (bullet 2)`, and
    /// `5.2 ¶3 (bullet 3)` when its section holds several lists (the list after paragraph 3).
    public internal(set) var citation: String

    public init(
        id: ClauseID? = nil, rules: [Rule] = [], content: [Inline], blocks: [Block] = [], location: SourceLocation
    ) {
        self.id = id
        self.rules = rules
        self.content = content
        self.blocks = blocks
        self.location = location
        self.marker = nil
        self.citation = ""
    }
}
