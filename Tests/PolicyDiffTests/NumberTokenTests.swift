@testable import PolicyDiff
import Testing

@Suite("Numbers, dates and amounts are one token each")
struct NumberTokenTests {
    @Test(
        "A number with separators is one word",
        arguments: [
            "2,284,441", "1.5", "3.000,00", "2023-12-27", "27.12.2023", "12/27/2023", "$1,000.00", "€5", "5€",
        ])
    func oneToken(_ number: String) {
        let tokens = Tokenizer.tokens("about \(number) users")
        #expect(tokens.map(\.text) == ["about", number, "users"])
        #expect(tokens.wordCount == 3)
    }

    @Test("A separator not between two digits is punctuation, as before")
    func separatorsOutsideNumbers() {
        #expect(Tokenizer.tokens("in 2023.").map(\.text) == ["in", "2023", "."])
        #expect(Tokenizer.tokens("1, 2 and 3-").map(\.text) == ["1", ",", "2", "and", "3", "-"])
        #expect(Tokenizer.tokens("H.264 and v1.2").map(\.text) == ["H", ".", "264", "and", "v1", ".", "2"])
        #expect(Tokenizer.tokens("US$5 or $ 5").map(\.text) == ["US", "$", "5", "or", "$", "5"])
        #expect(Tokenizer.tokens("5€.3").map(\.text) == ["5€", ".", "3"])
    }

    @Test("A changed number is one deleted and one inserted token, not cut at its commas")
    func changedNumber() {
        let diff = WordDiff(old: "2,284,441 requests", new: "1,498,726 requests")
        #expect(
            diff.segments == [
                WordSegment(.deleted, "2,284,441"), WordSegment(.inserted, "1,498,726"),
                WordSegment(.equal, "requests", spaceBefore: true),
            ])
        #expect(diff.wordsInserted == 1 && diff.wordsDeleted == 1)
    }

    @Test("Changed dates and amounts are replaced whole")
    func changedDateAndAmount() {
        let diff = WordDiff(old: "Effective 2023-12-27, fee $1,000.00.", new: "Effective 2024-04-17, fee $1,250.00.")
        #expect(
            diff.segments == [
                WordSegment(.equal, "Effective"), WordSegment(.deleted, "2023-12-27", spaceBefore: true),
                WordSegment(.inserted, "2024-04-17", spaceBefore: true), WordSegment(.equal, ", fee"),
                WordSegment(.deleted, "$1,000.00", spaceBefore: true),
                WordSegment(.inserted, "$1,250.00", spaceBefore: true), WordSegment(.equal, "."),
            ])
        #expect(diff.wordsInserted == 2 && diff.wordsDeleted == 2)
    }

    @Test("Japanese keeps its character-level comparison around numbers")
    func japaneseAroundNumbers() {
        let tokens = Tokenizer.tokens("2023年12月27日")
        #expect(tokens.map(\.text) == ["2023", "年", "12", "月", "27", "日"])
        #expect(tokens.wordCount == 1)
    }
}
