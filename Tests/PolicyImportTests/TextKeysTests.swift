import Foundation
import Testing

@testable import PolicyImport

/// The byte-level word and key readers give what lower-casing the whole text and walking its
/// characters gave, and the facts they take from a scalar's code hold in Unicode's data.
@Suite struct TextKeysTests {
    /// Words as the importer read them before it read bytes: the text lower-cased, then runs of
    /// characters whose first scalar is a letter or digit.
    static func referenceWords(_ text: String, limit: Int = .max) -> [String] {
        var result: [String] = []
        guard limit > 0 else { return result }
        let lowered = text.lowercased()
        var start: String.Index?
        var index = lowered.startIndex
        while index < lowered.endIndex {
            let character = lowered[index]
            let isWordPart: Bool
            if let ascii = character.asciiValue {
                isWordPart = (0x61...0x7A).contains(ascii | 0x20) || (0x30...0x39).contains(ascii)
            } else {
                isWordPart = character.isLetter || character.isNumber
            }
            if isWordPart {
                if start == nil { start = index }
            } else if let first = start {
                result.append(String(lowered[first..<index]))
                start = nil
                if result.count == limit { return result }
            }
            index = lowered.index(after: index)
        }
        if let first = start { result.append(String(lowered[first...])) }
        return result
    }

    /// Keys as the importer made them before: alphabetic and numeric scalars of the lower-cased text.
    static func referenceLetters(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }

    /// Scalars that try every path: ASCII, plain punctuation and kana, combining marks, letters
    /// that change when lower-cased (some into two scalars), emoji sequences, CR LF.
    static let tricky: [String] = [
        "a", "Z", "7", " ", "-", "\r", "\n", "\r\n", "’", "“", "—", "\u{A0}", "、", "。", "個", "デ", "ー", "\u{301}",
        "\u{3099}", "É", "é", "e\u{301}", "İ", "Σ", "ß", "ﬁ", "Ⅻ", "１", "Ａ", "K", "👩‍💻", "🇯🇵", "\u{200D}",
        "\u{600}", "क्", "ष", "\u{FE0F}", "ǅ", "Ω",
    ]

    /// A text of up to twelve tricky scalars, drawn with `generator`.
    static func trickyText(using generator: inout SeededGenerator) -> String {
        let length = Int.random(in: 0...12, using: &generator)
        return (0..<length).map { _ in tricky.randomElement(using: &generator)! }.joined()
    }

    private static func utf8(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    @Test("words are runs of characters whose first scalar is a letter or digit, lower-cased")
    func words() {
        #expect(
            Self.utf8(TextKeys.words("Don’t USE x\u{301}y, 1,000 Straße"))
                == Self.utf8(["don", "t", "use", "x\u{301}y", "1", "000", "straße"]))
        #expect(Self.utf8(TextKeys.words("İSTANBUL ÉCOLE")) == Self.utf8(["i\u{307}stanbul", "\u{E9}cole"]))
        #expect(TextKeys.words("個人データ、利用目的。（第１条）") == ["個人データ", "利用目的", "第１条"])
        #expect(TextKeys.words("a 👩‍💻 b \u{301}c") == ["a", "b", "c"])
        #expect(TextKeys.words("one two three four", limit: 2) == ["one", "two"])
        #expect(TextKeys.words("one", limit: 0) == [])
    }

    @Test("letters are a text's alphabetic and numeric scalars, lower-cased")
    func letters() {
        #expect(TextKeys.letters("#a-definitions") == "adefinitions")
        #expect(TextKeys.letters("A. Definitions") == "adefinitions")
        // U+0307 (İ lower-cased is i and a dot above) and U+0301 are marks, not letters.
        #expect(Array(TextKeys.letters("İ x\u{301}").utf8) == Array("ix".utf8))
        #expect(TextKeys.letters("個人データ、第１条") == "個人データ第１条")
    }

    @Test("words and letters agree with lower-casing the whole text, on random tricky text")
    func randomAgreement() {
        var generator = SeededGenerator(state: 11)
        for round in 0..<3000 {
            let text = Self.trickyText(using: &generator)
            let limit = [Int.max, 1, 2, 3][round % 4]
            #expect(
                Self.utf8(TextKeys.words(text, limit: limit)) == Self.utf8(Self.referenceWords(text, limit: limit)),
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(Array(TextKeys.letters(text).utf8) == Array(Self.referenceLetters(text).utf8))
        }
    }

