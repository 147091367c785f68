extension TextWrapper {
    /// Wraps every line of rendered text wider than `width` columns (a wide East Asian character
    /// takes two), continuing it under its own text: a line's leading spaces, and a list marker
    /// (`- `) after them, make the hanging indent of the lines it wraps onto. Lines within `width` are left as they are.
    /// - Complexity: O(n) in the length of `text`.
    static func reflow(_ text: String, width: Int = 72) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard TextTable.displayWidth(String(line)) > width else { return String(line) }
            let indent = line.prefix { $0 == " " }
            let marker = line.dropFirst(indent.count).hasPrefix("- ") ? "  " : ""
            let rest = String(repeating: " ", count: indent.count) + marker
            return wrap(String(line.dropFirst(indent.count)), width: width, first: String(indent), rest: rest)
        }.joined(separator: "\n")
    }
}
