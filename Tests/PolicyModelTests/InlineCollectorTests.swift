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
