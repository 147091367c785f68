import Foundation

/// Finds fixed strings in text by comparing its UTF-8 bytes, without breaking it into characters:
/// a cheap test of whether a line can hold what a regular expression looks for.
struct ByteSearch: Sendable {
    private let needles: [[UInt8]]
    /// For each byte, whether a string starts with it.
    private let starts: [Bool]
    /// For each byte, whether it may follow a string found; all may when none is given.
    private let follows: [Bool]
    /// True when a string found must be followed by a byte (`followedBy` was given).
    private let needsFollower: Bool

    /// A search for any of the given (non-empty) strings, found only where one of `followedBy`
    /// (ASCII) comes right after it, when given.
    init(anyOf needles: [String], followedBy: String? = nil) {
        self.needles = needles.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var starts = Array(repeating: false, count: 256)
        for needle in self.needles { starts[Int(needle[0])] = true }
        self.starts = starts
        var follows = Array(repeating: followedBy == nil, count: 256)
        for byte in followedBy?.utf8 ?? "".utf8 { follows[Int(byte)] = true }
        self.follows = follows
        needsFollower = followedBy != nil
    }

    /// True when the text holds one of the strings (followed as asked).
    /// - Complexity: O(*n*) for *n* bytes of text, plus O(*k*·*m*) at each byte that starts one
    ///   of *k* strings of *m* bytes.
    func isFound(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in starts.withUnsafeBufferPointer { starts in
            for index in bytes.indices where starts[Int(bytes[index])] {
                for needle in needles where needle.count <= bytes.count - index {
                    var matched = 0
                    while matched < needle.count, bytes[index + matched] == needle[matched] { matched += 1 }
                    guard matched == needle.count else { continue }
                    let end = index + matched
                    if end < bytes.count ? follows[Int(bytes[end])] : !needsFollower { return true }
                }
            }
            return false
        } }
    }

    /// Where `needle` first occurs in `bytes` at or after `from`.
    /// - Complexity: O(*n*·*m*) at worst for *n* bytes and a needle of *m*; near O(*n*) for text.
    static func firstIndex(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = needle.first else { return from <= bytes.count ? from : nil }
        guard needle.count <= bytes.count else { return nil }
        var index = from
        while index <= bytes.count - needle.count {
            // The first byte found by memchr, the rest compared where it is.
            guard let found = firstIndex(of: first, in: bytes, from: index), found <= bytes.count - needle.count
            else { return nil }
            var matched = 1
            while matched < needle.count, bytes[found + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return found }
            index = found + 1
        }
        return nil
    }

    /// Where `byte` first occurs in `bytes` at or after `from` (memchr).
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < bytes.count, let base = bytes.baseAddress,
            let found = memchr(base + from, Int32(byte), bytes.count - from)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
