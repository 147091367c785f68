import Foundation

/// Readable ids made from text: lower-case ASCII words joined by hyphens.
enum Slug {
    private static let skipped: Set<String> = ["the", "a", "an", "of", "and", "to", "for", "in", "on", "with", "your", "our", "we", "how", "what", "when", "is", "are", "or", "by", "about", "this", "that", "you"]

    /// A slug of at most `maxWords` significant words; empty when the text has no ASCII letters.
    static func make(_ text: String, maxWords: Int = 5) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        let significant = words.filter { !skipped.contains($0) }
        var chosen = Array((significant.isEmpty ? words : significant).prefix(maxWords))
        while let first = chosen.first, first.first?.isLetter != true { chosen.removeFirst() }
        var slug = chosen.joined(separator: "-")
        while slug.count > 48, let cut = slug.lastIndex(of: "-") { slug = String(slug[..<cut]) }
        return slug
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
