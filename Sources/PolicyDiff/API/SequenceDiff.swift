/// A shortest-edit-script diff over sequences of integers (interned tokens), with a bounded worst case.
public enum SequenceDiff {
    /// One step of an edit script: keep an element of both, delete one of the old, insert one of the new.
    public enum Edit: Sendable, Equatable {
        case equal
        case delete
        case insert
    }

    /// The default amount of Myers work (cells of the edit graph explored) one diff may spend.
    public static let defaultBudget = 4_000_000

    /// The edit script turning `old` into `new`: minimal (Myers) while the work fits the budget,
    /// else anchored on tokens unique to both sides (patience) with Myers between the anchors,
    /// and plain delete-then-insert where even that would cost too much.
    ///
    /// - Complexity: O((N+M)·D) for an edit distance D ≤ 1024 within `budget`; otherwise
    ///   O((N+M)·log(N+M)) per patience level (at most 8 levels) plus at most `budget` Myers
    ///   work in all, so two unrelated inputs never cost O(N·M).
    public static func edits(_ old: [Int], _ new: [Int], budget: Int = defaultBudget) -> [Edit] {
        var remaining = budget
        var result: [Edit] = []
        result.reserveCapacity(max(old.count, new.count))
        diff(old[...], new[...], depth: 0, budget: &remaining, into: &result)
        return result
    }

    private static func diff(
        _ a: ArraySlice<Int>, _ b: ArraySlice<Int>, depth: Int, budget: inout Int, into result: inout [Edit]
    ) {
        var a = a
        var b = b
        var prefix = 0
        while let x = a.first, let y = b.first, x == y {
            a.removeFirst()
            b.removeFirst()
            prefix += 1
        }
        var suffix = 0
        while let x = a.last, let y = b.last, x == y {
            a.removeLast()
            b.removeLast()
            suffix += 1
        }
        result.append(contentsOf: repeatElement(.equal, count: prefix))
        defer { result.append(contentsOf: repeatElement(.equal, count: suffix)) }
        if a.isEmpty || b.isEmpty {
            result.append(contentsOf: repeatElement(.delete, count: a.count))
            result.append(contentsOf: repeatElement(.insert, count: b.count))
            return
        }
        let size = a.count + b.count
        let maximumD = min(size, 1024, budget / size)
        if maximumD > 0, let script = Myers.script(Array(a), Array(b), maximumD: maximumD) {
            budget -= size * script.distance
            result += script.edits
            return
        }
        budget -= size * maximumD
        let anchors = depth < 8 ? Patience.anchors(a, b) : []
        if anchors.isEmpty {
            result.append(contentsOf: repeatElement(.delete, count: a.count))
            result.append(contentsOf: repeatElement(.insert, count: b.count))
            return
        }
        var i = a.startIndex
        var j = b.startIndex
        for (x, y) in anchors {
            diff(a[i..<x], b[j..<y], depth: depth + 1, budget: &budget, into: &result)
            result.append(.equal)
            i = x + 1
            j = y + 1
        }
        diff(a[i...], b[j...], depth: depth + 1, budget: &budget, into: &result)
    }

    /// Applies an edit script: the old sequence is the equal and deleted elements, the new one the equal and inserted.
    public static func sides<T>(of edits: [Edit], old: [T], new: [T]) -> (old: [T], new: [T]) {
        var i = 0
        var j = 0
        var left: [T] = []
        var right: [T] = []
        for edit in edits {
            switch edit {
            case .equal:
                left.append(old[i])
                right.append(new[j])
                i += 1
                j += 1
            case .delete:
                left.append(old[i])
                i += 1
            case .insert:
                right.append(new[j])
                j += 1
            }
        }
        return (left, right)
    }
}
