import Testing

@testable import PolicyRules

/// How the lint reads a clause's words: lower-cased, cut to five letters, common words whole.
@Suite struct LabelMentionTests {
    @Test("words are the same whether the text is ASCII or holds curly quotes and accents")
    func stems() {
        #expect(LabelMention.stems("Fuji Xerox uses Cookies and Web-beacons") == ["fuji", "xerox", "uses", "cooki", "and", "web", "beaco"])
        #expect(
            LabelMention.stems("Fuji Xerox’s “Cookies” and Web-beacons École")
                == ["fuji", "xerox", "s", "cooki", "and", "web", "beaco", "école"])
        #expect(LabelMention.stems("“the person”, 個人情報") == ["the", "perso", "個人情報"])
        #expect(LabelMention.stems("") == [])
    }
}
