/// A list item's marker: `*`, `-`, `+`, or a number followed by `.` or `)`.
struct ListMarker {
    var indent: Int
    var ordered: Bool
    var delimiter: Character
    var start: Int
    /// The column where the item's text starts.
    var contentColumn: Int
    var rest: String

    init?(_ text: String) {
        indent = text.prefix { $0 == " " }.count
        let body = text.dropFirst(indent)
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        var markerLength: Int
        if !digits.isEmpty, digits.count <= 9, let next = body.dropFirst(digits.count).first, next == "." || next == ")" {
            ordered = true
            delimiter = next
            start = Int(digits) ?? 1
            markerLength = digits.count + 1
        } else if let first = body.first, "*-+".contains(first) {
            ordered = false
            delimiter = first
            start = 1
            markerLength = 1
        } else {
            return nil
        }
        let afterMarker = body.dropFirst(markerLength)
        let spaces = afterMarker.prefix { $0 == " " }.count
        guard spaces > 0 || afterMarker.isEmpty else { return nil }
        rest = String(afterMarker.dropFirst(spaces))
        contentColumn = indent + markerLength + (spaces > 4 || rest.isEmpty ? 1 : spaces)
    }

    /// Bullets and lists starting at 1 may interrupt a paragraph; other numbers are text.
    var canInterruptParagraph: Bool { !rest.isEmpty && (!ordered || start == 1) }

    func continues(_ list: ListMarker) -> Bool { ordered == list.ordered && delimiter == list.delimiter }
}

extension MarkdownBlockParser {
    /// Reads a list from `start`: its items, each parsed as blocks, and nested lists within them.
    mutating func list(_ lines: [MarkdownLine], from start: Int, into blocks: inout [RawBlock]) -> Int {
        let first = ListMarker(lines[start].text)!
        var items: [RawItem] = []
        var index = start
        while index < lines.count, let marker = ListMarker(lines[index].text), marker.continues(first) {
            var itemLines = [MarkdownLine(text: marker.rest, number: lines[index].number)]
            var next = index + 1
            var previousBlank = false
            while next < lines.count {
                let line = lines[next]
                let indent = line.indent
                if line.isBlank {
                    previousBlank = true
                } else if indent >= marker.contentColumn {
                    previousBlank = false
                } else if ListMarker(line.text) != nil {
                    // A marker indented past this one's is a nested list written with too few spaces.
                    guard indent > marker.indent + 1 else { break }
                    previousBlank = false
                } else if !previousBlank, !MarkdownSyntax.startsBlock(line.text) {
                    previousBlank = false
                } else if previousBlank, indent >= marker.indent + 2 {
                    previousBlank = false
                } else {
                    break
                }
                itemLines.append(line.isBlank ? line : line.dedented(min(indent, marker.contentColumn)))
                next += 1
            }
            while itemLines.count > 1, itemLines.last!.isBlank {
                itemLines.removeLast()
                next -= 1
            }
            items.append(RawItem(blocks: parse(itemLines), line: lines[index].number))
            index = next
            var following = index
            while following < lines.count, lines[following].isBlank { following += 1 }
            guard following < lines.count, let sibling = ListMarker(lines[following].text), sibling.continues(first),
                sibling.indent <= first.indent + 1
            else { break }
            index = following
        }
        blocks.append(.list(ordered: first.ordered, start: first.start, items: items, line: lines[start].number))
        return index
    }
}
