/// A block of a section's body: a paragraph or a list.
public enum Block: Sendable, Hashable, Codable {
    case paragraph(Paragraph)
    case list(List)

    /// Where the block starts in its source.
    public var location: SourceLocation {
        switch self {
        case .paragraph(let paragraph): paragraph.location
        case .list(let list): list.location
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
    /// The numbering style of this ordered list's items, in place of its depth's; nil for the depth's.
    public var numberStyle: NumberStyle?

    /// Makes a list; `Policy.renumber()` computes its items' markers and citations.
    public init(style: Style, items: [Item], location: SourceLocation, numberStyle: NumberStyle? = nil) {
        self.style = style
        self.items = items
        self.location = location
        self.numberStyle = numberStyle
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
    /// The item's own number stated outright (`4`, `d`, `iv`, without punctuation) where the
    /// publisher's sequence is irregular; the following items count on from it. Ordered lists only.
    public var statedNumber: String?
    /// The marker computed from position and style: `5` or `b` in an ordered list, nil in a bulleted one.
    public internal(set) var marker: String?
    /// The marker as the list shows it, with its punctuation: `5.`, `(b)`, `2.a.`; nil in a bulleted list.
    public internal(set) var label: String?
    /// The marker the sequence gives, before any stated number; `check` warns when they differ.
    public internal(set) var positionalMarker: String?
    /// How a reader cites the item, computed from position: `4 (5)`, `1 (bullet 2)`, and
    /// `5.2 ¶3 (bullet 3)` when its section holds several lists (the list after paragraph 3).
    public internal(set) var citation: String

    /// Makes an item; `Policy.renumber()` computes its marker and citation.
    public init(
        id: ClauseID? = nil, rules: [Rule] = [], content: [Inline], blocks: [Block] = [], location: SourceLocation,
        statedNumber: String? = nil
    ) {
        self.id = id
        self.rules = rules
        self.content = content
        self.blocks = blocks
        self.location = location
        self.statedNumber = statedNumber
        self.marker = nil
        self.label = nil
        self.positionalMarker = nil
        self.citation = ""
    }
}