    @Test(
        "words, letters and slugs of every corpus line are what they were before",
        .enabled(if: !Paths.corpusDocuments.isEmpty, "../shared/corpus is not beside this clone"))
    func corpusAgreement() throws {
        for document in Paths.corpusDocuments {
            let text = try String(contentsOfFile: document.path, encoding: .utf8)
            for line in text.split(separator: "\n").map(String.init) {
                #expect(
                    Self.utf8(TextKeys.words(line)) == Self.utf8(Self.referenceWords(line)), "\(document.path): \(line)"
                )
                #expect(Array(TextKeys.letters(line).utf8) == Array(Self.referenceLetters(line).utf8))
                if let words = Slug.asciiWords(line) { #expect(words == Slug.foldedWords(line), "\(line)") }
            }
        }
    }

    @Test("every plain scalar has the properties its kind claims, and is a character of its own beside another")
    func plainScalars() {
        var counted = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), let kind = PlainScalar.kind(scalar) else { continue }
            counted += 1
            let properties = scalar.properties
            let isLetterOrDigit = properties.isAlphabetic || properties.numericType != nil
            #expect(!properties.changesWhenLowercased || value < 0x80, "U+\(String(value, radix: 16))")
            switch kind {
            case .ascii(let lower):
                #expect(value < 0x80 && isLetterOrDigit && lower == String(scalar).lowercased().utf8.first)
            case .caselessLetter: #expect(properties.isAlphabetic, "U+\(String(value, radix: 16))")
            case .separator: #expect(!isLetterOrDigit, "U+\(String(value, radix: 16))")
            }
            guard value >= 0x80 else { continue }
            let character = String(scalar)
            // Neither extends, joins nor prepends; nor continues an Indic conjunct.
            #expect(("a" + character + character + "a").count == 4, "U+\(String(value, radix: 16))")
            #expect(("\u{915}\u{94D}" + character).count == 2, "U+\(String(value, radix: 16))")
            // Folding (slugs) leaves it outside ASCII, so it only parts words.
            #expect(Slug.foldedWords("a" + character + "b") == ["a", "b"], "U+\(String(value, radix: 16))")
        }
        #expect(counted > 128 + 20_000)
    }

    @Test("slugs read from bytes fold as Foundation does, for every ASCII character")
    func asciiSlugs() {
        for value in UInt8(0)..<0x80 {
            let text = "Ab" + String(UnicodeScalar(value)) + "Cd’s"
            #expect(Slug.asciiWords(text) == Slug.foldedWords(text), "\(value)")
        }
        #expect(Slug.asciiWords("Über") == nil)
        #expect(Slug.make("The Company’s “Services” — Overview") == "company-s-services-overview")
        // A slug stops reading at its last word: what follows may need Foundation's folding, or not.
        #expect(Slug.make("Privacy notice for users of Ünïcode", maxWords: 3) == "privacy-notice-users")
        #expect(Slug.make("Privacy for Ünïcode users", maxWords: 3) == "privacy-unicode-users")
        #expect(Slug.asciiWords("x the y z w", significant: 2) == ["x", "the", "y"])
    }

    @Test("whitespace is trimmed as Foundation trims CharacterSet.whitespaces, for every scalar")
    func trimming() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = " \t" + String(scalar) + "x" + String(scalar) + "\u{3000}"
            #expect(
                InPageLinks.trimmingWhitespace(text) == text.trimmingCharacters(in: .whitespaces),
                "U+\(String(value, radix: 16))")
        }
    }

    @Test("a byte search finds a fixed string anywhere, and no string where there is none")
    func byteSearch() {
        let search = ByteSearch(anyOf: ["we, ", "Inc."])
        #expect(search.isFound(in: "at first we, Acme"))
        #expect(search.isFound(in: "Acme Inc."))
        #expect(!search.isFound(in: "we,Acme Inc"))
        #expect(!search.isFound(in: ""))
        let bytes = Array("abcabc".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(ByteSearch.firstIndex(of: Array("bc".utf8), in: buffer, from: 0) == 1)
            #expect(ByteSearch.firstIndex(of: Array("bc".utf8), in: buffer, from: 2) == 4)
            #expect(ByteSearch.firstIndex(of: Array("bc".utf8), in: buffer, from: 5) == nil)
            #expect(ByteSearch.firstIndex(of: Array("abcabcd".utf8), in: buffer, from: 0) == nil)
        }
    }
}
