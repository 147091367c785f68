import PolicyDiff
import PolicyRender
import Testing

@Suite("Fixture revisions of the Fuji Xerox policy")
struct FixtureDiffTests {
    @Test("A word change is one modified paragraph with its word segments, and new revision dates")
    func wordChange() throws {
        let changes = try Fixture.changes("word-change")
        #expect(changes.changes.map(\.signature) == ["modified paragraph -→- 2 ¶1→2 ¶1"])
        let change = try #require(changes.changes.first)
        #expect(
            change.segments == [
                WordSegment(
                    .equal,
                    "In order to prevent leakage, alteration, loss, or use for anything other than the purpose of use, "
                        + "Fuji Xerox manages personal information"),
                WordSegment(.deleted, "strictly", spaceBefore: true),
                WordSegment(.inserted, "carefully", spaceBefore: true),
                WordSegment(
                    .equal, "in a safe environment under strict security according to related laws, guidelines, "
                        + "and internal regulations.", spaceBefore: true),
            ])
        #expect(change.markup.isEmpty)
        #expect(changes.metadata.map(\.field) == [.effective, .label])
        #expect(changes.metadata.map(\.old) == ["2012-12-01", "December, 2012"])
        #expect(changes.metadata.map(\.new) == ["2013-04-01", "April, 2013"])
        #expect(changes.summary.modified == 1 && changes.summary.wordsInserted == 1 && changes.summary.wordsDeleted == 1)
        #expect(!changes.saysTheSame)
    }

    @Test("A new list item is one addition; the items after it are one renumbered run, not modified")
    func newItem() throws {
        let changes = try Fixture.changes("new-item")
        #expect(
            changes.changes.map(\.signature) == [
                "added item -→disclosure-cloud -→4 (6)",
                "renumbered item disclosure-succession→disclosure-succession 4 (6)→4 (7)",
            ])
        #expect(
            changes.changes[1].contents.map(\.signature) == [
                "renumbered item disclosure-authorized-by-law→disclosure-authorized-by-law 4 (7)→4 (8)",
                "renumbered item disclosure-court-order→disclosure-court-order 4 (8)→4 (9)",
                "renumbered item disclosure-group→disclosure-group 4 (9)→4 (10)",
            ])
        #expect(ChangeWording.number(of: changes.changes[1]) == "4 (6)–(9) → 4 (7)–(10)")
        #expect(ChangeWording.kind(of: changes.changes[1]) == "renumbered (4 list items)")
        #expect(
            changes.changes[0].segments == [
                WordSegment(
                    .inserted,
                    "When personal information is entrusted to a cloud service provider that has been obligated to "
                        + "preserve confidentiality,")
            ])
        #expect(changes.metadata.isEmpty)
    }

    @Test("A subsection moved to another section is one move; its old siblings after it are one renumbered run")
    func movedSubsection() throws {
        let changes = try Fixture.changes("moved-subsection")
        #expect(
            changes.changes.map(\.signature) == [
                "moved section ssl→ssl 7.3→2.1",
                "renumbered section usage-contract→usage-contract 7.4→7.3",
            ])
        #expect(changes.changes[1].contents.map(\.signature) == ["renumbered section linked-sites→linked-sites 7.5→7.4"])
        let moved = changes.changes[0]
        #expect(moved.oldParent == "7" && moved.newParent == "2" && !moved.textChanged && moved.move == .reparented)
        #expect(ChangeWording.kind(of: moved) == "moved from 7 to 2")
        #expect(moved.segments == [WordSegment(.equal, "SSL (Secure Sockets Layer)")])
        // The run stands under the section it is in, not under its first member.
        #expect(changes.changes[1].context == "7 Handling of Personal Information on the Web Site")
        #expect(changes.summary.moved == 1 && changes.summary.renumbered == 1 && changes.summary.modified == 0)
    }

    @Test("An inserted section is one addition and the sections after it are one renumbered run, not modified")
    func insertedSection() throws {
        let changes = try Fixture.changes("inserted-section")
        #expect(
            changes.changes.map(\.signature) == [
                "added section -→retention -→3",
                "renumbered section use→use 3→4",
            ])
        #expect(
            changes.changes[1].contents.map(\.signature) == [
                "renumbered section disclosure→disclosure 4→5",
                "renumbered section inquiries→inquiries 5→6",
                "renumbered section advice-and-requests→advice-and-requests 6→7",
                "renumbered section website→website 7→8",
                "renumbered section compliance→compliance 8→9",
            ])
        let run = changes.changes[1]
        #expect(ChangeWording.number(of: run) == "3–8 → 4–9" && ChangeWording.kind(of: run) == "renumbered (6 sections)")
        #expect(run.context == "The policy")
        let added = changes.changes[0]
        #expect(added.newText == "Retention of Personal Information")
        #expect(added.contents.map(\.signature) == ["added paragraph -→- -→3 ¶1"])
        #expect(changes.summary.added == 1 && changes.summary.renumbered == 1 && changes.summary.modified == 0)
    }

    @Test("A changed note is one modified note with its word segments")
    func changedNote() throws {
        let changes = try Fixture.changes("changed-note")
        #expect(changes.changes.map(\.signature) == ["modified note ip-address→ip-address 5→5"])
        #expect(
            changes.changes[0].segments == [
                WordSegment(.equal, "“IP address” is a number that can specify the computer accessing the servers. ("),
                WordSegment(.deleted, "User"),
                WordSegment(.inserted, "The user"),
                WordSegment(.equal, "of", spaceBefore: true),
                WordSegment(.inserted, "the", spaceBefore: true),
                WordSegment(.equal, "computer cannot be", spaceBefore: true),
                WordSegment(.deleted, "specified", spaceBefore: true),
                WordSegment(.inserted, "identified", spaceBefore: true),
                WordSegment(.equal, ".)"),
            ])
    }

    @Test("Re-flowing the source (wrapping, indentation, spacing) is no change at all")
    func reflow() throws {
        let changes = try Fixture.changes("reflow")
        #expect(changes.isEmpty)
        #expect(changes.summary == {
            var summary = ChangeSummary()
            summary.unchanged = 67
            return summary
        }())
    }

    @Test("A revision compared with itself has no change")
    func identity() throws {
        let base = try Fixture.policy("2012-12-01.xml")
        #expect(ChangeSet(from: base, to: base).isEmpty)
    }
}
