/// Recognisers for single Markdown lines, given without their leading spaces.
enum MarkdownSyntax {
    /// `#` to `######` then a space: the level and the text without closing `#`s.
    static func atxHeading(_ body: String) -> (Int, String)? {
        let hashes = body.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = body.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingSpaces
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
            text = String(text.dropLast(closing)).trimmingSpaces
        }
        return (hashes, withoutAttributes(text))
    }

    /// A heading's text without the attribute list that may end it: kramdown's `{: #id .class}`
    /// or the `{#id}` of PHP Markdown Extra and pandoc. They name an anchor or a style; they are
    /// not words of the heading.
    static func withoutAttributes(_ text: String) -> String {
        guard text.hasSuffix("}"), let open = text.lastIndex(of: "{") else { return text }
        let list = text[text.index(after: open)..<text.index(before: text.endIndex)]
        guard list.hasPrefix(":") || list.hasPrefix("#"), !list.contains("{"),
            open == text.startIndex || text[text.index(before: open)] == " "
        else { return text }
        return String(text[..<open]).trimmingSpaces
    }

    /// The level a setext underline (`===` or `---`) gives the paragraph above it.
    static func setextLevel(_ body: String) -> Int? {
        let trimmed = body.trimmingTrailingSpaces
        guard let first = trimmed.first, first == "=" || first == "-", trimmed.allSatisfy({ $0 == first }) else { return nil }
        return first == "=" ? 1 : 2
    }

    static func isThematicBreak(_ body: String) -> Bool {
        let marks = body.filter { $0 != " " }
        guard let first = marks.first, "-*_".contains(first), marks.count >= 3 else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// A kramdown attribute list on its own line (`{: #id}`, `{: datetime="…" }`).
    static func isAttributeLine(_ body: String) -> Bool {
        let trimmed = body.trimmingTrailingSpaces
        return trimmed.hasPrefix("{:") && trimmed.hasSuffix("}")
    }

    /// The opening fence of a fenced code block.
    static func fence(_ body: String) -> String? {
        for mark in ["```", "~~~"] where body.hasPrefix(mark) {
            return String(body.prefix { $0 == mark.first })
        }
        return nil
    }

    static func isTableDelimiter(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces
        return trimmed.contains("-") && trimmed.contains(where: { $0 == "|" || $0 == ":" })
            && trimmed.allSatisfy { "|:- ".contains($0) }
    }

    /// The cells of a table row, split on `|` outside code spans and escapes.
    static func tableCells(_ text: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var inCode = false
        var escaped = false
        for char in text.trimmingSpaces {
            if escaped {
                current.append(char)
                escaped = false
            } else if char == "\\" {
                current.append(char)
                escaped = true
            } else if char == "`" {
                inCode.toggle()
                current.append(char)
            } else if char == "|", !inCode {
                cells.append(current)
                current = ""
            } else {
                current.append(char)
            }
        }
        cells.append(current)
        if cells.first?.trimmingSpaces.isEmpty == true { cells.removeFirst() }
        if cells.last?.trimmingSpaces.isEmpty == true { cells.removeLast() }
        return cells
    }

    /// True when the line starts an HTML block (a known block element's tag).
    static func startsHTMLBlock(_ body: String) -> Bool {
        guard body.hasPrefix("<") else { return false }
        let inside = body.dropFirst().prefix { $0 != ">" && $0 != " " }
        let name = inside.hasPrefix("/") ? inside.dropFirst() : inside
        return HTMLVocabulary.isElement(name) && HTMLVocabulary.blocks.contains(name.lowercased())
    }

    /// True when the line starts a block that ends a paragraph (so it is no lazy continuation).
    static func startsBlock(_ text: String) -> Bool {
        let body = String(text.drop { $0 == " " })
        return body.isEmpty || body.hasPrefix(">") || atxHeading(body) != nil || fence(body) != nil
            || isThematicBreak(body) || ListMarker(text)?.canInterruptParagraph == true || startsHTMLBlock(body)
    }
}
