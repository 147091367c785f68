import PolicyModel
import Testing

/// Whitespace collapses the same way for sources and imports; imports also drop what a source cannot hold.
@Suite struct InlineCollectorTests {
    @Test func whitespaceCollapsesToSingleSpacesInsideTheBlock() {
        var collector = InlineCollector()
        collector.append(text: "\n  Data  is\t")
        collector.open()
        collector.append(text: " kept ")
        collector.close { .emphasis($0) }
        collector.append(text: " safe\u{00A0}here.\n")
        #expect(collector.result == [.text("Data is "), .emphasis([.text("kept")]), .text(" safe\u{00A0}here.")])
    }

    @Test func sourcesKeepEmptyElementsAndBreaks() {
        var collector = InlineCollector()
        collector.appendLineBreak()
        collector.open()
        collector.close { .strong($0) }
        #expect(collector.result == [.lineBreak, .strong([])])
    }

    @Test func importsDropControlsNoncharactersEmptyElementsAndEdgeBreaks() {
        var collector = InlineCollector(tidy: true)
        collector.appendLineBreak()
        collector.append(text: "a\u{7}b\u{FFFE}c\u{FFFF}d\u{FFFD}")
        collector.open()
        collector.close { .strong($0) }
        collector.appendLineBreak()
        collector.appendLineBreak()
        collector.append(text: "e")
        collector.appendLineBreak()
        #expect(collector.result == [.text("abcd\u{FFFD}"), .lineBreak, .text("e")])
    }
}

/// Text collapses the same whether it comes in one piece or several (cmark-gfm splits a
/// paragraph's text at its punctuation), through the copy-free path for text with nothing to
/// collapse and through the collapsing one.
@Suite struct InlineCollectorPiecesTests {
    static let texts = [
        "We collect data.", "  leading and trailing  ", "two  spaces", "tab\there", "line\nbreak\r\nend",
        "a\u{7}b\u{FFFE}c\u{FFFF}d\u{FFFD}e", "kana データ、full-width ＡＢ", "x", " ", "", "end ", " start",
        "no\u{A0}break", "a - b", "(a) b", "\u{7F}del",
    ]

    @Test func piecesCollapseAsTheWholeDoes() {
        for tidy in [false, true] {
            for text in Self.texts {
                var whole = InlineCollector(tidy: tidy)
                whole.append(text: "Before ")
                whole.append(text: text)
                whole.append(text: " after")
                for split in text.indices + [text.endIndex] {
                    var pieces = InlineCollector(tidy: tidy)
                    pieces.append(text: "Before ")
                    pieces.append(text: String(text[..<split]))
                    pieces.append(text: String(text[split...]))
                    pieces.append(text: " after")
                    #expect(pieces.result == whole.result, "\(text.debugDescription) split, tidy \(tidy)")
                }
            }
        }
        var collector = InlineCollector(tidy: true)
        collector.append(text: "We")
        collector.append(text: " collect ")
        collector.append(text: "data.")
        #expect(collector.result == [.text("We collect data.")])
    }
}

/// The pieces of a content's plain text, visited without joining them, are what `plainText()` joins.
@Suite struct PlainTextPiecesTests {
    @Test func piecesJoinToThePlainText() {
        let content: [Inline] = [
            .text("See "), .strong([.text("Cookies"), .emphasis([.text(" and tags")])]), .lineBreak,
            .link(href: "https://example.com", content: [.text("here")]), .noteReference(NoteID("n1")),
            .crossReference(ClauseID("cookies")), .term([.text("Data")]),
        ]
        var pieces: [String] = []
        #expect(content.forEachPlainTextPiece { pieces.append($0); return true })
        #expect(pieces.joined() == content.plainText())
        #expect(pieces == ["See ", "Cookies", " and tags", " ", "here", "cookies", "Data"])
        var first: [String] = []
        #expect(!content.forEachPlainTextPiece { first.append($0); return first.count < 2 })
        #expect(first == ["See ", "Cookies"])
    }
}
