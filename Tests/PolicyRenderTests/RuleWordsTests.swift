import Testing

@testable import PolicyRender

/// The "What this policy allows" page joins terms as prose, in the page's language.
@Suite struct RuleWordsTests {
    @Test func wordsJoinInProse() throws {
        let renderer = try PolicyRenderer()
        let english = RuleWords([], revision: "../", renderer.strings(for: "en"))
        #expect(english.join(["a"], "or") == "a")
        #expect(english.join(["a", "b"], "and") == "a and b")
        #expect(english.join(["a", "b", "c"], "or") == "a, b or c")
        let japanese = RuleWords([], revision: "../", renderer.strings(for: "ja"))
        #expect(japanese.join(["氏名", "住所", "電話番号"], "or") == "氏名、住所または電話番号")
    }
}
