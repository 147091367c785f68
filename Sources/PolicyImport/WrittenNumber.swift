import PolicyModel

/// A number written at the start of a heading ("Clause 3:", "3.4", "A.", "2.a.", "(iv)"), read
/// into the parts a numbering style is made of.
struct WrittenNumber: Equatable {
    /// The word before the number: `Clause`, `Article`, `Annex`; nil for none.
    var prefix: String?
    /// The numeral's parts, apart at dots: `["3", "4"]` for `3.4`, `["2", "a"]` for `2.a.`.
    var parts: [String]
    var punctuation: NumberStyle.Punctuation

    /// The numeral without prefix or punctuation: `3.4`, `2.a`.
    var numeral: String { parts.joined(separator: ".") }

    private static let prefixes: Set<String> = [
        "article", "section", "chapter", "part", "clause", "annex", "schedule", "appendix", "§",
    ]

    /// The number at the start of a heading's text, when it has one of the forms a style writes.
    static func parse(_ text: String) -> WrittenNumber? {
        var rest = Substring(text).drop { $0.isWhitespace }
        var prefix: String?
        let word = rest.prefix { $0.isLetter || $0 == "§" }
        if prefixes.contains(word.lowercased()) {
            let after = rest.dropFirst(word.count)
            if word == "§" || after.first?.isWhitespace == true {
                prefix = String(word)
                rest = after.drop { $0.isWhitespace }
            }
        }
        let opened = rest.first == "("
        if opened { rest = rest.dropFirst() }
        var parts: [String] = []
        while true {
            let token = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            guard !token.isEmpty, token.count <= 6, isNumeral(token) else { break }
            parts.append(String(token))
            rest = rest.dropFirst(token.count)
            // A dot goes on to another part only when a numeral follows it ("2.a.Target": "a", not "aTarget").
            let next = rest.dropFirst().prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
            guard rest.first == ".", !next.isEmpty, next.count <= 6, isNumeral(next) else { break }
            rest = rest.dropFirst()
        }
        guard !parts.isEmpty else { return nil }
        var punctuation = NumberStyle.Punctuation.none
        switch rest.first {
        case ")": punctuation = opened ? .parentheses : .parenthesis
        case ":" where !opened: punctuation = .colon
        case "." where !opened: punctuation = .period
        default: guard !opened else { return nil }
        }
        if punctuation != .none { rest = rest.dropFirst() }
        // "2.a.Target scope": a number ending in a period may run into the words.
        let runsOn = punctuation == .period && parts[0].first!.isNumber && rest.first?.isUppercase == true
        guard rest.isEmpty || rest.first!.isWhitespace || runsOn else { return nil }
        // A lone letter without punctuation is a word ("A new policy"), not a number.
        if prefix == nil, punctuation == .none, parts.count == 1, parts[0].first!.isLetter { return nil }
        return WrittenNumber(prefix: prefix, parts: parts, punctuation: punctuation)
    }

    /// Digits, one letter, or Roman numerals in one letter case.
    private static func isNumeral(_ token: Substring) -> Bool {
        if token.allSatisfy(\.isNumber) { return token.count <= 3 }
        if token.count == 1 { return true }
        let roman = Set("ivxlcdm")
        return token.allSatisfy { roman.contains($0) }
            || token.allSatisfy { roman.contains(Character($0.lowercased())) && $0.isUppercase }
    }

    /// The style this number is written in, and its own value in that style; `roman` reads a lone
    /// `I`, `V` or `X` as a Roman numeral. Nil when the own part is no number of any format.
    func style(roman: Bool) -> (style: NumberStyle, value: Int)? {
        let own = parts[parts.count - 1]
        let format: NumberStyle.Format
        if own.allSatisfy(\.isNumber) {
            format = .decimal
        } else if own.count > 1 || (roman && "IVXivx".contains(own)) {
            format = own.first!.isUppercase ? .upperRoman : .lowerRoman
        } else {
            format = own.first!.isUppercase ? .upperAlpha : .lowerAlpha
        }
        let style = NumberStyle(
            format: format, prefix: prefix, punctuation: punctuation, repeatsParent: parts.count > 1)
        guard let value = style.value(of: own) else { return nil }
        return (style, value)
    }

    /// True when the own part reads as a Roman numeral of more than one letter (`II`, `iv`).
    var isSurelyRoman: Bool {
        let own = parts[parts.count - 1]
        return own.count > 1 && !own.allSatisfy(\.isNumber)
    }
}
