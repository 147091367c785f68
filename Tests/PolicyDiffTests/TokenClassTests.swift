@testable import PolicyDiff
import Testing

@Suite("What the tokenizer counts as space and as part of a word")
struct TokenClassTests {
    /// Every Unicode scalar value, surrogates excepted.
    static var allScalars: [Unicode.Scalar] { (0...0x10FFFF).compactMap(Unicode.Scalar.init(_:)) }

    @Test("Space is exactly Unicode's White_Space, plus zero-width space and the byte-order mark")
    func space() {
        let wrong = Self.allScalars.filter { scalar in
            Tokenizer.isSpace(scalar) != (scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}")
        }
        #expect(wrong.map { String($0.value, radix: 16) } == [])
    }

    @Test("A word part is exactly a letter (Alphabetic), a number or a nonspacing mark")
    func wordPart() {
        let wrong = Self.allScalars.filter { scalar in
            let properties = scalar.properties
            let expected = properties.isAlphabetic || properties.numericType != nil
                || properties.generalCategory == .nonspacingMark
            return Tokenizer.isWordPart(scalar) != expected
        }
        #expect(wrong.map { String($0.value, radix: 16) } == [])
    }

    @Test("Japanese text splits at its punctuation and spaces, not inside runs of kana and kanji")
    func japanese() {
        let tokens = Tokenizer.tokens("個人データ、Firefox の利用。\u{3000}詳細")
        #expect(tokens.map(\.text) == ["個人データ", "、", "Firefox", "の利用", "。", "詳細"])
        #expect(tokens.map(\.isWord) == [true, false, true, true, false, true])
    }
}
