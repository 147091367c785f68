/// A 64-bit hash of a string's UTF-8 bytes (FNV-1a), computed once per token so that every
/// table the diff keys by token text compares integers first.
enum ByteHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of the string's bytes, and whether they are all ASCII.
    static func hash(_ text: String) -> (hash: UInt64, isASCII: Bool) {
        var text = text
        return text.withUTF8 { bytes in
            var hash = seed
            var high: UInt8 = 0
            for byte in bytes {
                hash = add(byte, to: hash)
                high |= byte
            }
            return (hash, high < 0x80)
        }
    }

    /// The hash continued over one more byte.
    @inline(__always)
    static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// True when the two strings hold the same bytes (not merely canonically equivalent text).
    static func sameBytes(_ left: String, _ right: String) -> Bool {
        guard left.utf8.count == right.utf8.count else { return false }
        var (left, right) = (left, right)
        return left.withUTF8 { left in
            right.withUTF8 { right in
                // Eight bytes at a time, then the rest one by one.
                guard let a = UnsafeRawPointer(left.baseAddress), let b = UnsafeRawPointer(right.baseAddress) else {
                    return true
                }
                var offset = 0
                while offset + 8 <= left.count {
                    guard a.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        == b.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    else { return false }
                    offset += 8
                }
                while offset < left.count {
                    guard left[offset] == right[offset] else { return false }
                    offset += 1
                }
                return true
            }
        }
    }
}

/// Decoding one scalar of well-formed UTF-8 (a Swift string's bytes), ASCII without branching further.
enum UTF8Scalars {
    /// The scalar that starts at `index`, and how many bytes it takes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[index])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset]) & 0x3F }
        let value: UInt32
        let length: Int
        if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | continuation(1), 2)
        } else if lead < 0xF0 {
            (value, length) = ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        } else {
            (value, length) = ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        // Well-formed UTF-8 never decodes to a surrogate or past U+10FFFF.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

/// Something compared by its UTF-8 bytes.
protocol ByteComparable {
    /// True when both hold the same bytes.
    func sameBytes(as other: Self) -> Bool
}

extension String: ByteComparable {
    func sameBytes(as other: String) -> Bool { ByteHash.sameBytes(self, other) }
}

extension [UInt8]: ByteComparable {
    func sameBytes(as other: [UInt8]) -> Bool { self == other }
}

/// Numbers keys by their bytes, given their `ByteHash`: equal bytes, equal numbers, counted from
/// 0 in order of first appearance.
///
/// - Complexity: O(1) expected per key, plus one byte comparison when the key is already known.
struct ByteKeyInterner<Key: ByteComparable> {
    private var slots: [Int32]
    private var hashes: [UInt64] = []
    private var keys: [Key] = []

    /// An interner sized for about `capacity` distinct keys.
    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: -1, count: size)
    }

    /// How many distinct keys it holds.
    var count: Int { keys.count }

    /// The number of `key`, whose hash is `hash`; a new one when the bytes are new.
    mutating func number(_ key: Key, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 7) & mask
        while slots[slot] >= 0 {
            let found = Int(slots[slot])
            if hashes[found] == hash, keys[found].sameBytes(as: key) { return found }
            slot = (slot + 1) & mask
        }
        let number = keys.count
        slots[slot] = Int32(number)
        hashes.append(hash)
        keys.append(key)
        if keys.count * 2 > slots.count { grow() }
        return number
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash >> 7) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
