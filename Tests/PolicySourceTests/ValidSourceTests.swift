import Foundation
import PolicyModel
import PolicySource
import Testing

@Suite struct ValidSourceTests {
    static func minimal() throws -> Policy {
        let result = PolicyParser.parse(fileAtPath: FixturePaths.fixtures.appendingPathComponent("valid/minimal.xml").path)
        #expect(result.diagnostics.isEmpty)
        return try #require(result.policy)
    }

    @Test("metadata, revision and summary are read")
    func metadata() throws {
        let policy = try Self.minimal()
        #expect(policy.id == "example")
        #expect(policy.language == "en")
        #expect(policy.title == [.text("Example Privacy Policy")])
        #expect(policy.revision.effective == PolicyDate("2024-02-29"))
        #expect(policy.revision.label == "Leap Day, 2024")
        #expect(policy.revision.summary == [.text("First "), .emphasis([.text("published")]), .text(" version.")])
    }

    @Test("whitespace collapses, stays outside inline elements, and vanishes at block edges")
    func whitespace() throws {
        let policy = try Self.minimal()
        guard case .paragraph(let preamble) = policy.preamble.first,
            case .paragraph(let scope) = policy.sections[0].blocks.first
        else { Issue.record("expected paragraphs"); return }
        #expect(
            preamble.content == [
                .text("Example Ltd."), .noteReference("group"),
                .text(" explains here how it handles personal information."),
            ])
        #expect(
            scope.content == [
                .text("This policy applies as described in "), .crossReference("use"), .text(" and "),
                .crossReference("use-consent"), .text("; see "),
                .link(href: "https://example.com/privacy", content: [.text("our site")]), .text("."),
            ])
    }

    @Test("numbers, markers and citations come from position")
    func numbering() throws {
        let policy = try Self.minimal()
        #expect(policy.allSections.map(\.number) == ["1", "2", "2.1"])
        #expect(policy.allSections.map(\.level) == [1, 1, 2])
        #expect(policy.citations["use-consent"] == "2 (1)")
        #expect(policy.citations["use-consent-written"] == "2 (1)(a)")
        #expect(policy.citations["use-law"] == "2 (2)")
        #expect(policy.citations["scope-text"] == "1 ¶1")
        #expect(policy.notes.map(\.number) == [1])
        guard case .list(let details) = policy.sections[1].subsections[0].blocks[0] else {
            Issue.record("expected a list"); return
        }
        #expect(details.items[0].marker == nil)
        #expect(details.items[0].citation == "2.1 (bullet 1)")
        #expect(details.items[0].content == [.text("Lines"), .lineBreak, .text("break here.")])
    }

    @Test("closing matter keeps date and signature lines")
    func closing() throws {
        let policy = try Self.minimal()
        let roles = policy.closing.compactMap { block -> Paragraph.Role? in
            if case .paragraph(let paragraph) = block { return paragraph.role }
            return nil
        }
        #expect(roles == [.date, .signature])
    }

    @Test("the shipped example checks clean")
    func shippedExample() {
        let result = SourceLoader.load(paths: [FixturePaths.packageRoot.appendingPathComponent("policy-src").path])
        #expect(result.diagnostics.isEmpty)
        #expect(result.histories.map(\.id) == ["fujixerox-privacy"])
        #expect(result.fileCount == 1)
    }

    @Test("many files parse in parallel with the same results")
    func parallelParsing() throws {
        let path = FixturePaths.fixtures.appendingPathComponent("valid/minimal.xml").path
        let single = PolicyParser.parse(fileAtPath: path)
        let results = (0..<64).map { _ in path }
        let loaded = SourceLoader.load(paths: results)
        #expect(loaded.histories.first?.revisions.count == 64)
        #expect(loaded.histories.first?.revisions.allSatisfy { $0 == single.policy } == true)
    }
}
