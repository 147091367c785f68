/// Markdown text made ready for the parser, line numbers unchanged: byte-order mark, line
/// endings, comments, front matter and kramdown attribute lines dealt with, and what the
/// parser needs to know told apart.
struct MarkdownSource {
    /// The lines to parse, numbered from 1 by their position.
    var lines: [String]
    var frontMatter = FrontMatter()
    /// The line of a paragraph added at the end that refers to every footnote, so that
    /// footnotes nothing refers to are kept (cmark-gfm drops them); nil when there are none.
    var footnoteReferencesLine: Int?
    /// The anchors kramdown attribute lines name (`{: #telemetry}`), by the line (from 1) of the
    /// attribute list; the block ending on the line before it is the one named.
    var attributeAnchors: [Int: [String]] = [:]

    init(_ source: String) {
        var bytes = Array(source.utf8)
        if Self.holds(0x0D, bytes) { bytes = Self.unifyingLineEndings(bytes) }
        // U+FEFF (EF BB BF): a byte-order mark at the start, or a stray one anywhere, is dropped.
        if Self.holds(0xEF, bytes) { bytes = Self.removing([0xEF, 0xBB, 0xBF], from: bytes) }
        bytes = Self.removingComments(bytes)
        // A line feed is a character of its own, so splitting the bytes splits the characters.
        lines = bytes.withUnsafeBufferPointer { buffer in
            var lines: [String] = []
            var start = 0
            while true {
                let end = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: start) ?? buffer.count
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self))
                guard end < buffer.count else { return lines }
                start = end + 1
            }
        }
        frontMatter = FrontMatter.extract(&lines)
        var labels: [String] = []
        var seen: Set<String> = []
        for index in lines.indices {
            // Both kinds of line start, after spaces, with `{` or `[`: no other is read as characters.
            guard Self.startsWithBrace(lines[index]) else { continue }
            // A kramdown attribute list on its own line (`{: #id}`) styles the block before it.
            let body = lines[index].drop { $0 == " " }
            if body.hasPrefix("{:"), body.trimmingTrailingSpaces.hasSuffix("}") {
                let anchors = body.dropFirst(2).dropLast().split(separator: " ").compactMap { part in
                    part.hasPrefix("#") && part.count > 1 ? String(part.dropFirst()) : nil
                }
                if !anchors.isEmpty { attributeAnchors[index + 1] = anchors }
                lines[index] = ""
            }
            if let label = Self.footnoteLabel(lines[index]), seen.insert(label.lowercased()).inserted {
                labels.append(label)
            }
        }
        if !labels.isEmpty {
            lines += ["", labels.map { "[^\($0)]" }.joined(separator: " ")]
            footnoteReferencesLine = lines.count
        }
    }

    /// True when the first byte after the line's leading spaces is `{` or `[`: only then can its
    /// first character after spaces be either (a space that a combining mark follows is no space
    /// as a character, but it is no brace either).
    static func startsWithBrace(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            guard let first = bytes.first(where: { $0 != 0x20 }) else { return false }
            return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
        }
    }

    /// True when the bytes hold `byte`.
    private static func holds(_ byte: UInt8, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: byte, in: $0, from: 0) != nil }
    }

    /// The text the parser reads.
    var text: String { lines.joined(separator: "\n") }

    /// The label of a footnote definition (`[^label]: text`) starting the line.
    static func footnoteLabel(_ line: String) -> String? {
        let body = line.drop { $0 == " " }
        guard body.hasPrefix("[^"), line.leadingSpaces <= 3, let close = body.firstIndex(of: "]") else {
            return nil
        }
        let label = body[body.index(body.startIndex, offsetBy: 2)..<close]
        guard !label.isEmpty, !label.contains(where: \.isWhitespace), body[close...].hasPrefix("]:") else { return nil }
        return String(label)
    }

    /// CR LF and lone CR as LF.
    static func unifyingLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { continue }
            result.append(byte == 0x0D ? 0x0A : byte)
        }
        return result
    }

    /// The bytes without any occurrence of `pattern`.
    static func removing(_ pattern: [UInt8], from bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        func next() -> Int? {
            bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: pattern, in: $0, from: position) }
        }
        while let found = next() {
            result += bytes[position..<found]
            position = found + pattern.count
        }
        return result + bytes[position...]
    }

    /// The text (UTF-8) with HTML comments blanked out, line breaks kept so line numbers stay
    /// right; a comment never closed is kept.
    /// - Complexity: O(*n*) in the length of the text.
    static func removingComments(_ bytes: [UInt8]) -> [UInt8] {
        func find(_ needle: String, from: Int) -> Int? {
            bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: Array(needle.utf8), in: $0, from: from) }
        }
        guard var start = find("<!--", from: 0) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        while true {
            result += bytes[position..<start]
            guard let end = find("-->", from: start + 4) else {
                result += bytes[start...]
                break
            }
            result += Array(repeating: 0x0A, count: bytes[(start + 4)..<end].lazy.filter { $0 == 0x0A }.count)
            position = end + 3
            guard let next = find("<!--", from: position) else {
                result += bytes[position...]
                break
            }
            start = next
        }
        return result
    }
}

/// YAML front matter between `---` lines: only `title`, `publisher`/`author` and `lang` are read.
struct FrontMatter {
    var title: String?
    var publisher: String?
    var language: String?

    /// Reads front matter at the top of the file and blanks its lines.
    static func extract(_ lines: inout [String]) -> FrontMatter {
        var result = FrontMatter()
        guard lines.first?.trimmingTrailingSpaces == "---",
            let end = lines.indices.dropFirst().first(where: {
                ["---", "..."].contains(lines[$0].trimmingTrailingSpaces)
            })
        else { return result }
        for index in 0...end {
            let line = lines[index]
            if let colon = line.firstIndex(of: ":"), !line.hasPrefix(" ") {
                let key = line[..<colon].lowercased()
                var value = line[line.index(after: colon)...].trimmingSpaces
                if value.count >= 2, let first = value.first, first == value.last, first == "'" || first == "\"" {
                    value = String(value.dropFirst().dropLast())
                }
                if !value.isEmpty {
                    switch key {
                    case "title": result.title = value
                    case "publisher", "author", "company": result.publisher = value
                    case "lang", "language": result.language = value
                    default: break
                    }
                }
            }
            lines[index] = ""
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and line feeds.
    /// - Complexity: O(*k*) for the *k* characters trimmed, plus the copy.
    var trimmingSpaces: String {
        let isSpace = { (character: Character) in character == " " || character == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }

    /// The text without trailing spaces.
    var trimmingTrailingSpaces: String {
        guard let last = lastIndex(where: { $0 != " " }) else { return "" }
        return String(self[...last])
    }

    /// The count of leading spaces, counted without breaking the text into characters.
    var leadingSpaces: Int { utf8.prefix { $0 == 0x20 }.count }
}
