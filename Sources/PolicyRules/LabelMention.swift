import PolicyModel

/// Whether a clause's text names a term: its label as written, or, for labels that describe
/// (data categories and facts), most of the label's words in any order and form.
enum LabelMention {
    /// Words too common to tell one label from another.
    static let commonWords: Set<String> = [
        "a", "an", "and", "any", "are", "as", "at", "be", "by", "for", "from", "has", "have", "her", "his", "in",
        "is", "it", "its", "of", "on", "or", "that", "the", "their", "them", "they", "this", "to", "was", "with",
    ]

    /// True when the label appears in the text, ignoring case.
    static func literal(_ label: String, in text: String) -> Bool {
        text.lowercased().contains(label.lowercased())
    }

    /// True when the text holds half of the label's significant words (rounded up, and never more
    /// than two are needed), each compared by its first five letters (`Cookie` names `Cookies`,
    /// `rejects` matches `reject`).
    ///
    /// - Complexity: O(l + t) in the lengths of the label and the text.
    static func words(_ label: String, in text: String) -> Bool {
        let wanted = Set(stems(label).filter { !commonWords.contains($0) })
        guard !wanted.isEmpty else { return literal(label, in: text) }
        let present = Set(stems(text))
        let needed = min(2, (wanted.count + 1) / 2)
        return wanted.filter(present.contains).count >= needed
    }

    /// The words of a text, lower-cased and cut to five characters; common words are kept whole
    /// so they can be recognised.
    static func stems(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map { word in
            commonWords.contains(String(word)) ? String(word) : String(word.prefix(5))
        }
    }
}
