import PolicyModel

/// Whether a clause's text names a term: its label as written, or, for labels that describe
/// (data categories and facts), most of the label's words in any order and form.
enum LabelMention {
    /// Words too common to tell one label from another.
    static let commonWords: Set<String> = [
        "a", "an", "and", "any", "are", "as", "at", "be", "by", "for", "from", "has", "have", "her", "his", "in",
        "is", "it", "its", "of", "on", "or", "that", "the", "their", "them", "they", "this", "to", "was", "with",
    ]

    /// A clause's text, lower-cased once, for `literal(_:in:)` to search for label after label.
    struct LoweredText {
        /// The text lower-cased.
        let text: String

        init(_ text: String) {
            self.text = text.lowercased()
        }
    }

    /// True when the label appears in the text, ignoring case.
    static func literal(_ label: String, in text: LoweredText) -> Bool {
        if !label.isEmpty, label.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }), let found = searchedASCII(label, in: text.text) {
            return found
        }
        return searched(label, in: text)
    }

    /// The search `literal(_:in:)` makes of any text: the standard library's `contains` of the
    /// label lower-cased in the text lower-cased again.
    static func searched(_ label: String, in text: LoweredText) -> Bool {
        text.text.lowercased().contains(label.lowercased())
    }

    /// Whether `text` (lower-cased) holds `label` (printable ASCII) ignoring case, found byte by
    /// byte: true at a match with ASCII (or nothing) on both sides, where each of its bytes is a
    /// character of its own; false when no bytes match; nil when every match touches other
    /// characters (a combining accent after it, say), which only `searched(_:in:)` can judge.
    private static func searchedASCII(_ label: String, in text: String) -> Bool? {
        let wanted = label.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            var undecided = false
            var start = 0
            while start + wanted.count <= bytes.count {
                if bytes[start] == wanted[0] {
                    var offset = 1
                    while offset < wanted.count, bytes[start + offset] == wanted[offset] { offset += 1 }
                    if offset == wanted.count {
                        let end = start + offset
                        if (start == 0 || bytes[start - 1] < 0x80) && (end == bytes.count || bytes[end] < 0x80) {
                            return true
                        }
                        undecided = true
                    }
                }
                start += 1
            }
            return undecided ? nil : false
        }
    }

    /// The stems of a label's words that tell it apart (common words left out).
    static func significantStems(_ label: String) -> Set<Stem> {
        Set(stems(label).filter { !commonWords.contains($0) }.map(Stem.init))
    }

    /// True when `present` holds half of `wanted` (rounded up), or two of them.
    static func mentions(_ wanted: Set<Stem>, in present: Set<Stem>) -> Bool {
        let needed = min(2, (wanted.count + 1) / 2)
        return wanted.filter(present.contains).count >= needed
    }

    /// One stem, as `stems(_:)` makes it: a short ASCII stem packed into an integer, so that
    /// reading a text's stems makes no string for its ASCII words.
    enum Stem: Hashable {
        /// Up to seven ASCII bytes, the first in the lowest byte, the count in the highest.
        case ascii(UInt64)
        /// Any other stem.
        case text(String)

        init(_ stem: String) {
            let utf8 = stem.utf8
            guard utf8.count <= 7, utf8.allSatisfy({ $0 < 0x80 }) else {
                self = .text(stem)
                return
            }
            var packed = UInt64(utf8.count) << 56
            for (index, byte) in utf8.enumerated() { packed |= UInt64(byte) << (8 * UInt64(index)) }
            self = .ascii(packed)
        }
    }

    /// The stems of `wanted` that `stems(text)` holds, read without making a string for an
    /// ASCII word: what `mentions(_:in:)` needs of a text to test labels whose stems are in
    /// `wanted`.
    static func found(_ wanted: Set<Stem>, in text: String) -> Set<Stem> {
        var result = Set<Stem>()
        guard !wanted.isEmpty else { return result }
        let asciiWanted = wanted.compactMap { stem -> UInt64? in
            if case .ascii(let packed) = stem { packed } else { nil }
        }
        forEachPiece(of: text) { piece, ascii in
            if ascii {
                guard case .ascii(let packed) = asciiStem(piece), asciiWanted.contains(packed) else { return }
                result.insert(.ascii(packed))
            } else {
                var words: [String] = []
                appendStems(of: piece, ascii: false, to: &words)
                for word in words where wanted.contains(Stem(word)) { result.insert(Stem(word)) }
            }
        }
        return result
    }

    /// The stem of an ASCII word: lower-cased, cut to five letters (common words are five at most).
    private static func asciiStem(_ piece: UnsafeBufferPointer<UInt8>) -> Stem {
        let count = min(piece.count, 5)
        var packed = UInt64(count) << 56
        for index in 0..<count {
            let byte = piece[index]
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            packed |= UInt64(lower) << (8 * UInt64(index))
        }
        return .ascii(packed)
    }

    /// The words of a text, lower-cased and cut to five characters; common words are kept whole
    /// so they can be recognised.
    ///
    /// Read from UTF-8 bytes: the text is cut at each ASCII byte that is neither a letter nor a
    /// digit and is followed by ASCII (or ends the text), a place where no word and no grapheme
    /// cluster can continue across; a piece of ASCII is a word as it is, and only a piece holding
    /// other characters is lower-cased and split by `Character`, as the whole text once was.
    static func stems(_ text: String) -> [String] {
        var result: [String] = []
        forEachPiece(of: text) { piece, ascii in appendStems(of: piece, ascii: ascii, to: &result) }
        return result
    }

    /// Calls `body` with each non-empty piece of `text` that `stems(_:)` reads, and whether it is
    /// all ASCII (then a single word).
    private static func forEachPiece(of text: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var ascii = true
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x80 {
                    ascii = false
                    continue
                }
                guard !isASCIIWordByte(byte), index + 1 == bytes.count || bytes[index + 1] < 0x80 else { continue }
                if start < index { body(UnsafeBufferPointer(rebasing: bytes[start..<index]), ascii) }
                (start, ascii) = (index + 1, true)
            }
            if start < bytes.count { body(UnsafeBufferPointer(rebasing: bytes[start...]), ascii) }
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
