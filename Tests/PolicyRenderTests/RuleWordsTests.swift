import Testing

@testable import PolicyRender

/// The "What this policy allows" page joins terms as prose.
@Suite struct RuleWordsTests {
    @Test func wordsJoinInProse() {
        #expect(RuleWords.join(["a"], "or") == "a")
        #expect(RuleWords.join(["a", "b"], "and") == "a and b")
        #expect(RuleWords.join(["a", "b", "c"], "or") == "a, b or c")
    }
}
