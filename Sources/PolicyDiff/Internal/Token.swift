import PolicyModel

/// One word or punctuation mark of a block's text, as the diff compares it.
struct Token: Hashable {
    /// What a reader sees.
    var text: String
    /// What is compared: the text, or the target of a note or clause reference, whose shown
    /// number may change without the reference changing.
    var key: String
    /// The markup around it, outermost first.
    var marks: [Mark]
    /// True when whitespace separated it from the token before.
    var spaceBefore: Bool
    /// True for a word (letters or digits), false for punctuation and references.
    var isWord: Bool
    /// True when this word and the one before touch, with no space or punctuation between, and
    /// either is an ideograph or kana: the two read as one word of text written without spaces.
    var continuesWord = false
    /// The hash of the key's UTF-8 bytes (`ByteHash`), made once so that interning never hashes it again.
    let keyHash: UInt64
    /// True when the key is ASCII, so that byte equality is string equality.
    let keyIsASCII: Bool

    init(text: String, key: String, marks: [Mark], spaceBefore: Bool, isWord: Bool) {
        self.text = text
        self.key = key
        self.marks = marks
        self.spaceBefore = spaceBefore
        self.isWord = isWord
        (keyHash, keyIsASCII) = ByteHash.hash(key)
    }
}

extension Collection<Token> {
    /// How many words the tokens hold: a run of ideographs and kana counts as one word, and so
    /// does a part of such a run.
    var wordCount: Int {
        var count = 0
        for (offset, token) in enumerated() where token.isWord && (offset == 0 || !token.continuesWord) {
            count += 1
        }
        return count
    }
}

/// How a revision shows note and clause references in plain text.
struct ReferenceNames {
    var notes: [NoteID: Int]
    var clauses: [ClauseID: String]

    init(notes: [NoteID: Int] = [:], clauses: [ClauseID: String] = [:]) {
        self.notes = notes
        self.clauses = clauses
    }

    init(_ policy: Policy) {
        self.init(notes: policy.noteNumbers, clauses: policy.citations)
    }

    func plainText(_ content: [Inline]) -> String {
        content.plainText(note: { id in notes[id].map { "[\($0)]" } ?? "" }, clause: { clauses[$0] ?? $0.rawValue })
    }
}

