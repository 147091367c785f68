/// The lower-cased letters and digits by which the importer compares texts, read from the UTF-8
/// bytes: ASCII is told apart byte by byte, and Unicode properties are looked up only for the
/// characters outside it. Each gives what lower-casing the whole text and walking it would.
enum TextKeys {
    /// The first `limit` words of the text, lower-cased: runs of characters (grapheme clusters)
    /// whose first scalar, lower-cased, is a letter or a digit.
    /// - Complexity: O(*n*) in the length of the text read.
    static func words(_ text: String, limit: Int = .max) -> [String] {
        guard limit > 0 else { return [] }
        var runs = WordRuns(limit: limit)
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count, !runs.isFull {
                // Two ASCII bytes in a row always have a character boundary between them (CR LF
                // does not, but neither is part of a word, so reading them apart changes nothing).
                let byte = bytes[index]
                if byte < 0x80, index + 1 == bytes.count || bytes[index + 1] < 0x80 {
                    if let lower = asciiWordByte(byte) { runs.word.append(lower) } else { runs.endWord() }
                    index += 1
                    continue
                }
                var end = index + 1
                while end < bytes.count, bytes[end - 1] >= 0x80 || bytes[end] >= 0x80 { end += 1 }
                runs.read(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))
                index = end
            }
        }
        if !runs.isFull { runs.endWord() }
        return runs.result
    }

    /// The letters and digits of a text, lower-cased, in one run: scalars whose lower-case form
    /// is alphabetic or numeric (`#a-definitions` and "A. Definitions" both give "adefinitions").
    /// - Complexity: O(*n*) in the length of the text.
    static func letters(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if let lower = asciiWordByte(UInt8(scalar.value)) { result.append(lower) }
            } else if !scalar.properties.changesWhenLowercased {
                if isLetterOrDigit(scalar) { result.append(contentsOf: scalar.utf8) }
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars where isLetterOrDigit(lower) {
                    result.append(contentsOf: lower.utf8)
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The byte lower-cased when it is an ASCII letter or digit, else nil.
    @inline(__always)
    static func asciiWordByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
        default: nil
        }
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The words found so far and the one being read.
    private struct WordRuns {
        let limit: Int
        var result: [String] = []
        var word: [UInt8] = []

        var isFull: Bool { result.count == limit }

        mutating func endWord() {
            guard !word.isEmpty else { return }
            result.append(String(decoding: word, as: UTF8.self))
            word.removeAll(keepingCapacity: true)
        }

        /// Reads text that starts and ends at character boundaries, character by character.
        mutating func read(_ stretch: String) {
            for character in stretch {
                let scalars = character.unicodeScalars
                guard let first = scalars.first else { continue }
                let lowerFirst =
                    first.properties.changesWhenLowercased
                    ? first.properties.lowercaseMapping.unicodeScalars.first ?? first : first
                guard TextKeys.isLetterOrDigit(lowerFirst) else {
                    endWord()
                    if isFull { return }
                    continue
                }
                for scalar in scalars {
                    if scalar.isASCII {
                        word.append(TextKeys.asciiWordByte(UInt8(scalar.value)) ?? UInt8(scalar.value))
                    } else if scalar.properties.changesWhenLowercased {
                        word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                    } else {
                        word.append(contentsOf: scalar.utf8)
                    }
                }
            }
        }
    }
}
