/// A place in a source file: 1-based line and column (column 0 when unknown; line 0 for the whole file).
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `path:line:column`, `path:line` when the column is unknown, or `path` for the whole file.
    public var description: String {
        line <= 0 ? file : column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
