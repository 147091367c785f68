/// Lays out a table as aligned plain text within a width: a grid drawn with `+`, `-`, `=` and
/// `|` whose cells wrap inside their columns, or, when the columns cannot all be given a
/// readable width, each row as lines of `heading: text`.
enum TextTable {
    /// The narrowest a column may be made before the table is laid out row by row instead.
    static let narrowest = 6

    /// The table's lines, each starting with `indent` and no wider than `width` display columns
    /// (a wide East Asian character counts two); `header` is nil for a table without one.
    ///
    /// - Complexity: O(n log w) for n characters of cell text and a widest cell of w columns.
    static func layOut(caption: String?, header: [String]?, rows: [[String]], width: Int = 72, indent: String = "")
        -> String
    {
        let columns = max(rows.reduce(header?.count ?? 0) { max($0, $1.count) }, 1)
        func padded(_ cells: [String]) -> [String] { (0..<columns).map { $0 < cells.count ? cells[$0] : "" } }
        let header = header.map(padded)
        let rows = rows.map(padded)
        var lines: [String] = []
        if let caption {
            lines += TextWrapper.wrap(caption, width: width, first: indent, rest: indent).split(separator: "\n").map(
                String.init)
            lines.append("")
        }
        let budget = width - displayWidth(indent) - 3 * columns - 1
        let natural = (0..<columns).map { column in
            ((header.map { [$0] } ?? []) + rows).map { cellWidth($0[column]) }.max() ?? 0
        }
        let words = (0..<columns).map { column in
            ((header.map { [$0] } ?? []) + rows).map { longestWord($0[column]) }.max() ?? 0
        }
        guard let widths = fit(natural, words: words, budget: budget) else {
            return (lines + stacked(header: header, rows: rows, width: width, indent: indent)).joined(separator: "\n")
        }
        let rule = indent + "+" + widths.map { String(repeating: "-", count: $0 + 2) + "+" }.joined()
        lines.append(rule)
        if let header {
            lines += gridRow(header, widths, indent)
            lines.append(indent + "+" + widths.map { String(repeating: "=", count: $0 + 2) + "+" }.joined())
        }
        for row in rows {
            lines += gridRow(row, widths, indent)
            lines.append(rule)
        }
        return lines.joined(separator: "\n")
    }

    /// Column widths summing to no more than `budget`: the natural ones when they fit; else each
    /// column at least as wide as its longest word (`words`), the rest of the budget shared by
    /// capping the widest columns at one width, the remainder going to the first capped columns;
    /// nil when the longest words do not fit side by side or a column would be narrower than
    /// `narrowest`.
    static func fit(_ natural: [Int], words: [Int]? = nil, budget: Int) -> [Int]? {
        let natural = natural.map { max($0, 1) }
        if natural.reduce(0, +) <= budget { return natural }
        // A word cut inside a cell is a word the reader loses: when the longest words cannot all
        // be given their width, the rows are laid out as lines instead.
        let floors = zip(natural, words ?? natural.map { _ in 0 }).map { min($0, $1) }
        if floors.reduce(0, +) > budget { return nil }
        let low = largestCap(natural, floors: floors, budget: budget)
        var widths = zip(natural, floors).map { max($1, min($0, low)) }
        // A column squeezed below `narrowest` (narrower than its text) cannot be read.
        if zip(widths, natural).contains(where: { $0 < min(narrowest, $1) }) { return nil }
        var spare = budget - widths.reduce(0, +)
        for index in widths.indices where spare > 0 && natural[index] > widths[index] {
            widths[index] += 1
            spare -= 1
        }
        return widths
    }

    /// The largest cap such that the widths, each capped but none below its floor, sum to no
    /// more than `budget` (0 when none does); the sum grows with the cap, so a binary search finds it.
    private static func largestCap(_ widths: [Int], floors: [Int], budget: Int) -> Int {
        func total(_ cap: Int) -> Int { zip(widths, floors).reduce(0) { $0 + max($1.1, min($1.0, cap)) } }
        var low = 0
        var high = widths.max() ?? 0
        while low < high {
            let middle = (low + high + 1) / 2
            if total(middle) <= budget { low = middle } else { high = middle - 1 }
        }
        return low
    }

