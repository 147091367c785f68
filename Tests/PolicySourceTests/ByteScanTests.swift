import Testing

@testable import PolicySource

/// The byte scans that run before libxml2: each finds exactly the first offset, wherever it
/// falls against the eight-byte steps they take through ASCII.
@Suite struct ByteScanTests {
    @Test func theFirstInvalidUTF8ByteIsFoundAtEveryOffset() {
        for length in 0..<20 {
            let ascii = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            #expect(UTF8Validation.firstInvalidOffset(in: ascii) == nil)
            for offset in 0..<length {
                for bad: [UInt8] in [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0x80]] {
                    var bytes = ascii
                    bytes.replaceSubrange(offset..<min(offset + bad.count, length), with: bad)
                    #expect(UTF8Validation.firstInvalidOffset(in: bytes) == offset, "\(bad) at \(offset) of \(length)")
                }
                var valid = ascii
                valid.insert(contentsOf: [0xE2, 0x82, 0xAC], at: offset)  // €
                #expect(UTF8Validation.firstInvalidOffset(in: valid) == nil)
                valid.append(0x80)
                #expect(UTF8Validation.firstInvalidOffset(in: valid) == valid.count - 1)
            }
        }
    }

    @Test func theFirstEntityDeclarationIsFound() {
        let declaration = Array("<!ENTITY".utf8)
        #expect(EntityDeclarations.firstOffset(in: []) == nil)
        #expect(EntityDeclarations.firstOffset(in: Array("<!ENTIT".utf8)) == nil)
        #expect(EntityDeclarations.firstOffset(in: declaration) == 0)
        #expect(EntityDeclarations.firstOffset(in: Array("<<!ENTITY x <!ENTITY".utf8)) == 1)
        #expect(EntityDeclarations.firstOffset(in: Array("<!entity <!ENTITY".utf8)) == 9)
    }

    @Test func everyLineStartIsFound() {
        let source = SourceText(path: "p.xml", bytes: Array("\nab\n\ncd\n".utf8))
        #expect(source.location(offset: 0).line == 1)
        #expect(source.location(offset: 1).line == 2 && source.location(offset: 1).column == 1)
        #expect(source.location(offset: 3).line == 2 && source.location(offset: 3).column == 3)
        #expect(source.location(offset: 4).line == 3)
        #expect(source.location(offset: 6).line == 4 && source.location(offset: 6).column == 2)
        #expect(source.location(offset: 8).line == 5)
    }
}
