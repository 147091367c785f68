import Foundation
import Testing

@testable import PolicyRender

/// The plain-text edition says everything the published 2012 policy says, in the same order.
@Suite struct SeedSentenceTests {
    static let seed = Paths.repository + "/../shared/seed/fujixerox-privacy-policy-2012.md"

    @Test func textEditionHoldsEverySeedSentenceInOrder() throws {
        guard let markdown = Paths.read(Self.seed) else {
            print("skipped: the seed policy \(Self.seed) is not on this machine")
            return
        }
        let policy = try Golden.policy(Paths.fixtures + "/fujixerox-privacy/2012-12-01.xml")
        let text = Self.words(try PolicyRenderer().render(policy, as: .text).replacingOccurrences(of: "[Note ", with: "Note ")
            .replacingOccurrences(of: #"(Note \d+)\]"#, with: "$1", options: .regularExpression))
        var position = text.startIndex
        let sentences = Self.sentences(markdown)
        #expect(sentences.count > 80)
        for sentence in sentences {
            guard let found = text.range(of: sentence, range: position..<text.endIndex) else {
                Issue.record("missing or out of order: \(sentence)")
                continue
            }
            position = found.upperBound
        }
    }

    /// The seed's policy text, split into sentences: the archive banner, the site suffix of the
    /// title, list bullets, Markdown escapes and the "Go to top" link are not policy text.
    static func sentences(_ markdown: String) -> [String] {
        var lines = markdown.components(separatedBy: "\n").filter { !$0.hasPrefix("> ") && $0 != "Go to top" }
        lines = lines.map { line in
            var line = line.replacingOccurrences(of: " : FUJI XEROX", with: "")
            line = line.replacingOccurrences(of: #"^#+ "#, with: "", options: .regularExpression)
            line = line.replacingOccurrences(of: #"^\s*(\*|\d+\.) "#, with: "", options: .regularExpression)
            line = line.replacingOccurrences(of: "\\", with: "")
            return line.replacingOccurrences(of: #"^<(.*)>$"#, with: "$1", options: .regularExpression)
        }
        return lines.flatMap { words($0).components(separatedBy: ". ") }.filter { !$0.isEmpty }
    }

    /// Collapses all runs of whitespace to one space.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
