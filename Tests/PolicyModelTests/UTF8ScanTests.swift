import PolicyModel
import Testing

@Suite("Scanning a string's UTF-8 bytes")
struct UTF8ScanTests {
    @Test("containsUTF8Byte finds a byte anywhere, in ASCII and non-ASCII text, and nothing in empty text")
    func scan() {
        let isAmpersand: (UInt8) -> Bool = { $0 == 0x26 }
        #expect("Fuji Xerox & partners".containsUTF8Byte(where: isAmpersand))
        #expect("個人データ&".containsUTF8Byte(where: isAmpersand))
        #expect(!"個人データ, Firefox".containsUTF8Byte(where: isAmpersand))
        #expect(!"".containsUTF8Byte(where: isAmpersand))
        // The lead byte of "é" (0xC3) is a byte of the text, not a character of it.
        #expect("café".containsUTF8Byte(where: { $0 == 0xC3 }))
    }
}
