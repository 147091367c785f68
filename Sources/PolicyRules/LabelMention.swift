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
    ///
    /// Read from UTF-8 bytes: the text is cut at each ASCII byte that is neither a letter nor a
    /// digit and is followed by ASCII (or ends the text), a place where no word and no grapheme
    /// cluster can continue across; a piece of ASCII is a word as it is, and only a piece holding
    /// other characters is lower-cased and split by `Character`, as the whole text once was.
    static func stems(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var result: [String] = []
            var start = 0
            var ascii = true
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x80 {
                    ascii = false
                    continue
                }
                guard !isASCIIWordByte(byte), index + 1 == bytes.count || bytes[index + 1] < 0x80 else { continue }
                appendStems(of: UnsafeBufferPointer(rebasing: bytes[start..<index]), ascii: ascii, to: &result)
                (start, ascii) = (index + 1, true)
            }
            appendStems(of: UnsafeBufferPointer(rebasing: bytes[start...]), ascii: ascii, to: &result)
            return result
        }
    }

    /// A byte of an ASCII letter or digit.
    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: false
        }
    }

    /// The stems of one piece of `stems`: an ASCII piece is one word (or none); any other is
    /// lower-cased and split at every character that is neither a letter nor a digit.
    private static func appendStems(of piece: UnsafeBufferPointer<UInt8>, ascii: Bool, to result: inout [String]) {
        guard !piece.isEmpty else { return }
        guard ascii else {
            for word in String(decoding: piece, as: UTF8.self).lowercased().split(whereSeparator: { !isWordCharacter($0) }) {
                result.append(commonWords.contains(String(word)) ? String(word) : String(word.prefix(5)))
            }
            return
        }
        let whole = String(unsafeUninitializedCapacity: piece.count) { buffer in
            for (index, byte) in piece.enumerated() {
                buffer[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            }
            return piece.count
        }
        result.append(commonWords.contains(whole) || whole.utf8.count <= 5 ? whole : String(whole.utf8.prefix(5))!)
    }

    /// A letter or digit; ASCII is told apart without a Unicode property lookup.
    private static func isWordCharacter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue {
            return (ascii >= 0x61 && ascii <= 0x7A) || (ascii >= 0x30 && ascii <= 0x39) || (ascii >= 0x41 && ascii <= 0x5A)
        }
        return character.isLetter || character.isNumber
    }
}
