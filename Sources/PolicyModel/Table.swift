/// A table: an optional caption, an optional header row, and rows of cells with inline content.
public struct Table: Sendable, Hashable, Codable {
    /// The caption, shown above the table.
    public var caption: [Inline]?
    /// The header row's cells, nil when the table has no header row.
    public var header: [[Inline]]?
    /// The body rows.
    public var rows: [TableRow]
    /// Where the table starts in its source.
    public var location: SourceLocation

    /// Makes a table from its parts.
    public init(caption: [Inline]? = nil, header: [[Inline]]?, rows: [TableRow], location: SourceLocation) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.location = location
    }

    /// How many columns the table has: the most cells of any row, the header included.
    public var columnCount: Int {
        rows.reduce(header?.count ?? 0) { max($0, $1.cells.count) }
    }
}

/// One body row of a table: its cells, and the id and rules that make it a clause.
public struct TableRow: Sendable, Hashable, Codable {
    public var id: ClauseID?
    /// Rules the row carries.
    public var rules: [Rule]
    /// The row's cells, left to right; a cell may be empty.
    public var cells: [[Inline]]
    public var location: SourceLocation
    /// How a reader cites the row, computed from position: `4 (row 2)`, and `4 table 2 (row 1)`
    /// when its section holds several tables.
    public internal(set) var citation: String

    /// Makes a row; its citation is computed when the policy is numbered.
    public init(id: ClauseID? = nil, rules: [Rule] = [], cells: [[Inline]], location: SourceLocation) {
        self.id = id
        self.rules = rules
        self.cells = cells
        self.location = location
        self.citation = ""
    }

    /// The row's cells as one run of text, cells apart by ` | `, for search and similarity.
    public var content: [Inline] {
        var result: [Inline] = []
        for (index, cell) in cells.enumerated() {
            if index > 0 { result.append(.text(" | ")) }
            result += cell
        }
        return result
    }
}
