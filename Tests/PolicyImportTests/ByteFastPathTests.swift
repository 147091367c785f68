import Foundation
import Testing

@testable import PolicyImport

/// The byte-level shortcuts the importer takes give what the character-wise code they stand in
/// for gives: keys and their words, the heading-number pattern's first bytes, and names found in
/// a text.
@Suite struct ByteFastPathTests {
    @Test("a key is its text's words joined by spaces, and an ASCII key's runs are the words' numbers")
    func keysAndTheirWords() {
        var generator = SeededGenerator(state: 17)
        for _ in 0..<3000 {
            let text = TextKeysTests.trickyText(using: &generator)
            let key = TextKeys.key(text)
            #expect(Array(key.utf8) == Array(TextKeysTests.referenceWords(text).joined(separator: " ").utf8))
            var fromText = WordNumbers()
            var fromKey = WordNumbers()
            let expected = TextKeys.numberedWords(text, numbers: &fromText)
            if let numbers = TextKeys.numberedWords(ofKey: key, numbers: &fromKey) {
                #expect(numbers == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            } else {
                #expect(key.utf8.contains { $0 >= 0x80 })
            }
        }
        var numbers = WordNumbers()
        #expect(TextKeys.numberedWords(ofKey: "we collect we", numbers: &numbers) == [0, 1, 0])
        #expect(TextKeys.numberedWords(ofKey: "", numbers: &numbers) == [])
        #expect(TextKeys.numberedWords(ofKey: "straße", numbers: &numbers) == nil)
    }

    @Test("letters cut short are nil exactly when the whole letters are longer than the limit")
    func lettersAtMost() {
        var generator = SeededGenerator(state: 23)
        for _ in 0..<3000 {
            let text = TextKeysTests.trickyText(using: &generator)
            let whole = TextKeys.letters(text)
            #expect(Array(whole.utf8) == Array(TextKeysTests.referenceLetters(text).utf8))
            for limit in [0, 1, 3, 10, Int.max] {
                let cut = TextKeys.letters(text, atMost: limit)
                #expect(cut.map { Array($0.utf8) } == (whole.utf8.count <= limit ? Array(whole.utf8) : nil), "\(text)")
            }
        }
    }

    /// Written numbers of every form the pattern takes, and text it does not match.
    static let headings = [
        "1. Scope", "7.1 Data", "12", "2.a. Terms", "2.a.Terms", "Article 3 Rights", "Section 2: Use", "Chapter IV",
        "Part B) x", "PartI. x", "Clause 4", "Annex I. Forms", "Schedule 2", "Appendix A", "§ 2 Scope", "§2.1",
        "(a) first", "(iv) x", "(12) x", "a) first", "IV. Rights", "C. Cookies", "第3条 目的", "第 12 条", "  1. x",
        "\t(b) y", "\u{A0}1. x", "\u{3000}2. x", "１. x", "٣. x", "Sections 3", "Articles", "Information We Collect",
        "We collect", "“1.” quoted", "- 1. item", "VIII", "IVXLCI. x", "ab) x", "Ab. x", "", "   ", "x.", "(", "第",
    ]

    @Test("the heading-number pattern matches nothing that its first bytes rule out")
    func headingNumberPrefilter() throws {
        var texts = Self.headings
        var generator = SeededGenerator(state: 5)
        for _ in 0..<2000 {
            let length = Int.random(in: 0...6, using: &generator)
            texts.append((0..<length).map { _ in Self.headings.randomElement(using: &generator)!.prefix(3) }.joined())
        }
        for document in Paths.corpusDocuments {
            let text = try String(contentsOfFile: document.path, encoding: .utf8)
            texts += text.split(separator: "\n").map { $0.drop { $0 == "#" || $0 == " " } }.map(String.init)
        }
        for text in texts {
            let matches = HeadingNumber.pattern?.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            if matches { #expect(HeadingNumber.mayStartWithNumber(text), "\(text)") }
        }
        #expect(!HeadingNumber.mayStartWithNumber("Information We Collect"))
        #expect(!HeadingNumber.mayStartWithNumber("- 1. item"))
        #expect(HeadingNumber.mayStartWithNumber("“1.” quoted"), "a non-ASCII start is left to the pattern")
    }

    @Test("the publisher patterns match no line their byte searches rule out")
    func publisherCues() throws {
        var lines = [
            "we, Telegram Messenger Inc. (“Telegram”)", "contact us (Mozilla Corporation)", "At Mozilla, we believe",
            "Acme Ltd. (“we”, “us”)", "Acme Ltd. (hereinafter 'our' company)", "we, the people", "At last, we",
            "Acme Inc. and Beta GmbH", "ACME AG", "(“Our”)", "we, A",
        ]
        for document in Paths.corpusDocuments {
            lines += try String(contentsOfFile: document.path, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        for line in lines {
            let range = NSRange(line.startIndex..., in: line)
            for (pattern, cues) in zip(PublisherName.patterns, PublisherName.patternCues)
            where pattern.firstMatch(in: line, range: range) != nil {
                #expect(cues.allSatisfy { $0.isFound(in: line) }, "\(line)")
            }
            if PublisherName.companyPattern?.firstMatch(in: line, range: range) != nil {
                #expect(PublisherName.companyCues.isFound(in: line), "\(line)")
            }
        }
        let capital = ByteSearch(anyOf: ["we, "], followedBy: "ABC")
        #expect(capital.isFound(in: "and we, Acme"))
        #expect(!capital.isFound(in: "and we, acme"))
        #expect(!capital.isFound(in: "and we, "))
        #expect(capital.isFound(in: "we, x and we, B"))
    }

    @Test("a name is counted in a text as Foundation's contains and components(separatedBy:) count it")
    func nameOccurrences() {
        let texts = [
            "Acme Inc. and Acme", "Acme", "Acme’s terms, and Acme’s “policy”", "Acme\u{301} Acme", "\u{212A}elvin Kelvin",
            "Kelvin Kelvin", "個人データ Acme。Acme", "AcmeAcme", "Acm", "", "a\r\nAcme\r\nAcme", "Ａcme Acme",
        ]
        for text in texts {
            for name in ["Acme", "Kelvin", "Acme Inc.", "Ac", "Acmé"] {
                var occurrences = PublisherName.Occurrences(text)
                #expect(occurrences.holds(name, times: 1) == text.contains(name), "\(name) in \(text)")
                #expect(
                    occurrences.holds(name, times: 2) == (text.components(separatedBy: name).count > 2),
                    "\(name) twice in \(text)")
            }
        }
    }
}
