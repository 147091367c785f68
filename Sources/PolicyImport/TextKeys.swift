/// The lower-cased letters and digits by which the importer compares texts, read from the UTF-8
/// bytes: ASCII and the commonest characters outside it (kana, kanji, curly quotes, dashes) are
/// told apart by their code, and Unicode properties and character boundaries are looked up only
/// for the others. Each gives what lower-casing the whole text and walking it would.
enum TextKeys {
    /// The first `limit` words of the text, lower-cased: runs of characters (grapheme clusters)
    /// whose first scalar, lower-cased, is a letter or a digit.
    /// - Complexity: O(*n*) in the length of the text read.
    static func words(_ text: String, limit: Int = .max) -> [String] {
        var sink = WordStrings()
        read(text, limit: limit, into: &sink)
        return sink.words
    }

    /// The words of the text (as `words(_:limit:)` reads them) joined by spaces, made without
    /// making each word a string of its own.
    /// - Complexity: O(*n*) in the length of the text.
    static func key(_ text: String) -> String {
        var sink = JoinedWords(length: text.utf8.count)
        read(text, limit: .max, into: &sink)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    /// Each word's number in `numbers`, in order, without making each word a string of its own.
    /// - Complexity: O(*n*) in the length of the text.
    static func numberedWords(_ text: String, numbers: inout WordNumbers) -> [Int] {
        var sink = NumberedWords()
        // `numbers` moves into the sink and back, so that its tables are not copied.
        swap(&sink.numbers, &numbers)
        read(text, limit: .max, into: &sink)
        swap(&sink.numbers, &numbers)
        return sink.words
    }

    /// Each word's number in `numbers`, as `numberedWords` gives them for the text whose `key`
    /// this is, read from the key when it is ASCII: its words are then its runs between spaces
    /// (no ASCII word holds a space; only a character led by a non-ASCII scalar can). Nil for
    /// other keys, whose text must be read again.
    /// - Complexity: O(*n*) in the length of the key.
    static func numberedWords(ofKey key: String, numbers: inout WordNumbers) -> [Int]? {
        var key = key
        return key.withUTF8 { bytes -> [Int]? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var words: [Int] = []
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                if index > start { words.append(numbers.number(ofWord: UnsafeBufferPointer(rebasing: bytes[start..<index]))) }
                start = index + 1
            }
            return words
        }
    }

