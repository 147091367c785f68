import PolicyModel

extension MarkdownInlineParser {
    /// `[text](url)`, `[text][ref]`, `[ref]`, `![alt](src)` and `[^note]`; else a literal bracket.
    mutating func bracket(at index: Int, end: Int, image: Bool) -> Int {
        let start = image ? index - 1 : index
        if !image, index + 1 < end, chars[index + 1] == "^", let close = closingBracket(from: index, end: end) {
            let label = String(chars[(index + 2)..<close])
            if !label.isEmpty, !label.contains(" ") {
                collector.append(atom: .noteReference(NoteID("fn:" + label)))
                return close + 1
            }
        }
        guard let close = closingBracket(from: index, end: end) else {
            collector.append(text: image ? "![" : "[")
            return index + 1
        }
        let content = (index + 1)..<close
        var href: String?
        var next = close + 1
        if next < end, chars[next] == "(", let (destination, after) = destination(from: next + 1, end: end) {
            href = destination
            next = after
        } else if next < end, chars[next] == "[", let labelEnd = chars[(next + 1)..<end].firstIndex(of: "]") {
            let label = labelEnd == next + 1 ? String(chars[content]) : String(chars[(next + 1)..<labelEnd])
            if let found = references[label.lowercased()] {
                href = found
                next = labelEnd + 1
            }
        } else if let found = references[String(chars[content]).lowercased()] {
            href = found
        }
        guard let href else {
            collector.append(text: image ? "![" : "[")
            return index + 1
        }
        if image {
            parseRange(content)
        } else {
            link(href: href, content: content, at: start)
        }
        return next
    }

    /// The matching `]`, skipping nested brackets, code spans and escapes.
    private func closingBracket(from index: Int, end: Int) -> Int? {
        var depth = 0
        var search = index
        while search < end {
            switch chars[search] {
            case "\\": search += 1
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return search }
            default: break
            }
            search += 1
        }
        return nil
    }

    /// A link destination and optional title after `(`: the address and the index after `)`.
    private func destination(from start: Int, end: Int) -> (String, Int)? {
        var index = start
        while index < end, chars[index].isWhitespace { index += 1 }
        var url = ""
        if index < end, chars[index] == "<" {
            guard let close = chars[index..<end].firstIndex(of: ">") else { return nil }
            url = String(chars[(index + 1)..<close])
            index = close + 1
        } else {
            var depth = 0
            while index < end, !chars[index].isWhitespace {
                if chars[index] == "(" { depth += 1 }
                if chars[index] == ")" {
                    if depth == 0 { break }
                    depth -= 1
                }
                url.append(chars[index])
                index += 1
            }
        }
        while index < end, chars[index].isWhitespace { index += 1 }
        if index < end, "\"'(".contains(chars[index]) {
            let quote: Character = chars[index] == "(" ? ")" : chars[index]
            guard let close = chars[(index + 1)..<end].firstIndex(of: quote) else { return nil }
            index = close + 1
            while index < end, chars[index].isWhitespace { index += 1 }
        }
        guard index < end, chars[index] == ")" else { return nil }
        return (url, index + 1)
    }

    /// `<https://…>` and `<name@host>` autolinks, and inline HTML tags; else a literal `<`.
    mutating func angle(at index: Int, end: Int) -> Int {
        guard let close = chars[index..<end].firstIndex(of: ">") else {
            collector.append(text: "<")
            return index + 1
        }
        let inside = String(chars[(index + 1)..<close])
        if !inside.contains(where: { $0.isWhitespace || $0 == "<" }) {
            if let colon = inside.firstIndex(of: ":"), inside[..<colon].allSatisfy({ $0.isLetter || $0 == "+" }),
                inside.distance(from: inside.startIndex, to: colon) >= 2
            {
                addAutolink(inside, text: inside, at: index)
                return close + 1
            }
            if inside.contains("@"), !inside.hasPrefix("/") {
                addAutolink("mailto:" + inside, text: inside, at: index)
                return close + 1
            }
        }
        guard let tag = HTMLTag(inside) else {
            collector.append(text: "<")
            return index + 1
        }
        return inlineTag(tag, after: close + 1, end: end, at: index)
    }

    private mutating func inlineTag(_ tag: HTMLTag, after: Int, end: Int, at index: Int) -> Int {
        guard !tag.closing else { return after }
        switch tag.name {
        case "br":
            collector.appendLineBreak()
            return after
        case "img":
            collector.append(text: tag.attribute("alt") ?? "")
            return after
        case "a", "strong", "b", "em", "i":
            guard let closing = closingTag(tag.name, from: after, end: end) else { return after }
            switch tag.name {
            case "a":
                link(href: tag.attribute("href") ?? "", content: after..<closing.lowerBound, at: index)
            default:
                collector.open()
                parseRange(after..<closing.lowerBound)
                collector.close { ["strong", "b"].contains(tag.name) ? .strong($0) : .emphasis($0) }
            }
            return closing.upperBound
        default:
            return after
        }
    }

    /// The range of `</name>` after `from`, case-insensitively.
    private func closingTag(_ name: String, from start: Int, end: Int) -> Range<Int>? {
        let pattern = Array("</" + name + ">")
        var index = start
        while index + pattern.count <= end {
            if zip(chars[index..<(index + pattern.count)], pattern).allSatisfy({ $0.lowercased() == $1.lowercased() }) {
                return index..<(index + pattern.count)
            }
            index += 1
        }
        return nil
    }
}
