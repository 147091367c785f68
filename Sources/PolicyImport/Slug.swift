import Foundation

/// Readable ids made from text: lower-case ASCII words joined by hyphens.
enum Slug {
    private static let skipped: Set<String> = ["the", "a", "an", "of", "and", "to", "for", "in", "on", "with", "your", "our", "we", "how", "what", "when", "is", "are", "or", "by", "about", "this", "that", "you"]

    /// A slug of at most `maxWords` significant words; empty when the text has no ASCII letters.
    static func make(_ text: String, maxWords: Int = 5) -> String {
        let words = asciiWords(text, significant: maxWords) ?? foldedWords(text)
        let significant = words.filter { !skipped.contains($0) }
        var chosen = Array((significant.isEmpty ? words : significant).prefix(maxWords))
        while let first = chosen.first, first.first?.isLetter != true { chosen.removeFirst() }
        var slug = chosen.joined(separator: "-")
        while slug.count > 48, let cut = slug.lastIndex(of: "-") { slug = String(slug[..<cut]) }
        return slug
    }

    /// The runs of ASCII letters and digits of the text with accents and case folded away.
    static func foldedWords(_ text: String) -> [String] {
        let folded = text.folding(
            options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        return folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }

    /// `foldedWords(_:)` read from the bytes, up to the word that makes `significant` words not
    /// `skipped` (all a slug uses), for text whose every scalar read is a `PlainScalar`
    /// (folding leaves those outside ASCII outside it, so they only part words); nil for any
    /// other text.
    /// - Complexity: O(*n*) in the length of the text read.
    static func asciiWords(_ text: String, significant: Int = .max) -> [String]? {
        var words: [String] = []
        var word: [UInt8] = []
        var found = 0
        for scalar in text.unicodeScalars {
            switch PlainScalar.kind(scalar) {
            case .ascii(let lower)?: word.append(lower)
            case .separator?, .caselessLetter?:
                guard !word.isEmpty else { continue }
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
                if !skipped.contains(words[words.count - 1]) { found += 1 }
                if found == significant { return words }
            case nil: return nil
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
