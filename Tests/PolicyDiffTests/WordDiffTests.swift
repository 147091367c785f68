@testable import PolicyDiff
import PolicyModel
import Testing

@Suite("Word diff")
struct WordDiffTests {
    @Test("Equal texts give one equal segment, whatever the whitespace")
    func equal() {
        let diff = WordDiff(old: "a  b\n\tc\u{00A0}d", new: " a b c d ")
        #expect(diff.segments == [WordSegment(.equal, "a b c d")])
        #expect(!diff.hasChanges)
    }

    @Test("A replaced word is a deletion then an insertion, spaces outside the segments")
    func replacement() {
        let diff = WordDiff(old: "the quick fox", new: "the slow fox")
        #expect(
            diff.segments == [
                WordSegment(.equal, "the"), WordSegment(.deleted, "quick", spaceBefore: true),
                WordSegment(.inserted, "slow", spaceBefore: true), WordSegment(.equal, "fox", spaceBefore: true),
            ])
        #expect(diff.wordsInserted == 1 && diff.wordsDeleted == 1)
    }

    @Test("Punctuation is its own token, so a changed comma does not change the word before it")
    func punctuation() {
        let diff = WordDiff(old: "consent,", new: "consent;")
        #expect(diff.segments == [WordSegment(.equal, "consent"), WordSegment(.deleted, ","), WordSegment(.inserted, ";")])
        #expect(diff.wordsInserted == 0 && diff.wordsDeleted == 0)
    }

    @Test("Myers finds a shortest edit script")
    func shortest() {
        let a = Array("ABCABBA").map { Int($0.asciiValue!) }
        let b = Array("CBABAC").map { Int($0.asciiValue!) }
        let edits = SequenceDiff.edits(a, b)
        #expect(edits.count { $0 != .equal } == 5)
        let sides = SequenceDiff.sides(of: edits, old: a, new: b)
        #expect(sides.old == a && sides.new == b)
    }

    @Test("Applying the segments gives back both texts, for many random edits", arguments: 0..<200)
    func reconstruction(seed: Int) {
        var random = SplitMix(seed: UInt64(seed))
        let words = ["a", "b", "c", "policy", "data", ",", ".", "(x)", "the"]
        let old = (0..<random.next(below: 40)).map { _ in words[random.next(below: words.count)] }
        var new = old
        for _ in 0..<random.next(below: 8) {
            let position = random.next(below: new.count + 1)
            switch random.next(below: 3) {
            case 0: new.insert(words[random.next(below: words.count)], at: position)
            case 1 where position < new.count: new.remove(at: position)
            default: if position < new.count { new[position] = words[random.next(below: words.count)] }
            }
        }
        let oldText = old.joined(separator: " ")
        let newText = new.joined(separator: " ")
        let diff = WordDiff(old: oldText, new: newText)
        #expect(Tokenizer.tokens(diff.segments.side(.deleted)).map(\.text) == Tokenizer.tokens(oldText).map(\.text))
        #expect(Tokenizer.tokens(diff.segments.side(.inserted)).map(\.text) == Tokenizer.tokens(newText).map(\.text))
        #expect(diff.segments.side(.deleted) == Tokenizer.text(Tokenizer.tokens(oldText)))
        #expect(diff.hasChanges == (Tokenizer.tokens(oldText).map(\.text) != Tokenizer.tokens(newText).map(\.text)))
    }

    @Test("Over budget, the diff falls back to anchors and stays correct")
    func fallback() {
        var random = SplitMix(seed: 7)
        let a = (0..<20_000).map { _ in random.next(below: 5_000) }
        let b = (0..<20_000).map { _ in random.next(below: 5_000) }
        let edits = SequenceDiff.edits(a, b, budget: 10_000)
        let sides = SequenceDiff.sides(of: edits, old: a, new: b)
        #expect(sides.old == a && sides.new == b)
    }

    @Test("Emphasis and link target changes on equal words are reported as markup")
    func markup() {
        let old: [PolicyModel.Inline] = [.text("see "), .link(href: "http://a.example", content: [.text("the site")])]
        let new: [PolicyModel.Inline] = [.text("see "), .link(href: "https://b.example", content: [.text("the site")])]
        let diff = WordDiff(old: old, new: new, oldNames: ReferenceNames(), newNames: ReferenceNames())
        #expect(diff.segments == [WordSegment(.equal, "see the site")])
        #expect(
            diff.markup == [
                MarkupChange(
                    text: "the site", old: [Mark(.link, href: "http://a.example")],
                    new: [Mark(.link, href: "https://b.example")])
            ])
        #expect(diff.hasChanges)
    }
}

/// A small deterministic random number generator, so property tests repeat exactly.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }
}

extension [WordSegment] {
    /// One side of a diff, rebuilt: equal segments with the deleted (old) or inserted (new) ones,
    /// a space wherever a segment says so except at the very start.
    func side(_ keep: WordSegment.Kind) -> String {
        var result = ""
        for segment in self where segment.kind == .equal || segment.kind == keep {
            if segment.spaceBefore, !result.isEmpty { result += " " }
            result += segment.text
        }
        return result
    }
}
