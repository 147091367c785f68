import PolicyDiff
import PolicyModel
import Testing

@Suite("Large policies")
struct LargePolicyTests {
    /// A synthetic policy of about `bytes` of text: sections of paragraphs and lists of random words.
    static func policy(seed: UInt64, bytes: Int, ids: String) -> Policy {
        var random = SplitMix(seed: seed)
        let vocabulary = (0..<3_000).map { "w\($0)" }
        func sentence(_ count: Int) -> [Inline] {
            [.text((0..<count).map { _ in vocabulary[random.next(below: vocabulary.count)] }.joined(separator: " "))]
        }
        let at = SourceLocation(file: "synthetic.xml", line: 1)
        var sections: [Section] = []
        var size = 0
        while size < bytes {
            let index = sections.count
            var blocks: [Block] = []
            for _ in 0..<4 { blocks.append(.paragraph(Paragraph(content: sentence(60), location: at))) }
            let items = (0..<5).map { item in
                Item(id: ClauseID("\(ids)-\(index)-\(item)"), content: sentence(25), location: at)
            }
            blocks.append(.list(List(style: .ordered, items: items, location: at)))
            sections.append(Section(id: ClauseID("\(ids)-\(index)"), heading: sentence(5), blocks: blocks, location: at))
            size += 4 * 60 * 6 + 5 * 25 * 6 + 5 * 6
        }
        return Policy(
            id: "synthetic", language: "en", title: [.text("Synthetic")], publisher: [.text("Test")],
            revision: Revision(effective: PolicyDate("2024-01-01")!), sections: sections, location: at)
    }

    @Test("Two unrelated 1 MB policies with different ids: everything removed and added")
    func unrelatedIDs() {
        let old = Self.policy(seed: 1, bytes: 1_000_000, ids: "a")
        let new = Self.policy(seed: 2, bytes: 1_000_000, ids: "b")
        let changes = ChangeSet(from: old, to: new)
        #expect(changes.summary.removed == old.sections.count)
        #expect(changes.summary.added == new.sections.count)
        #expect(changes.summary.modified == 0 && changes.summary.unchanged == 0)
    }

    @Test("Two unrelated 1 MB policies sharing ids: every aligned block modified, both sides rebuilt")
    func unrelatedText() {
        let old = Self.policy(seed: 3, bytes: 1_000_000, ids: "s")
        let new = Self.policy(seed: 4, bytes: 1_000_000, ids: "s")
        let changes = ChangeSet(from: old, to: new)
        #expect(changes.summary.added + changes.summary.removed + changes.summary.modified + changes.summary.moved > 0)
        for change in changes.changes where change.kind == .modified {
            #expect(change.segments.side(.deleted) == change.oldText)
            #expect(change.segments.side(.inserted) == change.newText)
        }
    }
}
