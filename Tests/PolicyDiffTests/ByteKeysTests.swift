@testable import PolicyDiff
import Testing

@Suite("Token keys read and numbered by their bytes")
struct ByteKeysTests {
    @Test("Every scalar decodes from its UTF-8 bytes to itself, with its length")
    func decodesEveryScalar() {
        let wrong = TokenClassTests.allScalars.filter { scalar in
            let bytes = Array(String(scalar).utf8)
            let decoded = bytes.withUnsafeBufferPointer { UTF8Scalars.scalar(in: $0, at: 0) }
            return decoded.scalar != scalar || decoded.length != bytes.count
        }
        #expect(wrong.map { String($0.value, radix: 16) } == [])
    }

    @Test("Equal bytes get one number, in order of first appearance; canonically equal text with other bytes does not")
    func numbersByBytes() {
        var interner = ByteKeyInterner<String>(capacity: 2)
        let keys = ["données", "donne\u{301}es", "données", "a", "b", "a"]
        let numbers = keys.map { interner.number($0, hash: ByteHash.hash($0).hash) }
        #expect(numbers == [0, 1, 0, 2, 3, 2])
        #expect(interner.count == 4)
    }

    @Test("Keys whose hashes collide are still told apart by their bytes")
    func collidingHashes() {
        var interner = ByteKeyInterner<String>()
        let numbers = (0..<500).map { interner.number("key \($0)", hash: 42) }
        #expect(numbers == Array(0..<500))
        #expect(interner.number("key 250", hash: 42) == 250)
    }

    @Test("The hash says whether the key is ASCII")
    func asciiFlag() {
        #expect(ByteHash.hash("policy").isASCII)
        #expect(!ByteHash.hash("個人").isASCII)
        #expect(ByteHash.hash("policy").hash != ByteHash.hash("Policy").hash)
    }
}
