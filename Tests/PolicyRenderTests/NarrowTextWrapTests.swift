import Testing

@testable import PolicyRender

/// The text wrapper counts columns by characters for Latin letters, curly quotes and dashes
/// (read as bytes, a character a scalar), and falls back to grapheme clusters for anything else.
@Suite struct NarrowTextWrapTests {
    @Test("accented letters and curly quotes take one column each, not one a byte")
    func narrowText() {
        // 17 characters, 25 bytes.
        #expect(TextWrapper.wrap("déjà vu “déjà” vu", width: 17) == "déjà vu “déjà” vu")
        #expect(TextWrapper.wrap("déjà vu “déjà” vu", width: 16) == "déjà vu “déjà”\nvu")
        #expect(
            TextWrapper.wrap("façade — “naïve” résumé ™", width: 10, first: "• ", rest: "  ")
                == "• façade —\n  “naïve”\n  résumé ™")
    }

    @Test("a combining mark adds no column: such text is wrapped by grapheme clusters")
    func combiningMarks() {
        let word = "cafe\u{301}"
        #expect(TextWrapper.wrap("\(word) \(word) \(word)", width: 14) == "\(word) \(word) \(word)")
        #expect(TextWrapper.wrap("\(word) \(word) \(word)", width: 13) == "\(word) \(word)\n\(word)")
    }
}
