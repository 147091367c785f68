/// Myers' O(ND) greedy shortest edit script, giving up past a maximum edit distance.
enum Myers {
    /// An edit script and its edit distance.
    struct Script {
        var edits: [SequenceDiff.Edit]
        var distance: Int
    }

    /// The shortest edit script from `a` to `b`, or nil when it needs more than `maximumD` edits.
    ///
    /// - Complexity: O((N+M)·D) time and O(D²) memory for the trace, D ≤ `maximumD`.
    static func script(_ a: [Int], _ b: [Int], maximumD: Int) -> Script? {
        let n = a.count
        let m = b.count
        let offset = maximumD + 1
        var v = [Int](repeating: 0, count: 2 * maximumD + 3)
        var trace: [[Int]] = []
        for d in 0...maximumD {
            trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                var x =
                    (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
                    ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m {
                    return Script(edits: backtrack(trace, n: n, m: m), distance: d)
                }
            }
        }
        return nil
    }

    /// Walks the saved frontiers back from the end; `trace[d]` holds diagonals -d-1...d+1 before step d.
    private static func backtrack(_ trace: [[Int]], n: Int, m: Int) -> [SequenceDiff.Edit] {
        var edits: [SequenceDiff.Edit] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, to: 0, by: -1) {
            let v = trace[d]
            func at(_ k: Int) -> Int { v[k + d + 1] }
            let k = x - y
            let down = k == -d || (k != d && at(k - 1) < at(k + 1))
            let previousK = down ? k + 1 : k - 1
            let previousX = at(previousK)
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                edits.append(.equal)
                x -= 1
                y -= 1
            }
            edits.append(down ? .insert : .delete)
            x = previousX
            y = previousY
        }
        edits.append(contentsOf: repeatElement(.equal, count: x))
        return edits.reversed()
    }
}

/// Patience anchors: elements that occur exactly once on each side, kept in a longest increasing run.
enum Patience {
    /// Index pairs `(i, j)` with `a[i] == b[j]`, each value unique in both, increasing in both.
    ///
    /// - Complexity: O((N+M)·log(N+M)).
    static func anchors(_ a: ArraySlice<Int>, _ b: ArraySlice<Int>) -> [(Int, Int)] {
        var countA: [Int: Int] = [:]
        var countB: [Int: (count: Int, index: Int)] = [:]
        for value in a { countA[value, default: 0] += 1 }
        for index in b.indices {
            let entry = countB[b[index]]
            countB[b[index]] = (entry.map { $0.count + 1 } ?? 1, index)
        }
        var pairs: [(Int, Int)] = []
        for index in a.indices where countA[a[index]] == 1 {
            if let entry = countB[a[index]], entry.count == 1 { pairs.append((index, entry.index)) }
        }
        return longestIncreasing(pairs)
    }

    /// The longest run of pairs whose second members increase, keeping the first-found on ties.
    ///
    /// - Complexity: O(K·log K) for K pairs.
    static func longestIncreasing(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        var tails: [Int] = []
        var previous = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[tails[middle]].1 < pair.1 { low = middle + 1 } else { high = middle }
            }
            if low > 0 { previous[index] = tails[low - 1] }
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var result: [(Int, Int)] = []
        var cursor = tails.last ?? -1
        while cursor >= 0 {
            result.append(pairs[cursor])
            cursor = previous[cursor]
        }
        return result.reversed()
    }
}