    private static func gridRow(_ cells: [String], _ widths: [Int], _ indent: String) -> [String] {
        let wrapped = zip(cells, widths).map { wrap($0, width: $1) }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            var text = indent + "|"
            for (cell, width) in zip(wrapped, widths) {
                let part = line < cell.count ? cell[line] : ""
                text += " " + part
                text += spaces(width - displayWidth(part))
                text += " |"
            }
            return text
        }
    }

    /// `count` spaces (none for a negative count).
    private static func spaces(_ count: Int) -> String {
        count <= 0 ? "" : count < paddings.count ? paddings[count] : String(repeating: " ", count: count)
    }

    /// Runs of 0 to 80 spaces to pad cells with.
    private static let paddings = (0...80).map { String(repeating: " ", count: $0) }

    /// Each row as lines of `heading: text` (or the text alone without a header), wrapped with
    /// a hanging indent, rows a blank line apart.
    private static func stacked(header: [String]?, rows: [[String]], width: Int, indent: String) -> [String] {
        var lines: [String] = []
        for (index, row) in rows.enumerated() {
            if index > 0 { lines.append("") }
            for (column, cell) in row.enumerated() where !cell.isEmpty {
                let label = header.map { $0[column].replacingOccurrences(of: "\n", with: " ") + ": " } ?? ""
                let text = wrap(label + cell, width: width - displayWidth(indent) - 2)
                lines.append(indent + text[0])
                lines += text.dropFirst().map { indent + "  " + $0 }
            }
        }
        return lines
    }

    /// The widest word of a cell worth a column's width, up to `longestKeptWord`: addresses,
    /// which break at their `/` anyway, do not count.
    private static func longestWord(_ text: String) -> Int {
        let words = pieces(of: text[...], at: [UInt8(ascii: " "), UInt8(ascii: "\n")]).filter { !isAddress($0) }
        return min(words.map { displayWidth($0) }.max() ?? 0, longestKeptWord)
    }

    /// The non-empty pieces of `text` between any of `separators` (spaces, line breaks), as
    /// `split` finds them between characters: by bytes when every scalar is a character of its
    /// own (none joins a separator to what follows it), else character by character.
    private static func pieces(of text: Substring, at separators: [UInt8], omittingEmpty: Bool = true) -> [Substring] {
        guard plainWidth(text.unicodeScalars) != nil else {
            return text.split(
                omittingEmptySubsequences: omittingEmpty,
                whereSeparator: { character in separators.contains { Character(Unicode.Scalar($0)) == character } })
        }
        return text.utf8.split(omittingEmptySubsequences: omittingEmpty, whereSeparator: { separators.contains($0) })
            .map { Substring($0) }
    }

    /// True when the word holds `://`: found in its bytes when it is ASCII, each byte a
    /// character of its own, else by Foundation's search, as before.
    private static func isAddress(_ word: Substring) -> Bool {
        let utf8 = word.utf8
        guard utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return word.contains("://") }
        var colon = false
        var slashes = 0
        for byte in utf8 {
            if colon, byte == UInt8(ascii: "/") {
                slashes += 1
                if slashes == 2 { return true }
                continue
            }
            (colon, slashes) = (byte == UInt8(ascii: ":"), 0)
        }
        return false
    }

    /// The widest word a column is widened for; a longer one is broken.
    static let longestKeptWord = 20

    /// The widest line of a cell, as its own line breaks divide it.
    private static func cellWidth(_ text: String) -> Int {
        pieces(of: text[...], at: [UInt8(ascii: "\n")], omittingEmpty: false).map { displayWidth($0) }.max() ?? 0
    }

    /// A cell's text in lines no wider than `width`: its own line breaks kept, words filled
    /// greedily, a word wider than the column broken between characters, and the lines of an
    /// item that starts with a bullet `• ` indented under its text.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for hardLine in pieces(of: text[...], at: [UInt8(ascii: "\n")], omittingEmpty: false) {
            let hanging = hardLine.hasPrefix("• ") && width >= narrowest ? 2 : 0
            let wrapped = fill(hardLine, first: width, rest: width - hanging)
            lines.append(wrapped[0])
            lines += wrapped.dropFirst().map { String(repeating: " ", count: hanging) + $0 }
        }
        return lines
    }

    /// One line of text filled into lines of `first`, then `rest`, display columns.
    private static func fill(_ text: Substring, first: Int, rest: Int) -> [String] {
        var lines: [String] = []
        var width = first
        var line = ""
        var lineWidth = 0
        func finish() {
            lines.append(line)
            (line, lineWidth, width) = ("", 0, rest)
        }
        for word in pieces(of: text, at: [UInt8(ascii: " ")]) {
            var word = word
            var wordWidth = displayWidth(word)
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " " + String(word)
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { finish() }
            while wordWidth > width {
                let (head, headWidth) = prefix(of: word, fitting: width)
                line = String(head)
                finish()
                word = word.dropFirst(head.count)
                wordWidth -= headWidth
            }
            (line, lineWidth) = (String(word), wordWidth)
        }
        lines.append(line)
        return lines
    }

    /// The longest start of a word that fits the width, ending after a `-` or `/` when one
    /// falls within it, so that a broken word or address still reads in whole parts.
    static func prefix(of word: Substring, fitting width: Int) -> (Substring, Int) {
        var used = 0
        var end = word.startIndex
        var lastBreak: (index: Substring.Index, width: Int)?
        while end < word.endIndex {
            let next = displayWidth(word[end])
            if used + next > width, used > 0 { break }
            used += next
            let character = word[end]
            end = word.index(after: end)
            if character == "-" || character == "/", end < word.endIndex { lastBreak = (end, used) }
        }
        if end < word.endIndex, let lastBreak { return (word[word.startIndex..<lastBreak.index], lastBreak.width) }
        return (word[word.startIndex..<end], used)
    }

    /// How many terminal columns the text takes: two for each wide East Asian character, none
    /// for a combining mark, one for anything else.
    static func displayWidth(_ text: some StringProtocol) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        if let width = plainWidth(text.unicodeScalars) { return width }
        return text.reduce(0) { $0 + displayWidth($1) }
    }

    /// The width of text whose every scalar is a character of its own and is known without a
    /// Unicode property lookup (Latin letters, general punctuation, letterlike symbols, kana,
    /// CJK ideographs, Hangul syllables, full-width forms), or nil for any other text. A scalar
    /// that joins a character with the one before it (a combining mark, a variation selector,
    /// a line feed after a carriage return) is never one of these.
    private static func plainWidth(_ scalars: some Sequence<Unicode.Scalar>) -> Int? {
        var width = 0
        for scalar in scalars {
            switch scalar.value {
            case 0x0D: return nil
            case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x214F: width += 1
            case 0x3000...0x3029, 0x3030...0x303E, 0x3041...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF01...0xFF60, 0xFFE0...0xFFE6:
                width += 2
            default: return nil
            }
        }
        return width
    }

    /// Two columns for a wide East Asian character, none for a combining mark, else one.
    static func displayWidth(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return scalar.properties.generalCategory == .nonspacingMark ? 0 : 1
        }
    }
}
