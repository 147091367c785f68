import Foundation
import PolicyDiff
import PolicyModel
import PolicyRender
import PolicySource
import Testing

/// Alignment a reviewer can trust: repeated blocks in order, blocks that change kind, merged and
/// split paragraphs, and moves named by what really moved.
@Suite("Block alignment")
struct BlockAlignmentTests {
    /// Parses XML text, failing loudly when it does not parse.
    static func parse(_ source: String, _ name: String) throws -> Policy {
        let result = PolicyParser.parse(bytes: Array(source.utf8), path: name)
        return try #require(result.policy, "\(result.diagnostics)")
    }

    static func source(_ relativePath: String) throws -> String {
        try String(contentsOf: Fixture.directory.appendingPathComponent(relativePath), encoding: .utf8)
    }

    @Test("Removing a list before a section of repeated blocks moves and renumbers nothing in the section")
    func repeatedBlocks() throws {
        let changes = ChangeSet(
            from: try Fixture.policy("repeated-blocks/old.xml"), to: try Fixture.policy("repeated-blocks/new.xml"))
        #expect(
            changes.changes.map(\.signature) == [
                "removed item -→- Preamble (bullet 1)→-",
                "removed item -→- Preamble (bullet 2)→-",
                "removed item -→- Preamble (bullet 3)→-",
            ])
        #expect(changes.summary.moved == 0 && changes.summary.renumbered == 0 && changes.summary.modified == 0)
        #expect(changes.summary.unchanged == 17)
    }

    @Test("Paragraphs that become list items, and an item that becomes a paragraph, keep their words")
    func kindChanges() throws {
        let changes = try Fixture.changes("kind-change")
        #expect(
            changes.changes.map(\.signature) == [
                "modified item -→- 2 ¶1→2 (bullet 1)",
                "modified item -→- 2 ¶2→2 (bullet 2)",
                "modified paragraph use-authorized-by-law→- 3 (3)→3 ¶2",
            ])
        #expect(changes.changes.map(\.oldElement) == [.paragraph, .paragraph, .item])
        #expect(
            changes.changes.map { ChangeWording.kind(of: $0) } == [
                "modified, now a list item", "modified, now a list item", "modified, now a paragraph",
            ])
        #expect(changes.changes.map(\.textChanged) == [false, true, false])
        #expect(
            changes.changes[1].segments == [
                WordSegment(.equal, "As for the proper handling of personal information, Fuji Xerox executes"),
                WordSegment(.deleted, "necessary", spaceBefore: true),
                WordSegment(.inserted, "regular", spaceBefore: true),
                WordSegment(.equal, "education and enlightenment to employees.", spaceBefore: true),
            ])
        #expect(changes.summary.wordsInserted == 1 && changes.summary.wordsDeleted == 1)
    }

    @Test("Two paragraphs merged into one show the join and only the words that changed")
    func merge() throws {
        let changes = try Fixture.changes("merge")
        #expect(changes.changes.map(\.signature) == ["merged paragraph -→- 2 ¶1→2 ¶1"])
        let merged = try #require(changes.changes.first)
        #expect(merged.contents.map(\.signature) == ["merged paragraph -→- 2 ¶2→-"])
        #expect(ChangeWording.number(of: merged) == "2 ¶1 + 2 ¶2 → 2 ¶1" && ChangeWording.kind(of: merged) == "merged and edited")
        #expect(
            merged.segments == [
                WordSegment(
                    .equal,
                    "In order to prevent leakage, alteration, loss, or use for anything other than the purpose of use, "
                        + "Fuji Xerox manages personal information strictly in a safe environment under strict "
                        + "security according to related laws, guidelines, and internal regulations."),
                WordSegment(.deleted, "¶", spaceBefore: true),
                WordSegment(
                    .equal,
                    "As for the proper handling of personal information, Fuji Xerox executes necessary "
                        + "education and", spaceBefore: true),
                WordSegment(.deleted, "enlightenment", spaceBefore: true),
                WordSegment(.inserted, "training", spaceBefore: true),
                WordSegment(.equal, "to employees.", spaceBefore: true),
            ])
        #expect(changes.summary.merged == 1 && changes.summary.removed == 0 && changes.summary.modified == 0)
        #expect(changes.summary.wordsInserted == 1 && changes.summary.wordsDeleted == 1)
    }

    @Test("A paragraph split in two shows where it was cut and only the words that changed")
    func split() throws {
        let changes = try Fixture.changes("split")
        #expect(
            changes.changes.map(\.signature) == [
                "split paragraph acquisition-marketing→acquisition-marketing 1 ¶3→1 ¶3"
            ])
        let split = try #require(changes.changes.first)
        #expect(split.contents.map(\.signature) == ["split paragraph -→- -→1 ¶4"])
        #expect(ChangeWording.number(of: split) == "1 ¶3 → 1 ¶3 + 1 ¶4" && ChangeWording.kind(of: split) == "split and edited")
        #expect(
            split.segments == [
                WordSegment(
                    .equal,
                    "In these cases, Fuji Xerox may use personal information for introducing our products "
                        + "and services as well as providing various information by e-mail"),
                WordSegment(.deleted, ", and"),
                WordSegment(.inserted, ". ¶ Fuji Xerox may also use it for"),
                WordSegment(
                    .equal,
                    "marketing activities including face-to-face marketing, except when the person rejects "
                        + "those activities.", spaceBefore: true),
            ])
        #expect(changes.summary.split == 1 && changes.summary.added == 0)
    }

    @Test("A paragraph reordered inside a section that was only renumbered moved within it, not from 5 to 6")
    func reorderedUnderRenumberedParent() throws {
        var source = try Self.source("inserted-section/new.xml")
        let first = "    <p>A person who wishes to access"
        let second = "    <p>In those cases, in order to prevent"
        let firstRange = try #require(source.range(of: first))
        let secondRange = try #require(source.range(of: second))
        let end = try #require(source.range(of: "</p>\n", range: secondRange.upperBound..<source.endIndex))
        let paragraph = String(source[secondRange.lowerBound..<end.upperBound])
        source.removeSubrange(secondRange.lowerBound..<end.upperBound)
        source.insert(contentsOf: paragraph, at: firstRange.lowerBound)
        let changes = ChangeSet(from: try Fixture.policy("2012-12-01.xml"), to: try Self.parse(source, "reordered.xml"))
        let moved = changes.changes.filter { $0.kind == .moved }
        #expect(moved.map(\.signature) == ["moved paragraph -→- 5 ¶2→6 ¶1"])
        #expect(moved.first?.move == .reordered && moved.first.map { ChangeWording.kind(of: $0) } == "moved")
    }

    @Test("A subsection moved to the top level moved to the policy, not to Sections")
    func movedToTopLevel() throws {
        var source = try Self.source("2012-12-01.xml")
        let start = try #require(source.range(of: "    <section id=\"ssl\">"))
        let end = try #require(source.range(of: "    </section>\n", range: start.upperBound..<source.endIndex))
        let section = String(source[start.lowerBound..<end.upperBound])
        source.removeSubrange(start.lowerBound..<end.upperBound)
        let compliance = try #require(source.range(of: "  <section id=\"compliance\">"))
        source.insert(contentsOf: section + "\n", at: compliance.lowerBound)
        let changes = ChangeSet(from: try Fixture.policy("2012-12-01.xml"), to: try Self.parse(source, "promoted.xml"))
        let moved = try #require(changes.changes.first { $0.kind == .moved })
        #expect(moved.signature == "moved section ssl→ssl 7.3→8")
        #expect(ChangeWording.kind(of: moved) == "moved from 7 to the policy")
    }
}
