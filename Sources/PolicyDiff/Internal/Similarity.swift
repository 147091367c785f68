import PolicyModel

/// Dice similarity of word multisets, within a budget of token work.
struct Similarity {
    private let old: UnitList
    private let new: UnitList
    /// Each unit's sorted multiset of interned token keys, made when first compared: revisions
    /// whose blocks all match by id never need them.
    private var oldBags: [[Int]?]
    private var newBags: [[Int]?]
    /// Keys compared by their bytes: similarity only counts shared words, so it can skip the
    /// Unicode normalization that `String` equality does, the bulk of the work on Japanese text.
    private var interned = ByteKeyInterner<String>(capacity: 1024)
    var budget: Int

    init(old: UnitList, new: UnitList, budget: Int) {
        self.old = old
        self.new = new
        oldBags = Array(repeating: nil, count: old.units.count)
        newBags = Array(repeating: nil, count: new.units.count)
        self.budget = budget
    }

    /// The unit's tokens as interned keys, sorted; a section is known by everything in it, not
    /// just its heading.
    private mutating func bag(_ list: UnitList, _ index: Int) -> [Int] {
        let unit = list.units[index]
        let range = unit.element == .section ? index...unit.lastDescendant : index...index
        var bag: [Int] = []
        for member in range {
            // Ideographs and kana are compared one by one in the word diff, but similarity counts
            // whole runs of them, as words: single characters are shared by unrelated sentences.
            let tokens = list.units[member].tokens
            var start = 0
            while start < tokens.count {
                var end = start + 1
                while end < tokens.count, tokens[end].continuesWord { end += 1 }
                if end == start + 1 {
                    bag.append(interned.number(tokens[start].key, hash: tokens[start].keyHash))
                } else {
                    let run = tokens[start..<end].reduce(into: "") { $0 += $1.key }
                    bag.append(interned.number(run, hash: ByteHash.hash(run).hash))
                }
                start = end
            }
        }
        return bag.sorted()
    }

    private mutating func oldBag(_ index: Int) -> [Int] {
        if let bag = oldBags[index] { return bag }
        let bag = bag(old, index)
        oldBags[index] = bag
        return bag
    }

    private mutating func newBag(_ index: Int) -> [Int] {
        if let bag = newBags[index] { return bag }
        let bag = bag(new, index)
        newBags[index] = bag
        return bag
    }

    /// Pairs above the threshold, best first, each unit used once; nothing when over budget.
    /// Among equally similar pairs, the one nearest where the old unit would stand in the new
    /// revision (`predicted`) wins, so repeated blocks pair in order, not crosswise.
    mutating func match(_ olds: [Int], _ news: [Int], predicted: [Int]) -> [(Int, Int)] {
        guard !olds.isEmpty, !news.isEmpty else { return [] }
        let oldSize = olds.reduce(0) { $0 + size(old, $1) + 1 }
        let newSize = news.reduce(0) { $0 + size(new, $1) + 1 }
        let cost = oldSize * news.count + newSize * olds.count
        guard cost <= budget else { return [] }
        budget -= cost
        let oldBags = olds.map { oldBag($0) }
        let newBags = news.map { newBag($0) }
        var candidates: [(score: Double, distance: Int, old: Int, new: Int)] = []
        for (o, oldBag) in zip(olds, oldBags) {
            for (n, newBag) in zip(news, newBags) {
                let score = dice(oldBag, newBag)
                if score >= Alignment.threshold { candidates.append((score, abs(predicted[o] - n), o, n)) }
            }
        }
        candidates.sort { ($1.score, $0.distance, $0.old, $0.new) < ($0.score, $1.distance, $1.old, $1.new) }
        var usedOld: Set<Int> = []
        var usedNew: Set<Int> = []
        var result: [(Int, Int)] = []
        for candidate in candidates where !usedOld.contains(candidate.old) && !usedNew.contains(candidate.new) {
            usedOld.insert(candidate.old)
            usedNew.insert(candidate.new)
            result.append((candidate.old, candidate.new))
        }
        return result
    }

    /// How many tokens a unit's bag holds, without making it.
    private func size(_ list: UnitList, _ index: Int) -> Int {
        let unit = list.units[index]
        let range = unit.element == .section ? index...unit.lastDescendant : index...index
        return range.reduce(0) { $0 + list.units[$1].tokens.count }
    }

    /// Twice the shared elements over the total, for sorted multisets; 1 for two empty ones.
    ///
    /// - Complexity: O(a + b).
    func dice(_ a: [Int], _ b: [Int]) -> Double {
        let total = a.count + b.count
        guard total > 0 else { return 1 }
        guard Double(2 * min(a.count, b.count)) / Double(total) >= Alignment.threshold else { return 0 }
        return Double(2 * SortedMultiset.sharedCount(a, b)) / Double(total)
    }
}
