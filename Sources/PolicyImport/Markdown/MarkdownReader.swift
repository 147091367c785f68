import PolicyModel

/// One line of Markdown with its 1-based line number in the file.
struct MarkdownLine {
    var text: String
    var number: Int

    /// The count of leading spaces (tabs were expanded before).
    var indent: Int { text.prefix { $0 == " " }.count }
    var isBlank: Bool { text.allSatisfy { $0 == " " } }

    /// The line without up to `columns` leading spaces.
    func dedented(_ columns: Int) -> MarkdownLine {
        MarkdownLine(text: String(text.dropFirst(min(columns, indent))), number: number)
    }
}

/// Reads a Markdown file: byte-order mark, line endings, front matter and comments, then blocks.
enum MarkdownReader {
    static func read(_ source: String, warnings: inout Warnings) -> RawDocument {
        var text = source
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        text = text.replacingOccurrences(of: "\t", with: "    ").replacingOccurrences(of: "\u{FEFF}", with: "")
        text = removingComments(text)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            MarkdownLine(text: String($0.element), number: $0.offset + 1)
        }
        let frontMatter = FrontMatter.extract(&lines)
        let references = ReferenceDefinitions.collect(lines)
        var parser = MarkdownBlockParser(references: references, warnings: warnings)
        let blocks = parser.parse(lines)
        warnings = parser.warnings
        return RawDocument(
            title: frontMatter.title.map { [.text($0)] }, publisher: frontMatter.publisher,
            language: frontMatter.language, blocks: blocks, footnotes: parser.footnotes)
    }

    /// The text with HTML comments blanked out, line breaks kept so line numbers stay right.
    static func removingComments(_ text: String) -> String {
        guard text.contains("<!--") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "<!--") {
            result += rest[..<start.lowerBound]
            let afterStart = rest[start.upperBound...]
            guard let end = afterStart.range(of: "-->") else {
                rest = rest[start.lowerBound...]
                break
            }
            result += String(repeating: "\n", count: afterStart[..<end.lowerBound].filter { $0 == "\n" }.count)
            rest = afterStart[end.upperBound...]
        }
        return result + rest
    }
}

/// YAML front matter between `---` lines: only `title`, `publisher`/`author` and `lang` are read.
struct FrontMatter {
    var title: String?
    var publisher: String?
    var language: String?

    /// Reads front matter at the top of the file and blanks its lines.
    static func extract(_ lines: inout [MarkdownLine]) -> FrontMatter {
        var result = FrontMatter()
        guard lines.first?.text.trimmingTrailingSpaces == "---",
            let end = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].text.trimmingTrailingSpaces) })
        else { return result }
        for index in 0...end {
            let line = lines[index].text
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
            lines[index].text = ""
        }
        return result
    }
}

/// Link reference definitions (`[label]: url`), keyed by lower-cased label.
enum ReferenceDefinitions {
    static func collect(_ lines: [MarkdownLine]) -> [String: String] {
        var result: [String: String] = [:]
        for line in lines {
            guard let (label, destination) = parse(line.text) else { continue }
            if result[label.lowercased()] == nil { result[label.lowercased()] = destination }
        }
        return result
    }

    /// The label and destination when the line is a reference definition.
    static func parse(_ text: String) -> (String, String)? {
        let trimmed = text.drop { $0 == " " }
        guard text.count - trimmed.count <= 3, trimmed.hasPrefix("["), !trimmed.hasPrefix("[^"),
            let close = trimmed.range(of: "]:")
        else { return nil }
        let label = String(trimmed[trimmed.index(after: trimmed.startIndex)..<close.lowerBound])
        guard !label.isEmpty, !label.contains("]") else { return nil }
        let rest = trimmed[close.upperBound...].trimmingSpaces
        guard let destination = rest.split(separator: " ").first, !destination.isEmpty else { return nil }
        var url = String(destination)
        if url.hasPrefix("<"), url.hasSuffix(">") { url = String(url.dropFirst().dropLast()) }
        return (label, url)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\n" }.reversed().drop { $0 == " " || $0 == "\n" }.reversed())
    }
    var trimmingTrailingSpaces: String { String(reversed().drop { $0 == " " }.reversed()) }
}
