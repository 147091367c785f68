/// How the numbers of one level of sections or list items are written: the counter's format, a
/// word before it, its punctuation, whether it repeats its parent's number, and where it starts.
///
/// Numbers still come from position; a style only says how they look. `Clause 3:` is
/// `NumberStyle(format: .decimal, prefix: "Clause", punctuation: .colon)`, `3.4` is a decimal
/// that repeats its parent, `(iv)` is `.lowerRoman` in `.parentheses`, `Annex A.` is
/// `.upperAlpha` with prefix `Annex` and a `.period`.
public struct NumberStyle: Sendable, Hashable, Codable {
    /// How a counter's value is written.
    public enum Format: String, Sendable, Hashable, Codable, CaseIterable {
        /// `1, 2, 3`
        case decimal
        /// `a, b, … z, aa, ab`
        case lowerAlpha = "lower-alpha"
        /// `A, B, … Z, AA, AB`
        case upperAlpha = "upper-alpha"
        /// `i, ii, iii, iv`
        case lowerRoman = "lower-roman"
        /// `I, II, III, IV`
        case upperRoman = "upper-roman"
    }

    /// What surrounds the number where a heading or list marker shows it (citations leave it out).
    public enum Punctuation: String, Sendable, Hashable, Codable, CaseIterable {
        /// `3.4`
        case none
        /// `1.`, `2.a.`, `Annex A.`
        case period
        /// `Clause 3:`
        case colon
        /// `(a)`, `(iv)`
        case parentheses
        /// `a)`
        case parenthesis
    }

    /// How the counter is written.
    public var format: Format
    /// A word shown before the number with a space (`Clause`, `Article`, `Annex`); nil for none.
    public var prefix: String?
    /// What surrounds the number in headings and list markers.
    public var punctuation: Punctuation
    /// True when the number repeats its parent's number joined by a dot (`3.4`, `2.a`); false
    /// when it stands alone (`4.`). A top-level section has no parent number to repeat.
    public var repeatsParent: Bool
    /// The value of the first number of a sequence: 1 gives `1`, `a` or `i`; 3 gives `3`, `c`, `iii`.
    public var start: Int

    /// Makes a style; every part but the format has the plain default.
    public init(
        format: Format = .decimal, prefix: String? = nil, punctuation: Punctuation = .none,
        repeatsParent: Bool = false, start: Int = 1
    ) {
        self.format = format
        self.prefix = prefix
        self.punctuation = punctuation
        self.repeatsParent = repeatsParent
        self.start = start
    }

    /// `value` written in this style's format (`4`, `d`, `D`, `iv`, `IV`); values below 1, and
    /// Roman values above 3999, as decimals.
    public func formatted(_ value: Int) -> String {
        guard value > 0 else { return String(value) }
        switch format {
        case .decimal: return String(value)
        case .lowerAlpha: return ListMarker.alphabetic(value)
        case .upperAlpha: return ListMarker.alphabetic(value).uppercased()
        case .lowerRoman: return value > 3999 ? String(value) : ListMarker.roman(value)
        case .upperRoman: return value > 3999 ? String(value) : ListMarker.roman(value).uppercased()
        }
    }

    /// The value that `text` writes in this style's format (`iv` → 4 in `.lowerRoman`), or nil
    /// when `text` is not a number of that format as `formatted` writes it.
    public func value(of text: String) -> Int? {
        if format == .decimal {
            guard !text.isEmpty, text.utf8.allSatisfy({ (48...57).contains($0) }), text.count < 10 else { return nil }
            return Int(text)
        }
        guard !text.isEmpty, text.utf8.count <= 12 else { return nil }
        let value: Int? =
            switch format {
            case .decimal: nil
            case .lowerAlpha, .upperAlpha: Self.alphabeticValue(text.lowercased())
            case .lowerRoman, .upperRoman: Self.romanValue(text.lowercased())
            }
        guard let value, formatted(value) == text else { return nil }
        return value
    }

    /// `numeral` (already joined to its parent's when the style repeats it) as a heading or list
    /// marker shows it: with the prefix and the punctuation (`Clause 3:`, `(a)`, `2.a.`).
    public func label(_ numeral: String) -> String {
        let punctuated =
            switch punctuation {
            case .none: numeral
            case .period: numeral + "."
            case .colon: numeral + ":"
            case .parentheses: "(" + numeral + ")"
            case .parenthesis: numeral + ")"
            }
        return prefix.map { $0 + " " + punctuated } ?? punctuated
    }

    private static func alphabeticValue(_ text: String) -> Int? {
        var value = 0
        for byte in text.utf8 {
            guard (97...122).contains(byte) else { return nil }
            value = value * 26 + Int(byte - 96)
        }
        return value
    }

    private static func romanValue(_ text: String) -> Int? {
        let digits: [UInt8: Int] = [105: 1, 118: 5, 120: 10, 108: 50, 99: 100, 100: 500, 109: 1000]
        var total = 0
        var previous = 0
        for byte in text.utf8.reversed() {
            guard let digit = digits[byte] else { return nil }
            total += digit < previous ? -digit : digit
            previous = max(previous, digit)
        }
        return total > 0 ? total : nil
    }
}

/// The numbering styles a policy declares per level; a level it leaves out keeps the built-in
/// style (`1.` then `7.1` for sections; `1.`, `(a)`, `(i)` for ordered lists).
public struct Numbering: Sendable, Hashable, Codable {
    /// Section styles by depth: 1 for top-level sections, 2 for their subsections, and so on.
    public var sections: [Int: NumberStyle]
    /// Ordered-list item styles by depth among ordered lists: 1 for a list in a section's body,
    /// 2 for an ordered list inside one of its items, and so on.
    public var items: [Int: NumberStyle]

    /// Makes a declaration; the empty one keeps every built-in style.
    public init(sections: [Int: NumberStyle] = [:], items: [Int: NumberStyle] = [:]) {
        self.sections = sections
        self.items = items
    }

    /// True when no level is declared.
    public var isEmpty: Bool { sections.isEmpty && items.isEmpty }

    /// The style of sections at `depth`: the declared one, else the built-in (`1.` at the top, `7.1` below).
    public func sectionStyle(depth: Int) -> NumberStyle {
        if let style = sections[depth] { return style }
        return depth == 1 ? NumberStyle(punctuation: .period) : NumberStyle(repeatsParent: true)
    }

    /// The style of ordered-list items at `depth`: the declared one, else the built-in
    /// (`1.` at the first depth, `(a)` at the second, `(i)` at the third, then again).
    public func itemStyle(depth: Int) -> NumberStyle {
        if let style = items[depth] { return style }
        switch (depth - 1) % 3 {
        case 1: return NumberStyle(format: .lowerAlpha, punctuation: .parentheses)
        case 2: return NumberStyle(format: .lowerRoman, punctuation: .parentheses)
        default: return NumberStyle(punctuation: .period)
        }
    }
}