/// Splits inline content into tokens. Whitespace of every kind (spaces, line breaks, no-break
/// spaces) only separates tokens, so re-flowing the source never changes them.
enum Tokenizer {
    /// The tokens of some inline content.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func tokens(_ content: [Inline], names: ReferenceNames) -> [Token] {
        var state = State()
        state.visit(content, marks: [], names: names)
        state.flush()
        return state.tokens
    }

    /// The tokens of plain text.
    static func tokens(_ text: String) -> [Token] {
        tokens([.text(text)], names: ReferenceNames())
    }

    /// The tokens joined back into text, a single space wherever the source had whitespace.
    static func text(_ tokens: some Sequence<Token>, leading: Bool = false) -> String {
        var result = ""
        for token in tokens {
            if token.spaceBefore, leading || !result.isEmpty { result += " " }
            result += token.text
        }
        return result
    }

    /// White space (Unicode's `White_Space` characters, listed so that no character needs a
    /// property lookup), and the zero-width characters that separate words invisibly.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        case 0x200B, 0xFEFF: true
        default: false
        }
    }

    /// Han ideographs, hiragana and katakana: letters of scripts written without spaces between
    /// words, each compared as a word of its own.
    static func isCharacterWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x3096, 0x309D...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF,  // kana letters and marks of repetition and length
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:  // Han ideographs
            true
        default: false
        }
    }

    /// Decimal digits of any script.
    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x30...0x39).contains(scalar.value) : isNonASCIIDigit(scalar)
    }

    // The property lookups live apart from the ASCII tests: the standard library's property
    // types are resilient, so a function using them sets up their metadata on every call.
    @inline(never)
    private static func isNonASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType == .decimal
    }

    /// Currency signs (`$`, `€`, `¥`), which belong to the amount they touch.
    @inline(__always)
    static func isCurrency(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == "$" : isNonASCIICurrency(scalar)
    }

    @inline(never)
    private static func isNonASCIICurrency(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .currencySymbol
    }

    /// The marks that group digits or separate the parts of a decimal or a date: between two
    /// digits they belong to the number.
    static func isNumberSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ",", ".", "/", "-": true
        default: false
        }
    }

    /// Letters, digits and combining marks, which make up words; anything else is punctuation.
    /// An ASCII letter or digit (a byte of a word, read without decoding).
    @inline(__always)
    static func isASCIIWordPart(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte | 0x20) || (0x30...0x39).contains(byte)
    }

    @inline(__always)
    static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20  // folds A–Z onto a–z
            return (0x61...0x7A).contains(value) || (0x30...0x39).contains(scalar.value)
        }
        return isNonASCIIWordPart(scalar)
    }

    @inline(never)
    private static func isNonASCIIWordPart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        // Latin-1 and General Punctuation signs, common in policies (quotes, dashes, the
        // section sign), answered without a lookup; `TokenClassTests` checks every scalar.
        case 0xA1...0xA9, 0xAB...0xB1, 0xB4, 0xB6...0xB8, 0xBB, 0xBF, 0xD7, 0xF7, 0x2010...0x2027,
            0x2030...0x205E:
            return false
        default:
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar.properties.generalCategory == .nonspacingMark
        }
    }

    private struct State {
        var tokens: [Token] = []
        var word = ""
        var wordMarks: [Mark] = []
        var pendingSpace = false
        /// Whether the last token is an ideograph or kana that the next word may continue.
        var afterCharacterWord = false

        mutating func flush() {
            guard !word.isEmpty else { return }
            emit(word, key: word, marks: wordMarks, isWord: true)
            word = ""
        }

        mutating func emit(_ text: String, key: String, marks: [Mark], isWord: Bool, isCharacterWord: Bool = false) {
            var token = Token(text: text, key: key, marks: marks, spaceBefore: pendingSpace && !tokens.isEmpty, isWord: isWord)
            // The last token's flag read in place: copying the token would retain its strings.
            if isWord, !token.spaceBefore, !tokens.isEmpty, tokens[tokens.count - 1].isWord,
                afterCharacterWord || isCharacterWord
            {
                token.continuesWord = true
            }
            tokens.append(consume token)
            pendingSpace = false
            afterCharacterWord = isCharacterWord
        }

        mutating func visit(_ content: [Inline], marks: [Mark], names: ReferenceNames) {
            for inline in content {
                switch inline {
                case .text(let text): scan(text, marks: marks)
                case .emphasis(let children): visit(children, marks: marks + [Mark(.emphasis)], names: names)
                case .strong(let children): visit(children, marks: marks + [Mark(.strong)], names: names)
                case .term(let children): visit(children, marks: marks + [Mark(.term)], names: names)
                case .link(let href, let children):
                    visit(children, marks: marks + [Mark(.link, href: href)], names: names)
                case .noteReference(let id):
                    flush()
                    emit(names.notes[id].map { "[\($0)]" } ?? "[?]", key: "\u{1}note:\(id)", marks: marks, isWord: false)
                case .crossReference(let id):
                    flush()
                    emit(names.clauses[id] ?? id.rawValue, key: "\u{1}clause:\(id)", marks: marks, isWord: false)
                case .lineBreak:
                    flush()
                    pendingSpace = true
                }
            }
            flush()
        }

        mutating func scan(_ text: String, marks: [Mark]) {
            var text = text
            text.withUTF8 { scan($0, marks: marks) }
        }

        /// Reads UTF-8 a scalar at a time, ASCII without decoding; words are sliced from the
        /// bytes, not built a scalar at a time.
        private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, marks: [Mark]) {
            // Where the word being read began in this text.
            var start: Int?
            func takeWord(upTo end: Int) {
                guard let begin = start else { return }
                let piece = String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<end]), as: UTF8.self)
                if word.isEmpty { word = piece } else { word += piece }
                start = nil
            }
            // Whether the word being read is a number so far (digits and separators, perhaps
            // after a currency sign), which a separator followed by a digit continues.
            var numeric = false
            func digitFollows(_ next: Int) -> Bool {
                next < bytes.count && Tokenizer.isDigit(UTF8Scalars.scalar(in: bytes, at: next).scalar)
            }
            var index = 0
            while index < bytes.count {
                if start != nil, Tokenizer.isASCIIWordPart(bytes[index]) {
                    // Inside a word, the common case: a letter ends a number, a digit changes nothing.
                    if numeric, bytes[index] > 0x39 { numeric = false }
                    index += 1
                    continue
                }
                // The next most common: a space, and an ASCII letter or digit starting a word,
                // each taken as the tests below would take it, without decoding.
                if bytes[index] == 0x20 {
                    takeWord(upTo: index)
                    flush()
                    pendingSpace = true
                    index += 1
                    continue
                }
                if start == nil, Tokenizer.isASCIIWordPart(bytes[index]) {
                    if word.isEmpty { wordMarks = marks }
                    start = index
                    numeric = word.isEmpty && bytes[index] <= 0x39
                    index += 1
                    continue
                }
                let (scalar, length) = UTF8Scalars.scalar(in: bytes, at: index)
                let next = index + length
                if start != nil, numeric, Tokenizer.isNumberSeparator(scalar), digitFollows(next) {
                    // 2,284,441 · 3.000,00 · 2023-12-27 · 12/27/2023: one number, one token.
                } else if start != nil, numeric, Tokenizer.isCurrency(scalar) {
                    numeric = false  // 5€: the sign closes the amount.
                } else if start == nil, word.isEmpty, Tokenizer.isCurrency(scalar), digitFollows(next) {
                    wordMarks = marks  // $1,000.00: the amount starts at its sign.
                    start = index
                    numeric = true
                } else if Tokenizer.isSpace(scalar) {
                    takeWord(upTo: index)
                    flush()
                    pendingSpace = true
                } else if Tokenizer.isCharacterWord(scalar) {
                    // Chinese and Japanese put no spaces between words: each ideograph or kana is
                    // compared on its own, as redlines of such text show changes.
                    takeWord(upTo: index)
                    flush()
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<next]), as: UTF8.self)
                    emit(text, key: text, marks: marks, isWord: true, isCharacterWord: true)
                } else if Tokenizer.isWordPart(scalar) {
                    if start == nil {
                        if word.isEmpty { wordMarks = marks }
                        start = index
                        numeric = word.isEmpty && Tokenizer.isDigit(scalar)
                    } else if numeric, !Tokenizer.isDigit(scalar) {
                        numeric = false
                    }
                } else {
                    takeWord(upTo: index)
                    flush()
                    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<next]), as: UTF8.self)
                    emit(text, key: text, marks: marks, isWord: false)
                }
                index = next
            }
            takeWord(upTo: bytes.count)
        }
    }
}
