import PolicyModel

/// Whether the date line of a revision's closing (`<closing><date>`) says the day the revision
/// takes effect: a line left from the revision it was copied from is a warning.
public enum ClosingDateCheck {
    /// A warning for each closing date line whose year, month or day (those it states) differs
    /// from the effective date; a line that states no year is not judged.
    public static func diagnostics(for policy: Policy) -> [Diagnostic] {
        let effective = policy.revision.effective
        return policy.closing.compactMap { block -> Diagnostic? in
            guard case .paragraph(let paragraph) = block, paragraph.role == .date else { return nil }
            let line = paragraph.content.plainText().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard let stated = StatedDate(line), !stated.agrees(with: effective) else { return nil }
            return Diagnostic(
                .warning, "closing-date",
                "the closing date line '\(line)' disagrees with the effective date \(effective) "
                    + "(\(effective.longDescription)); write the revision's date there",
                at: paragraph.location)
        }
    }
}

/// The parts of a date a line of text states: a year, and maybe a month and a day, read from
/// `2012-12-01`, `1 December 2012`, `December 1, 2012`, `Dec. 2012` or `2012年12月1日`.
struct StatedDate: Equatable {
    var year: Int
    var month: Int?
    var day: Int?

    /// Nil when the line states no year from 1000 to 2999.
    init?(_ line: String) {
        var year: Int?
        var month: Int?
        var day: Int?
        var numbers: [Int] = []
        for token in Self.tokens(line) {
            switch token {
            case .number(let value, let suffix):
                switch suffix {
                case "年": year = value
                case "月": month = value
                case "日": day = value
                default:
                    if year == nil, (1000...2999).contains(value) { year = value } else { numbers.append(value) }
                }
            case .word(let word):
                if month == nil, let index = Self.month(word) { month = index }
            }
        }
        guard let year else { return nil }
        // `2012-12-01`, `2012/12/01`: month and day follow the year as numbers.
        if month == nil, numbers.count >= 2 { (month, day) = (numbers[0], numbers[1]) }
        if day == nil, numbers.count == 1, (1...31).contains(numbers[0]) { day = numbers[0] }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// True when every part the line states is the date's.
    func agrees(with date: PolicyDate) -> Bool {
        year == date.year && (month ?? date.month) == date.month && (day ?? date.day) == date.day
    }

    private enum Token {
        case number(Int, suffix: Character?)
        case word(String)
    }

    /// Runs of ASCII digits (with the CJK unit after them, if any) and runs of letters.
    private static func tokens(_ line: String) -> [Token] {
        var tokens: [Token] = []
        var characters = Array(line)[...]
        while let first = characters.first {
            if first.isASCII, first.isNumber {
                let digits = characters.prefix { $0.isASCII && $0.isNumber }
                characters = characters.dropFirst(digits.count)
                let suffix = characters.first.flatMap { "年月日".contains($0) ? $0 : nil }
                if let value = Int(String(digits.prefix(6))) { tokens.append(.number(value, suffix: suffix)) }
            } else if first.isLetter {
                let word = characters.prefix { $0.isLetter && !"年月日".contains($0) }
                characters = characters.dropFirst(max(word.count, 1))
                if !word.isEmpty { tokens.append(.word(String(word))) }
            } else {
                characters = characters.dropFirst()
            }
        }
        return tokens
    }

    /// The month an English name or its three-letter abbreviation names (`December`, `Dec`).
    private static func month(_ word: String) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        return PolicyDate.monthNames.firstIndex { name in
            let full = name.lowercased()
            return lower == full || (lower.count == 3 && full.hasPrefix(lower))
        }.map { $0 + 1 }
    }
}
