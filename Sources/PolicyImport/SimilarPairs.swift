import PolicyModel

/// Finds the pairs of word sets, one new and one old, whose Jaccard similarity reaches a
/// threshold, without comparing every new set with every old one.
///
/// Prefix filtering (Chaudhuri et al., Bayardo et al.): with the words of every set ordered
/// rarest first (any one order of all words finds the same pairs), two sets with similarity at least *t* share a word among the first
/// `size - ⌈t · size⌉ + 1` words of each. Only old sets sharing such a word with a new set are
/// compared, and each comparison computes the same score the plain all-pairs loop did, so the
/// pairs found are exactly those.
enum SimilarPairs {
    /// Every `(score, newIndex, oldIndex)` with `score = |a ∩ b| / |a ∪ b| >= threshold`, for the
    /// new sets and old sets `include` admits; `threshold` must be above zero. A set is its words'
    /// numbers (`WordNumbers`), distinct and ascending.
    /// - Complexity: O(*w* log *w* + *c*·*s*) for *w* words in all sets, *c* candidate pairs
    ///   that share a rare word near the front of both, and *s* words per set; *c* is near
    ///   linear for texts, and at worst (every set alike) the number of pairs.
    static func find(
        new: [[Int]], old: [[Int]], threshold: Double, includeNew: (Int) -> Bool,
        includeOld: (Int) -> Bool
    ) -> [(Double, Int, Int)] {
        precondition(threshold > 0, "a threshold of zero pairs sets that share no word")
        let newIndices = new.indices.filter { includeNew($0) && !new[$0].isEmpty }
        let oldIndices = old.indices.filter { includeOld($0) && !old[$0].isEmpty }
        guard !newIndices.isEmpty, !oldIndices.isEmpty else { return [] }
        let ranks = rarestFirst(newIndices.map { new[$0] } + oldIndices.map { old[$0] })
        func ranked(_ words: [Int]) -> [Int] { words.map { ranks[$0] }.sorted() }
        var postings: [[Int]] = Array(repeating: [], count: ranks.count)
        var oldRanked: [Int: [Int]] = [:]
        for index in oldIndices {
            let words = ranked(old[index])
            oldRanked[index] = words
            for rank in words.prefix(prefixLength(words.count, threshold)) { postings[rank].append(index) }
        }
        var pairs: [(Double, Int, Int)] = []
        var lastSeen: [Int: Int] = [:]
        for index in newIndices {
            let words = ranked(new[index])
            for rank in words.prefix(prefixLength(words.count, threshold)) {
                for oldIndex in postings[rank] where lastSeen[oldIndex] != index {
                    lastSeen[oldIndex] = index
                    let other = oldRanked[oldIndex]!
                    // No pair of sizes a ≤ b can score above a / b.
                    let sizes = (Double(min(words.count, other.count)), Double(max(words.count, other.count)))
                    guard sizes.0 / sizes.1 >= threshold else { continue }
                    let shared = SortedMultiset.sharedCount(words, other)
                    let score = Double(shared) / Double(max(words.count + other.count - shared, 1))
                    if score >= threshold { pairs.append((score, index, oldIndex)) }
                }
            }
        }
        return pairs
    }

    /// Each word's rank, by its number: rarer words first, ties by number, so prefixes hold rare
    /// words (numbers in no set rank first, and are never looked up).
    private static func rarestFirst(_ sets: [[Int]]) -> [Int] {
        let size = 1 + (sets.lazy.compactMap(\.last).max() ?? -1)
        var counts = Array(repeating: 0, count: size)
        for set in sets { for word in set { counts[word] += 1 } }
        let order = counts.indices.sorted { (counts[$0], $0) < (counts[$1], $1) }
        var ranks = Array(repeating: 0, count: size)
        for (rank, word) in order.enumerated() { ranks[word] = rank }
        return ranks
    }

    /// How many of a set's first words must be indexed so that any set similar enough shares one.
    private static func prefixLength(_ size: Int, _ threshold: Double) -> Int {
        // Rounding the needed overlap down (never up) can only lengthen the prefix: no pair is missed.
        let overlap = max(Int((threshold * Double(size) - 1e-9).rounded(.up)), 1)
        return min(size - overlap + 1, size)
    }
}
