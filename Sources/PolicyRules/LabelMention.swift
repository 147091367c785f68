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
        let wanted = significantStems(label)
        guard !wanted.isEmpty else { return literal(label, in: text) }
        return mentions(wanted, in: Set(stems(text)))
    }

    /// The stems of a label's words that tell it apart (common words left out).
    static func significantStems(_ label: String) -> Set<String> {
        Set(stems(label).filter { !commonWords.contains($0) })
    }

    /// True when `present` holds half of `wanted` (rounded up), or two of them.
    static func mentions(_ wanted: Set<String>, in present: Set<String>) -> Bool {
        let needed = min(2, (wanted.count + 1) / 2)
        return wanted.filter(present.contains).count >= needed
    }

    /// The words of a text, lower-cased and cut to five characters; common words are kept whole
    /// so they can be recognised.
    static func stems(_ text: String) -> [String] {
        if let ascii = text.utf8.withContiguousStorageIfAvailable({ asciiStems($0) }) ?? nil { return ascii }
        return text.lowercased().split { !isWordCharacter($0) }.map { word in
            commonWords.contains(String(word)) ? String(word) : String(word.prefix(5))
        }
    }

    /// A letter or digit; ASCII is told apart without a Unicode property lookup.
    private static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x30 && ascii <= 0x39) || (ascii >= 0x41 && ascii <= 0x5A)
        }
        return character.isLetter || character.isNumber
    }

    /// `stems` for ASCII text, byte by byte; nil when the text holds any other character.
    private static func asciiStems(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var result: [String] = []
        var word: [UInt8] = []
        func finish() {
            guard !word.isEmpty else { return }
            let whole = String(decoding: word, as: UTF8.self)
            result.append(commonWords.contains(whole) ? whole : String(decoding: word.prefix(5), as: UTF8.self))
            word.removeAll(keepingCapacity: true)
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
            case 0x80...: return nil
            default: finish()
            }
        }
        finish()
        return result
    }
}
