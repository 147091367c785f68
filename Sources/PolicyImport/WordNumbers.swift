import Foundation

/// Numbers given to words (and to keys made of words), one per distinct string, so that a
/// text's words are held and compared as a sorted array of integers, and keys as integers: each
/// string is hashed once, where it is read. ASCII strings are found by their bytes, others as
/// strings, which compare canonically: a lower-cased word or key (`TextKeys`) in ASCII is equal
/// as a string only to the same bytes (the Kelvin sign, the one letter equal to an ASCII one,
/// lower-cases to `k`).
struct WordNumbers {
    private var strings: [String: Int] = [:]
    private var ascii = ByteTable()
    private var count = 0

    /// The string's number; a string not seen before gets the next one.
    mutating func number(of string: String) -> Int {
        var bytes = string
        return bytes.withUTF8 { number(ofWord: $0, as: string) }
    }

    /// The number of a word given as UTF-8 bytes.
    mutating func number(ofWord bytes: UnsafeBufferPointer<UInt8>) -> Int { number(ofWord: bytes, as: nil) }

    /// The numbers without repeats, ascending: a word set.
    /// - Complexity: O(*k* log *k*) for *k* numbers.
    static func distinct(_ numbers: [Int]) -> [Int] {
        var result = numbers.sorted()
        var kept = 0
        for index in result.indices where index == 0 || result[index] != result[kept - 1] {
            result[kept] = result[index]
            kept += 1
        }
        result.removeLast(result.count - kept)
        return result
    }

    private mutating func number(ofWord bytes: UnsafeBufferPointer<UInt8>, as string: String?) -> Int {
        if bytes.allSatisfy({ $0 < 0x80 }) {
            let number = ascii.number(of: bytes, next: count)
            if number == count { count += 1 }
            return number
        }
        let key = string ?? String(decoding: bytes, as: UTF8.self)
        if let number = strings[key] { return number }
        strings[key] = count
        count += 1
        return count - 1
    }
}

/// An open-addressing hash table from byte strings to numbers, the bytes kept back to back.
private struct ByteTable {
    private var bytes: [UInt8] = []
    /// Entry *i* is `bytes[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]
    private var numbers: [Int] = []
    private var hashes: [UInt64] = []
    /// Entry indices, -1 where empty; the count is a power of two, at least twice the entries.
    private var slots: [Int32] = []

    /// The number of `key`, or `next` (then given to it) when it is not in the table.
    mutating func number(of key: UnsafeBufferPointer<UInt8>, next: Int) -> Int {
        if 2 * (numbers.count + 1) > slots.count { grow() }
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let entry = Int(slots[slot])
            if hashes[entry] == hash, starts[entry + 1] - starts[entry] == key.count,
                key.isEmpty
                    || bytes.withUnsafeBufferPointer({
                        memcmp($0.baseAddress! + starts[entry], key.baseAddress!, key.count) == 0
                    })
            {
                return numbers[entry]
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(numbers.count)
        bytes.append(contentsOf: key)
        starts.append(bytes.count)
        numbers.append(next)
        hashes.append(hash)
        return next
    }

    private mutating func grow() {
        var resized = Array(repeating: Int32(-1), count: max(64, 2 * slots.count))
        let mask = resized.count - 1
        for (entry, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while resized[slot] >= 0 { slot = (slot + 1) & mask }
            resized[slot] = Int32(entry)
        }
        slots = resized
    }

    /// FNV-1a, then mixed so that the low bits depend on every byte.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash ^ (hash >> 29)
    }
}
