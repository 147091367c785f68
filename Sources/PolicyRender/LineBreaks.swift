/// Where a line of text may break: at spaces, and in Chinese, Japanese and Korean text between
/// characters, keeping closing marks off the start of a line and opening marks off its end.
enum LineBreaks {
    /// A run of text between break opportunities, and whether a space came before it.
    struct Segment {
        var text: Substring
        var spaceBefore: Bool
    }

    /// Characters that may not start a line (kinsoku): closing brackets and quotes, stops,
    /// small kana, the prolonged sound mark and iteration marks.
    static let noStart: Set<Character> = Set(
        "、。，．,.:;!?！？）)]｝}」』】〕〉》〙〗〟’”ゝゞーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖ々・：；")

    /// Characters that may not end a line: opening brackets and quotes.
    static let noEnd: Set<Character> = Set("（([｛{「『【〔〈《〘〖〝‘“")

    /// True when the text holds a wide (East Asian) character.
    static func hasWide(_ text: Substring) -> Bool {
        !text.utf8.allSatisfy { $0 < 0x80 } && text.contains { TextTable.displayWidth($0) == 2 }
    }

    /// The line's segments: the words between spaces, each cut further between two characters
    /// where one of them is wide and the marks allow a break.
    /// - Complexity: O(n) in the length of the line.
    static func segments(_ line: Substring) -> [Segment] {
        var result: [Segment] = []
        for (index, word) in line.split(separator: " ", omittingEmptySubsequences: false).enumerated()
        where !word.isEmpty {
            var start = word.startIndex
            var spaceBefore = index > 0 && !result.isEmpty
            var previous: Character?
            var position = word.startIndex
            while position < word.endIndex {
                let character = word[position]
                if let previous, breaksBetween(previous, character) {
                    result.append(Segment(text: word[start..<position], spaceBefore: spaceBefore))
                    (start, spaceBefore) = (position, false)
                }
                previous = character
                position = word.index(after: position)
            }
            result.append(Segment(text: word[start...], spaceBefore: spaceBefore))
        }
        return result
    }

    /// True when a line may break between the two characters.
    static func breaksBetween(_ before: Character, _ after: Character) -> Bool {
        guard TextTable.displayWidth(before) == 2 || TextTable.displayWidth(after) == 2 else { return false }
        return !noStart.contains(after) && !noEnd.contains(before)
    }

    /// The longest start of `piece` that fits `width` columns (at least one character, ending
    /// after a `-` or `/` when one falls within it), shortened so that the rest does not start
    /// with a mark that may not start a line.
    static func head(of piece: Substring, fitting width: Int) -> Substring {
        let (head, _) = TextTable.prefix(of: piece, fitting: max(width, 1))
        var cut = head.endIndex
        while cut < piece.endIndex, cut > piece.index(after: piece.startIndex), noStart.contains(piece[cut]) {
            cut = piece.index(before: cut)
        }
        return piece[piece.startIndex..<cut]
    }

    /// True for a language whose text the text edition breaks between characters, long words
    /// included: Chinese, Japanese, Korean.
    static func breaksLongWords(language: String) -> Bool {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return ["ja", "zh", "ko"].contains(primary)
    }
}
