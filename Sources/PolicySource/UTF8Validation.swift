/// Finds the first byte that breaks UTF-8, so the error can point at it.
enum UTF8Validation {
    /// The offset of the first invalid byte, or nil when all bytes form valid UTF-8.
    /// - Complexity: O(n).
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            let length: Int
            var minimum: UInt32
            switch lead {
            case 0x00...0x7F:
                offset += 1
                continue
            case 0xC2...0xDF: (length, minimum) = (2, 0x80)
            case 0xE0...0xEF: (length, minimum) = (3, 0x800)
            case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
            default: return offset
            }
            guard offset + length <= bytes.count else { return offset }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for index in 1..<length {
                let byte = bytes[offset + index]
                guard byte & 0xC0 == 0x80 else { return offset }
                scalar = scalar << 6 | UInt32(byte & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return offset }
            offset += length
            minimum = 0
        }
        return nil
    }
}

/// Finds entity declarations before libxml2 ever sees them.
enum EntityDeclarations {
    /// The offset of the first `<!ENTITY`, or nil when the text declares none.
    static func firstOffset(in bytes: [UInt8]) -> Int? {
        let pattern = Array("<!ENTITY".utf8)
        guard bytes.count >= pattern.count else { return nil }
        for offset in 0...(bytes.count - pattern.count) where bytes[offset] == pattern[0] {
            if bytes[offset..<offset + pattern.count].elementsEqual(pattern) { return offset }
        }
        return nil
    }
}