    /// Reads the first `limit` words of the text into `sink`.
    private static func read<Sink: WordSink>(_ text: String, limit: Int, into sink: inout Sink) {
        guard limit > 0 else { return }
        var runs = WordRuns<Sink>(limit: limit)
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count, !runs.isFull {
                // ASCII before ASCII, the commonest case, without decoding: the whole run at once.
                if bytes[index] < 0x80, index + 1 == bytes.count || bytes[index + 1] < 0x80 {
                    var end = index + 1
                    while end < bytes.count, bytes[end] < 0x80, end + 1 == bytes.count || bytes[end + 1] < 0x80 {
                        end += 1
                    }
                    runs.readASCII(UnsafeBufferPointer(rebasing: bytes[index..<end]), into: &sink)
                    index = end
                    continue
                }
                let (scalar, next) = decode(bytes, at: index)
                // Between two plain scalars there is always a character boundary (CR LF has none,
                // but neither is part of a word, so reading them apart changes nothing).
                if let kind = PlainScalar.kind(scalar),
                    next == bytes.count || PlainScalar.kind(decode(bytes, at: next).scalar) != nil
                {
                    switch kind {
                    case .separator: runs.endWord(into: &sink)
                    case .ascii(let lower): runs.word.append(lower)
                    case .caselessLetter: runs.word.append(contentsOf: bytes[index..<next])
                    }
                    index = next
                    continue
                }
                // Characters of several scalars, or of scalars that are not plain: from here to
                // the next boundary between two plain scalars, read as characters.
                var end = next
                var previousIsPlain = PlainScalar.kind(scalar) != nil
                while end < bytes.count {
                    let (following, after) = decode(bytes, at: end)
                    let isPlain = PlainScalar.kind(following) != nil
                    if previousIsPlain, isPlain { break }
                    previousIsPlain = isPlain
                    end = after
                }
                runs.read(
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self), into: &sink)
                index = end
            }
        }
        if !runs.isFull { runs.endWord(into: &sink) }
    }

    /// The letters and digits of a text, lower-cased, in one run: scalars whose lower-case form
    /// is alphabetic or numeric (`#a-definitions` and "A. Definitions" both give "adefinitions").
    /// - Complexity: O(*n*) in the length of the text.
    static func letters(_ text: String) -> String { letters(text, atMost: .max)! }

    /// The text's `letters`, or nil as soon as they are more than `limit` bytes long (the rest
    /// of the text is then not read).
    /// - Complexity: O(min(*n*, *limit*)) for a text of *n* bytes.
    static func letters(_ text: String, atMost limit: Int) -> String? {
        var text = text
        // Text of ASCII and plain scalars (the commonest) keeps at most its own bytes: they are
        // written straight into the string; `nil` from the fast path means another scalar was met.
        var exceeded = false
        let plain = text.withUTF8 { bytes -> String? in
            var sawOther = false
            let result = String(unsafeUninitializedCapacity: bytes.count) { output in
                var (index, count) = (0, 0)
                while index < bytes.count {
                    guard count <= limit else { break }
                    let byte = bytes[index]
                    if byte < 0x80 {
                        if let lower = asciiWordByte(byte) {
                            output[count] = lower
                            count += 1
                        }
                        index += 1
                        continue
                    }
                    let (scalar, next) = decode(bytes, at: index)
                    switch PlainScalar.kind(scalar) {
                    case .caselessLetter?:
                        for position in index..<next {
                            output[count] = bytes[position]
                            count += 1
                        }
                    case .separator?, .ascii?: break
                    case nil:
                        sawOther = true
                        return 0
                    }
                    index = next
                }
                exceeded = count > limit
                return count
            }
            return sawOther ? nil : result
        }
        if exceeded { return nil }
        if let plain { return plain }
        var result: [UInt8] = []
        result.reserveCapacity(min(text.utf8.count, limit))
        return text.withUTF8 { bytes -> String? in
            var index = 0
            while index < bytes.count {
                guard result.count <= limit else { return nil }
                // ASCII without decoding.
                if bytes[index] < 0x80 {
                    if let lower = asciiWordByte(bytes[index]) { result.append(lower) }
                    index += 1
                    continue
                }
                let (scalar, next) = decode(bytes, at: index)
                index = next
                appendLetters(of: scalar, to: &result)
            }
            return result.count <= limit ? String(decoding: result, as: UTF8.self) : nil
        }
    }

    /// Appends the scalar's letters and digits, lower-cased, as `letters` reads them.
    private static func appendLetters(of scalar: Unicode.Scalar, to result: inout [UInt8]) {
        switch PlainScalar.kind(scalar) {
        case .ascii(let lower)?: result.append(lower)
        case .caselessLetter?: result.append(contentsOf: scalar.utf8)
        case .separator?: break
        case nil:
            if !scalar.properties.changesWhenLowercased {
                if isLetterOrDigit(scalar) { result.append(contentsOf: scalar.utf8) }
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars where isLetterOrDigit(lower) {
                    result.append(contentsOf: lower.utf8)
                }
            }
        }
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

    /// The scalar starting at `index` of valid UTF-8, and the index after it.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, next: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), index + 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", index + length)
    }

    /// The words found so far (in `sink`) and the one being read.
    private struct WordRuns<Sink: WordSink> {
        let limit: Int
        var count = 0
        var word: [UInt8] = []

        var isFull: Bool { count == limit }

        mutating func endWord(into sink: inout Sink) {
            guard !word.isEmpty else { return }
            word.withUnsafeBufferPointer { sink.add($0) }
            count += 1
            word.removeAll(keepingCapacity: true)
        }

        /// Reads ASCII bytes each of which is a character of its own, stopping when full: runs of
        /// letters and digits are added to the word at once, lower-cased.
        mutating func readASCII(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
            var index = 0
            while index < bytes.count {
                var end = index
                while end < bytes.count, TextKeys.asciiWordByte(bytes[end]) != nil { end += 1 }
                if word.isEmpty, end > index, end < bytes.count {
                    // A whole word, ended by the separator at `end`: to the sink without a copy
                    // in `word` (what `endWord` would give it).
                    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: end - index) { lower in
                        for position in lower.indices {
                            let byte = bytes[index + position]
                            lower[position] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
                        }
                        sink.add(UnsafeBufferPointer(lower))
                    }
                    count += 1
                    if isFull { return }
                    index = end + 1
                    continue
                }
                if end > index {
                    let start = word.count
                    word.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    word.withUnsafeMutableBufferPointer { word in
                        for position in start..<word.count where word[position] &- UInt8(ascii: "A") < 26 {
                            word[position] |= 0x20
                        }
                    }
                }
                guard end < bytes.count else { return }
                endWord(into: &sink)
                if isFull { return }
                index = end + 1
            }
        }

        /// Reads text that starts and ends at character boundaries, character by character.
        mutating func read(_ stretch: String, into sink: inout Sink) {
            for character in stretch {
                let scalars = character.unicodeScalars
                guard let first = scalars.first else { continue }
                let lowerFirst =
                    first.properties.changesWhenLowercased
                    ? first.properties.lowercaseMapping.unicodeScalars.first ?? first : first
                guard TextKeys.isLetterOrDigit(lowerFirst) else {
                    endWord(into: &sink)
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

/// Where the words read go, one at a time, as UTF-8 bytes.
private protocol WordSink {
    mutating func add(_ word: UnsafeBufferPointer<UInt8>)
}

/// Words as strings.
private struct WordStrings: WordSink {
    var words: [String] = []

    mutating func add(_ word: UnsafeBufferPointer<UInt8>) { words.append(String(decoding: word, as: UTF8.self)) }
}

/// Words joined by spaces, as bytes.
private struct JoinedWords: WordSink {
    var bytes: [UInt8]

    /// Room for a text of `length` bytes: its words and the spaces between them are no longer,
    /// but where lower-casing lengthens a letter.
    init(length: Int) {
        bytes = []
        bytes.reserveCapacity(length)
    }

    mutating func add(_ word: UnsafeBufferPointer<UInt8>) {
        if !bytes.isEmpty { bytes.append(0x20) }
        bytes.append(contentsOf: word)
    }
}

/// Words as numbers.
private struct NumberedWords: WordSink {
    var numbers = WordNumbers()
    var words: [Int] = []

    mutating func add(_ word: UnsafeBufferPointer<UInt8>) { words.append(numbers.number(ofWord: word)) }
}

/// Scalars whose every property the importer asks about is known from their code: ASCII, kana
/// and kanji, and common punctuation. Each is a character of its own beside another of them
/// (none extends, joins or prepends), none changes when lower-cased, and each is a letter or
/// digit, or neither, as its kind says (`TextKeysTests` checks every one against Unicode's data).
enum PlainScalar: Equatable {
    /// An ASCII scalar that is a letter or digit, lower-cased.
    case ascii(UInt8)
    /// A letter that has no case: kana and kanji.
    case caselessLetter
    /// Neither letter nor digit: ASCII punctuation, spaces and controls, and common punctuation
    /// outside ASCII.
    case separator

    /// The scalar's kind, or nil when it is none of these.
    @inline(__always)
    static func kind(_ scalar: Unicode.Scalar) -> PlainScalar? {
        switch scalar.value {
        case 0..<0x80:
            if let lower = TextKeys.asciiWordByte(UInt8(scalar.value)) { return .ascii(lower) }
            return .separator
        // Hiragana, katakana (without the sound marks and the middle dot), CJK Unified Ideographs.
        case 0x3041...0x3096, 0x309D...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF, 0x4E00...0x9FFF:
            return .caselessLetter
        // No-break space, section, copyright and registered signs, hyphens and dashes, curly
        // quotes, bullet, ellipsis, CJK spaces, commas, full stops and brackets, katakana middle
        // dot, full-width punctuation.
        case 0xA0, 0xA7, 0xA9, 0xAE, 0x2010...0x2015, 0x2018...0x201F, 0x2022, 0x2026, 0x3000...0x3003,
            0x3008...0x3011, 0x30FB, 0xFF01...0xFF0F, 0xFF1A...0xFF1F:
            return .separator
        default: return nil
        }
    }
}
