import Foundation
import PolicyModel
import PolicySource
import Testing

/// The shipped example says exactly what the archived Fuji Xerox policy says.
@Suite struct TranscriptionTests {
    static let seed = FixturePaths.shared.appendingPathComponent("seed/fujixerox-privacy-policy-2012.md")

    @Test(
        "every word of the seed policy is in the model, in order, and nothing else",
        .enabled(if: FileManager.default.fileExists(atPath: seed.path), "../shared/seed is not beside this clone")
    )
    func everyWordInOrder() throws {
        let seedWords = try Self.seedWords()
        let policy = try #require(PolicyParser.parse(fileAtPath: FixturePaths.shippedExample.path).policy)
        let modelWords = Self.words(of: policy)
        let firstMismatch = zip(seedWords, modelWords).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        if let index = firstMismatch {
            let context = { (words: [String]) in words[max(0, index - 5)..<min(words.count, index + 5)].joined(separator: " ") }
            Issue.record("word \(index): seed «\(context(seedWords))» model «\(context(modelWords))»")
        }
        #expect(seedWords.count == modelWords.count)
        #expect(seedWords.count > 1_400)
    }

    @Test("the example has eight sections, subsections 7.1 to 7.5, six notes")
    func structure() throws {
        let policy = try #require(PolicyParser.parse(fileAtPath: FixturePaths.shippedExample.path).policy)
        #expect(policy.sections.count == 8)
        #expect(policy.sections[6].subsections.map(\.number) == ["7.1", "7.2", "7.3", "7.4", "7.5"])
        #expect(policy.notes.map(\.number) == Array(1...6))
        #expect(policy.citations["disclosure-payment"] == "4 (5)")
        #expect(policy.citations["disclosure-group"] == "4 (9)")
        #expect(policy.revision.displayDate == "December, 2012")
    }

    /// The seed's words: the archive banner, the site-name suffix of the page title (" : FUJI
    /// XEROX") and the "Go to top" link are not policy text; Markdown syntax is not words.
    static func seedWords() throws -> [String] {
        let text = try String(contentsOf: seed, encoding: .utf8)
        var words: [String] = []
        for var line in text.components(separatedBy: "\n") {
            if line.hasPrefix("> *The following") || line == "Go to top" { continue }
            if line.hasPrefix("# ") { line = line.replacingOccurrences(of: " : FUJI XEROX", with: "") }
            line = line.replacingOccurrences(of: "\\.", with: ".")
            for word in line.split(whereSeparator: \.isWhitespace) {
                var word = String(word)
                if word.allSatisfy({ $0 == "#" }) || word == "*" { continue }
                if word.hasPrefix("<http"), word.hasSuffix(">") { word = String(word.dropFirst().dropLast()) }
                words.append(word)
            }
        }
        return words
    }

    /// The model read as the seed lays it out: numbers before headings and ordered items,
    /// "Note N" at references and before each note.
    static func words(of policy: Policy) -> [String] {
        let numbers = policy.noteNumbers
        func text(_ content: [Inline]) -> String {
            content.plainText(note: { " Note \(numbers[$0] ?? 0)" })
        }
        var lines: [String] = [text(policy.title)]
        func add(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): lines.append(text(paragraph.content))
                case .list(let list):
                    for item in list.items {
                        lines.append((item.marker.map { "\($0). " } ?? "") + text(item.content))
                        add(item.blocks)
                    }
                case .table(let table):
                    for row in (table.header.map { [$0] } ?? []) + table.rows.map(\.cells) {
                        lines.append(row.map(text).joined(separator: " "))
                    }
                }
            }
        }
        add(policy.preamble)
        for section in policy.allSections {
            lines.append((section.level == 1 ? "\(section.number). " : "\(section.number) ") + text(section.heading))
            add(section.blocks)
        }
        add(policy.closing)
        for note in policy.notes { lines.append("Note \(note.number) " + text(note.content)) }
        return lines.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
    }
}
