import Foundation
import PolicyModel
import Testing

@testable import PolicyRender

/// Japanese text in the text edition: wrapped by display width, between characters, never
/// starting a line with a closing mark.
@Suite struct JapaneseTextTests {
    static let source =
        Paths.repository + "/Tests/PolicySourceTests/Fixtures/languages/example-privacy/ja/2024-01-15.xml"

    @Test("Japanese wraps between characters at 72 display columns, a closing mark kept on the line before")
    func wrapsByDisplayWidth() {
        let text = String(repeating: "あ", count: 35) + "」。次の文です。"
        #expect(
            TextWrapper.wrap(text) == String(repeating: "あ", count: 34) + "\n" + "あ」。次の文です。")
        #expect(TextWrapper.wrap("Firefox のプライバシー通知", width: 12) == "Firefox のプ\nライバシー通\n知")
        #expect(TextWrapper.wrap("1. はい", first: "  ", rest: "     ", breaksLongWords: true) == "  1. はい")
    }

    @Test("a word longer than the line is broken, after a '/' when it can be, only in such text")
    func longWords() {
        let address = "<https://example.com/" + String(repeating: "a", count: 60) + ">"
        #expect(
            TextWrapper.wrap("詳細 " + address) == "詳細\n<https://example.com/\n" + String(repeating: "a", count: 60) + ">"
        )
        #expect(TextWrapper.wrap(address) == address)
        #expect(TextWrapper.wrap(address, breaksLongWords: true).split(separator: "\n").count == 2)
    }

    @Test("the text edition of a Japanese revision")
    func textEdition() throws {
        let policy = try Golden.policy(Self.source)
        let text = try PolicyRenderer().render(policy, as: .text)
        try Golden.check(text, against: Paths.fixtures + "/languages/ja-2024-01-15.txt")
        for line in text.split(separator: "\n") {
            #expect(TextTable.displayWidth(String(line)) <= 72, "\(line)")
            #expect(line.first.map { !LineBreaks.noStart.contains($0) } ?? true, "\(line)")
        }
    }

    @Test("a text's display width is the sum of its characters' widths, kana with voicing marks and emoji included")
    func displayWidth() {
        let texts = [
            "個人情報の取扱い（プライバシーポリシー）", "“Cookies” – café, naïve ™ €5", "か\u{3099}き", "ｶﾞｷﾞ", "e\u{301}cole",
            "naïve\r\ncafé", "한국어 텍스트", "👍🏽 and 👨‍👩‍👧", "〇〪〫 々", "ABC", "",
        ]
        for text in texts {
            #expect(TextTable.displayWidth(text) == text.reduce(0) { $0 + TextTable.displayWidth($1) }, "\(text.debugDescription)")
        }
        #expect(TextTable.displayWidth("個人情報") == 8)
        #expect(TextTable.displayWidth("か\u{3099}き") == 4)
    }
}
