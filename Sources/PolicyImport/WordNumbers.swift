/// Numbers given to words (and to keys made of words), one per distinct string, so that a
/// text's words are held and compared as a sorted array of integers, and keys as integers: each
/// string is hashed once, where it is read.
struct WordNumbers {
    private var numbers: [String: Int]

    /// Numbers for about `capacity` distinct strings before the table grows.
    init(capacity: Int = 0) { numbers = Dictionary(minimumCapacity: capacity) }

    /// The string's number; a string not seen before gets the next one.
    mutating func number(of string: String) -> Int {
        if let number = numbers[string] { return number }
        numbers[string] = numbers.count
        return numbers.count - 1
    }

    /// The numbers of the distinct words, ascending; a word not seen before gets the next number.
    /// - Complexity: O(*k* log *k*) for *k* words.
    mutating func set(of words: [String]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(words.count)
        for word in words { result.append(number(of: word)) }
        result.sort()
        var kept = 0
        for index in result.indices where index == 0 || result[index] != result[kept - 1] {
            result[kept] = result[index]
            kept += 1
        }
        result.removeLast(result.count - kept)
        return result
    }
}
