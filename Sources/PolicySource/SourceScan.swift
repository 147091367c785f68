/// What one pass over a source's bytes finds before libxml2 sees them: where every element's
/// start tag begins, where the nesting first goes too deep, and every character HTML forbids.
struct SourceScan {
    /// The deepest nesting allowed, counting the root element as level 1.
    static let maximumDepth = 257

    /// The byte offset of each element's `<`, in document order (the order libxml2 builds them,
    /// since entity declarations, the only other source of elements, are refused).
    var startTags: [Int] = []
    /// The offset of the first start tag nested deeper than `maximumDepth`, if any.
    var tooDeep: Int?
    /// Each character HTML forbids, written raw or as a character reference, outside comments
    /// and processing instructions: its offset and its code point.
    var forbidden: [(offset: Int, scalar: UInt32)] = []

    /// Whether HTML forbids a code point in a document: DEL, the C1 controls and the
    /// noncharacters (U+FDD0–U+FDEF and the last two code points of every plane).
    static func isForbidden(_ value: UInt32) -> Bool {
        (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
    }

    /// A code point as Unicode writes it: `U+0085`, `U+1FFFE`.
    static func name(of value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Scans valid UTF-8 `bytes`.
    /// - Complexity: O(n) in the number of bytes.
    static func scan(_ bytes: [UInt8]) -> SourceScan {
        var result = SourceScan()
        bytes.withUnsafeBufferPointer { result.scan($0) }
        return result
    }

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var depth = 0
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "<") {
                offset = markup(bytes, at: offset, depth: &depth)
            } else if byte == UInt8(ascii: "&") {
                characterReference(bytes, at: offset)
                offset += 1
            } else if byte >= 0x7F {
                offset = rawCharacter(bytes, at: offset)
            } else {
                offset += 1
            }
        }
    }

    /// Handles the markup that starts at `offset` and returns the offset after it.
    private mutating func markup(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, depth: inout Int) -> Int {
        let next = offset + 1 < bytes.count ? bytes[offset + 1] : 0
        if Self.starts(bytes, at: offset, with: "<!--") { return Self.skip(bytes, from: offset + 4, past: "-->") }
        if Self.starts(bytes, at: offset, with: "<![CDATA[") {
            // CDATA content is text: raw characters count, references do not.
            let end = Self.skip(bytes, from: offset + 9, past: "]]>")
            var inner = offset + 9
            while inner < end { inner = bytes[inner] >= 0x7F ? rawCharacter(bytes, at: inner) : inner + 1 }
            return end
        }
        if next == UInt8(ascii: "?") { return Self.skip(bytes, from: offset + 2, past: "?>") }
        if next == UInt8(ascii: "!") { return Self.skipDeclaration(bytes, from: offset + 2) }
        if next == UInt8(ascii: "/") {
            depth -= 1
            return offset + 2
        }
        startTags.append(offset)
        depth += 1
        if depth > Self.maximumDepth, tooDeep == nil { tooDeep = offset }
        // The rest of the tag: attribute values may hold references and raw characters, never `<`.
        var index = offset + 1
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                if bytes[index - 1] == UInt8(ascii: "/") { depth -= 1 }
                return index + 1
            } else if byte == UInt8(ascii: "<") {
                return index
            }
            if byte == UInt8(ascii: "&") { characterReference(bytes, at: index) }
            index = byte >= 0x7F ? rawCharacter(bytes, at: index) : index + 1
        }
        return index
    }

    /// Records a raw forbidden character at `offset` and returns the offset after the character.
    private mutating func rawCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard offset + length <= bytes.count else { return bytes.count }
        var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (length + 1))
        for index in offset + 1..<offset + length { value = value << 6 | UInt32(bytes[index] & 0x3F) }
        if Self.isForbidden(value) { forbidden.append((offset, value)) }
        return offset + length
    }

    /// Records a character reference (`&#133;`, `&#x85;`) at `offset` when it names a forbidden character.
    private mutating func characterReference(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        guard offset + 2 < bytes.count, bytes[offset + 1] == UInt8(ascii: "#") else { return }
        let hex = bytes[offset + 2] == UInt8(ascii: "x")
        var index = offset + (hex ? 3 : 2)
        var value: UInt32 = 0
        while index < bytes.count, index - offset < 16, let digit = Self.digit(bytes[index], hex: hex) {
            value = value * (hex ? 16 : 10) + digit
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: ";"), value <= 0x10FFFF else { return }
        if Self.isForbidden(value) { forbidden.append((offset, value)) }
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    static func starts(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        for index in 0..<count where bytes[offset + index] != text.utf8Start[index] { return false }
        return true
    }

    /// The offset after the first `terminator` at or after `offset`, or the end.
    static func skip(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, past terminator: StaticString) -> Int {
        var index = offset
        while index < bytes.count {
            if starts(bytes, at: index, with: terminator) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        return bytes.count
    }

    /// The offset after a `<!DOCTYPE …>` (its internal subset in brackets included).
    static func skipDeclaration(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
        var index = offset
        var brackets = 0
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                brackets += 1
            } else if byte == UInt8(ascii: "]") {
                brackets -= 1
            } else if byte == UInt8(ascii: ">"), brackets <= 0 {
                return index + 1
            }
            index += 1
        }
        return index
    }
}
