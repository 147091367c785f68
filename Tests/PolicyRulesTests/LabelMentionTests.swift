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

    /// Texts with ASCII, curly quotes, accents, kanji, a carriage return and long words.
    static let texts = [
        "Fuji Xerox uses Cookies and Web-beacons to improve its services.",
        "Fuji Xerox’s “Cookies” and Web-beacons École, 個人情報 and the person’s data",
        "line one\r\nline two: Advertising Partners (ad-partner) may receive IP addresses",
        "Straße STRASSE İstanbul ǅemal e\u{301}cole cafe\u{301} \u{600}cole",
        "",
    ]

    @Test("the stems found in a text are those of its stems that were wanted, ASCII words packed")
    func found() {
        for text in Self.texts {
            let all = Set(LabelMention.stems(text).map(LabelMention.Stem.init))
            let wanted = Set(["cooki", "web", "école", "個人情報", "partn", "addre", "strai", "s", "missi"].map(LabelMention.Stem.init))
            #expect(LabelMention.found(wanted, in: text) == all.intersection(wanted), "\(text.debugDescription)")
            #expect(LabelMention.found(all, in: text) == all, "\(text.debugDescription)")
        }
        #expect(LabelMention.found([LabelMention.Stem("cooki")], in: "COOKIES") == [LabelMention.Stem("cooki")])
        #expect(LabelMention.Stem("cooki") != LabelMention.Stem("cook"))
        let webBeaconData = LabelMention.significantStems("web beacon data")
        #expect(LabelMention.mentions(webBeaconData, in: LabelMention.found(webBeaconData, in: "Web-beacons")))
        #expect(!LabelMention.mentions(webBeaconData, in: LabelMention.found(webBeaconData, in: "the beacon")))
    }

    /// The reference is the search the lint made of every label before the byte search.
    @Test("a label is found in a lower-cased text as a case-blind search of the whole text finds it")
    func literal() {
        let labels = ["Cookies", "advertising partners", "AD-PARTNER", "line two", "\r", "\n", "e", "é", "cole", "cafe", "café", "個人", "strasse", "", " ", "partners (ad", "data"]
        for text in Self.texts {
            let lowered = LabelMention.LoweredText(text)
            for label in labels {
                #expect(
                    LabelMention.literal(label, in: lowered) == LabelMention.searched(label, in: lowered),
                    "\(label.debugDescription) in \(text.debugDescription)")
            }
        }
        #expect(LabelMention.literal("Advertising Partners", in: LabelMention.LoweredText("Our advertising partners may")))
        #expect(!LabelMention.literal("advertising partner", in: LabelMention.LoweredText("advertising, partners")))
    }
}
