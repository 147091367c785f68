/// Counting in sorted arrays of integers taken as multisets, the core of Dice similarity.
public enum SortedMultiset {
    /// How many elements the two sorted arrays share, each repeated element counted as often as
    /// it is in both.
    ///
    /// - Complexity: O(a + b).
    public static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        // Read through buffers: the similarity of every candidate pair of blocks comes here.
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                var (i, j, shared) = (0, 0, 0)
                while i < a.count, j < b.count {
                    if a[i] == b[j] {
                        shared += 1
                        i += 1
                        j += 1
                    } else if a[i] < b[j] {
                        i += 1
                    } else {
                        j += 1
                    }
                }
                return shared
            }
        }
    }
}
