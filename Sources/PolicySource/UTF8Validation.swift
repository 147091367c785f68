import Foundation

/// Finds the first byte that breaks UTF-8, so the error can point at it.
enum UTF8Validation {
    /// The offset of the first invalid byte, or nil when all bytes form valid UTF-8.
    /// - Complexity: O(n).
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset(in: $0) }
    }

    private static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return nil }
        var offset = 0
        while offset < bytes.count {
            // Eight ASCII bytes at a time, the common case.
            while offset + 8 <= bytes.count,
                base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                offset += 8
            }
            guard offset < bytes.count else { break }
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
        return bytes.withUnsafeBytes { text in
            guard let base = text.baseAddress else { return nil }
            // Each `<` found by memchr, then compared whole.
            var offset = 0
            while offset + pattern.count <= text.count,
                let found = memchr(base + offset, Int32(pattern[0]), text.count - pattern.count + 1 - offset)
            {
                offset = base.distance(to: UnsafeRawPointer(found))
                if memcmp(found, pattern, pattern.count) == 0 { return offset }
                offset += 1
            }
            return nil
        }
    }
}
