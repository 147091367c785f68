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

    @Test("Japanese text is compared character by character; a run of kana and kanji still counts as one word")
    func japanese() {
        let tokens = Tokenizer.tokens("個人データ、Firefox の利用。\u{3000}詳細")
        #expect(tokens.map(\.text) == ["個", "人", "デ", "ー", "タ", "、", "Firefox", "の", "利", "用", "。", "詳", "細"])
        #expect(tokens.map(\.isWord) == [true, true, true, true, true, false, true, true, true, true, false, true, true])
        #expect(tokens.map(\.continuesWord) == [false, true, true, true, true, false, false, false, true, true, false, false, true])
        #expect(Tokenizer.text(tokens) == "個人データ、Firefox の利用。 詳細")
        #expect(tokens.wordCount == 4)
        // Latin letters touching kana continue the run too: "PDFの" is one word, as it was.
        #expect(Tokenizer.tokens("PDFの").map(\.continuesWord) == [false, true])
    }

    @Test("A change inside a run of Japanese shows only the characters that changed")
    func japaneseWordDiff() {
        let diff = WordDiff(old: "検索機能の提供と提案の改善", new: "検索機能を提供して提案を改善するため")
        #expect(
            diff.segments.map { "\($0.kind):\($0.text)" } == [
                "equal:検索機能", "deleted:の", "inserted:を", "equal:提供", "deleted:と", "inserted:して", "equal:提案",
                "deleted:の", "inserted:を", "equal:改善", "inserted:するため",
            ])
        #expect(diff.wordsInserted == 4 && diff.wordsDeleted == 3)
    }

    @Test("Words equal as strings are equal in the diff, whatever their bytes: composed and decomposed accents")
    func canonicalEquivalence() {
        let diff = WordDiff(old: "données personnelles", new: "donne\u{301}es personnelles")
        #expect(diff.segments.map(\.kind) == [.equal])
        #expect(diff.wordsInserted == 0 && diff.wordsDeleted == 0)
    }
}
