import Foundation
import PolicyModel
import Testing

@testable import PolicyImport

/// `import --like` on long documents: the similarity search finds the same pairs as comparing
/// every clause with every other, and a 5,000-section revision aligns in seconds.
@Suite struct AlignmentScaleTests {
    /// A made-up word for a number: base-26 letters, so every number has its own word.
    static func word(_ number: Int) -> String {
        var value = number
        var letters = ""
        repeat {
            letters.append(Character(UnicodeScalar(UInt8(97 + value % 26))))
            value /= 26
        } while value > 0
        return "w" + letters
    }

    /// Markdown with `count` sections, each a heading and a paragraph of words of its own.
    static func document(sections count: Int, edited: (Int) -> Bool = { _ in false }) -> String {
        var lines = ["# Privacy policy", "", "This policy explains what we collect.", ""]
        for index in 0..<count {
            let heading = "Topic \(word(index * 3)) \(word(index * 3 + 1))" + (edited(index) ? " revised" : "")
            let body = (0..<12).map { word(index * 12 + $0 + 100_000) }.joined(separator: " ")
            lines += ["## \(heading)", "", "We use \(body) for the service.", ""]
        }
        return lines.joined(separator: "\n")
    }

    @Test("the pruned similarity search finds exactly the pairs of the all-pairs comparison")
    func similarPairsMatchAllPairs() {
        var generator = SeededGenerator(state: 7)
        for round in 0..<40 {
            let vocabulary = 4 + round % 30
            func randomSet() -> Set<String> {
                let size = Int.random(in: 0...8, using: &generator)
                return Set((0..<size).map { _ in "v\(Int.random(in: 0..<vocabulary, using: &generator))" })
            }
            let new = (0..<30).map { _ in randomSet() }
            let old = (0..<30).map { _ in randomSet() }
            let threshold = [0.5, 0.34, 0.7, 1.0][round % 4]
            var expected: [(Double, Int, Int)] = []
            for (index, words) in new.enumerated() where index % 5 != 0 && !words.isEmpty {
                for (oldIndex, other) in old.enumerated() where oldIndex % 7 != 0 {
                    let union = words.union(other).count
                    let score = Double(words.intersection(other).count) / Double(max(union, 1))
                    if score >= threshold { expected.append((score, index, oldIndex)) }
                }
            }
            var numbers = WordNumbers()
            let found = SimilarPairs.find(
                new: new.map { WordNumbers.distinct($0.map { numbers.number(of: $0) }) },
                old: old.map { WordNumbers.distinct($0.map { numbers.number(of: $0) }) },
                threshold: threshold, includeNew: { $0 % 5 != 0 }, includeOld: { $0 % 7 != 0 })
            let key = { (pair: (Double, Int, Int)) in "\(pair.1)-\(pair.2)-\(pair.0)" }
            #expect(found.map(key).sorted() == expected.map(key).sorted(), "round \(round)")
        }
    }

    @Test("a 5,000-section revision imported like a 5,000-section previous one keeps the matching ids, in seconds")
    func fiveThousandSections() throws {
        let options = ImportOptions(policyID: "example", effective: PolicyDate("2024-03-01")!)
        let previous = PolicyImporter.importDocument(
            Self.document(sections: 5000), format: .markdown, path: "old.md", options: options)
        let oldIDs = previous.policy.sections.map(\.id)
        #expect(oldIDs.count == 5000)
        // Every other heading reworded: its id must come from the similar body, not the heading.
        let text = Self.document(sections: 5000, edited: { $0 % 2 == 0 })
        let like = ImportOptions(policyID: "example", effective: PolicyDate("2024-04-01")!, like: previous.policy)
        let started = ContinuousClock.now
        let next = PolicyImporter.importDocument(text, format: .markdown, path: "new.md", options: like)
        let elapsed = ContinuousClock.now - started
        #expect(elapsed < .seconds(10), "took \(elapsed)")
        #expect(next.policy.sections.map(\.id) == oldIDs)
        #expect(next.policy.sections[4].heading.plainText().hasSuffix("revised"))
    }
}

/// A small seeded generator (SplitMix64), so a failing round can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Words numbered once each, so that word sets compare as sorted integers.
@Suite struct WordNumbersTests {
    @Test("a word has one number, found by its bytes or as a string; sets are distinct and ascending")
    func numbers() {
        var numbers = WordNumbers()
        func set(_ words: [String]) -> [Int] { WordNumbers.distinct(words.map { numbers.number(of: $0) }) }
        #expect(set(["b", "a", "b", "c"]) == [0, 1, 2])
        #expect(set(["c", "d", "a", "c"]) == [1, 2, 3])
        #expect(set([]) == [])
        // ASCII by bytes, others as strings, which compare canonically: é and e + U+0301 are one.
        #expect(set(["\u{E9}cole", "e\u{301}cole", "ecole"]) == [4, 5])
        let bytes = Array("d".utf8)
        #expect(bytes.withUnsafeBufferPointer { numbers.number(ofWord: $0) } == 3)
        // Enough words that the table grows, each keeping its number.
        let many = (0..<5000).map { "w\($0)" }
        let first = many.map { numbers.number(of: $0) }
        #expect(many.map { numbers.number(of: $0) } == first)
        #expect(Set(first).count == 5000)
    }
}
