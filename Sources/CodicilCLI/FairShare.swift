/// Sharing a length budget among parts of a document so that small parts stay whole and large
/// ones are cut to an equal share.
enum FairShare {
    /// Each part's share of `budget`: its whole size when every part up to that size fits, or
    /// the largest equal cap `T` with `sum(min(size, T)) <= budget` (water-filling).
    /// - Complexity: O(*n* log *m*) for *n* parts of at most *m* characters.
    static func allocate(_ budget: Int, among sizes: [Int]) -> [Int] {
        guard budget > 0 else { return sizes.map { _ in 0 } }
        if sizes.reduce(0, +) <= budget { return sizes }
        var (low, high) = (0, sizes.max() ?? 0)
        while low < high {
            let cap = (low + high + 1) / 2
            if sizes.reduce(0, { $0 + min($1, cap) }) <= budget { low = cap } else { high = cap - 1 }
        }
        return sizes.map { min($0, low) }
    }

    /// The largest `k` in `0...count` for which `fits(k)` holds, when `fits` holds up to some
    /// point and not after it; 0 when it never holds.
    /// - Complexity: O(log *count*) calls of `fits`.
    static func longestPrefix(_ count: Int, fits: (Int) -> Bool) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high + 1) / 2
            if fits(middle) { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
