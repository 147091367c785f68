import Foundation

/// Readable ids made from text: lower-case ASCII words joined by hyphens.
enum Slug {
    private static let skipped: Set<String> = ["the", "a", "an", "of", "and", "to", "for", "in", "on", "with", "your", "our", "we", "how", "what", "when", "is", "are", "or", "by", "about", "this", "that", "you"]

    /// A slug of at most `maxWords` significant words; empty when the text has no ASCII letters.
    static func make(_ text: String, maxWords: Int = 5) -> String {
        let words = asciiWords(text) ?? foldedWords(text)
        let significant = words.filter { !skipped.contains($0) }
        var chosen = Array((significant.isEmpty ? words : significant).prefix(maxWords))
        while let first = chosen.first, first.first?.isLetter != true { chosen.removeFirst() }
        var slug = chosen.joined(separator: "-")
        while slug.count > 48, let cut = slug.lastIndex(of: "-") { slug = String(slug[..<cut]) }
        return slug
    }

    /// The runs of ASCII letters and digits of the text with accents and case folded away.
    static func foldedWords(_ text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }

    /// Characters outside ASCII that folding keeps as they are and that join no character
    /// before them: where the text has no others, they only part words.
    static let partingPunctuation: Set<Unicode.Scalar> = [
        "\u{A0}", "\u{A7}", "\u{A9}", "\u{AE}", "\u{2013}", "\u{2014}", "\u{2018}", "\u{2019}", "\u{201C}",
        "\u{201D}", "\u{2022}", "\u{2026}",
    ]

    /// `foldedWords(_:)` read from the bytes, for text that is ASCII but for
    /// `partingPunctuation`; nil for any other text.
    /// - Complexity: O(*n*) in the length of the text.
    static func asciiWords(_ text: String) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.isASCII, let lower = TextKeys.asciiWordByte(UInt8(scalar.value)) {
                word.append(lower)
                continue
            }
            guard scalar.isASCII || partingPunctuation.contains(scalar) else { return nil }
            if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// True when the text is a valid id as it stands: an ASCII letter, then ASCII letters, digits,
    /// `-`, `_` or `.`.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
    }

    /// The slug of a term quoted at the start of a note ("“Subsidiary” means …"), when there is one.
    static func quotedTerm(_ text: String) -> String? {
        guard let first = text.first, "“\"‘'「".contains(first) else { return nil }
        let closing: Set<Character> = ["”", "\"", "’", "'", "」"]
        let term = text.dropFirst().prefix { !closing.contains($0) }
        guard term.count < text.count - 1, term.split(separator: " ").count <= 5 else { return nil }
        let slug = make(String(term), maxWords: 4)
        return slug.isEmpty ? nil : slug
    }
}
