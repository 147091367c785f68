import PolicyDiff
import PolicyModel
import Testing

/// Diffs every pair of consecutive revisions of the imported corpus histories and holds the
/// alignment to what a reviewer can check by eye.
@Suite struct CorpusDiffTests {
    /// Every pair of consecutive revisions of one policy, as imported by `ImportFidelityTests`.
    static let pairs: [(name: String, old: Policy, new: Policy)] = {
        let documents = ImportFidelityTests.documents
        return zip(documents, documents.dropFirst()).compactMap { old, new in
            guard old.policy == new.policy, let before = old.imported, let after = new.imported else { return nil }
            return ("\(new.policy) \(old.date) → \(new.date)", before, after)
        }
    }()

    @Test(
        "no block is reported moved inside a section (or preamble, closing) whose text is the same in both revisions",
        .enabled(if: !Paths.corpusDocuments.isEmpty, "../shared/corpus is not beside this clone"))
    func noPhantomMoves() {
        #expect(Self.pairs.count >= 30)
        for pair in Self.pairs {
            let changes = ChangeSet(from: pair.old, to: pair.new)
            let oldSame = Self.unchangedSections(pair.old, pair.new)
            let newSame = Self.unchangedSections(pair.new, pair.old)
            let phantoms = changes.changes.filter { change in
                guard change.kind == .moved else { return false }
                return Self.isInside(change.oldParent, oldSame) || Self.isInside(change.newParent, newSame)
            }
            #expect(
                phantoms.isEmpty, "\(pair.name): \(phantoms.map { "\($0.oldNumber ?? "") → \($0.newNumber ?? "")" })")
        }
    }

    /// True when the parent citation (`5.2`, `5.2 (bullet 3)`, `Preamble`) is in one of the sections.
    static func isInside(_ parent: String?, _ sections: Set<String>) -> Bool {
        guard let parent else { return false }
        let section = String(parent.split(separator: " ").first ?? "")
        return sections.contains(parent) || sections.contains(section)
            || sections.contains { section.hasPrefix($0 + ".") }
    }

    /// The numbers, in `policy`, of the sections (and `Preamble`, `Closing`) whose heading and
    /// everything inside are the same in `other`, the section found there by its id.
    static func unchangedSections(_ policy: Policy, _ other: Policy) -> Set<String> {
        var others: [ClauseID: String] = [:]
        func collect(_ sections: [Section]) {
            for section in sections {
                others[section.id] = fingerprint(section)
                collect(section.subsections)
            }
        }
        collect(other.sections)
        var result: Set<String> = []
        func visit(_ sections: [Section]) {
            for section in sections {
                if others[section.id] == fingerprint(section) { result.insert(section.number) }
                visit(section.subsections)
            }
        }
        visit(policy.sections)
        if fingerprint(policy.preamble) == fingerprint(other.preamble) { result.insert("Preamble") }
        if fingerprint(policy.closing) == fingerprint(other.closing) { result.insert("Closing") }
        return result
    }

    static func fingerprint(_ section: Section) -> String {
        "h:" + section.heading.plainText() + "\n" + fingerprint(section.blocks)
            + section.subsections.map(fingerprint).joined(separator: "\n")
    }

    static func fingerprint(_ blocks: [Block]) -> String {
        blocks.map { block in
            switch block {
            case .paragraph(let paragraph): "p:" + paragraph.content.plainText() + "\n"
            case .list(let list):
                "l:\n" + list.items.map { "i:" + $0.content.plainText() + "\n" + fingerprint($0.blocks) }.joined()
            case .table(let table):
                "t:\n" + table.rows.map { "r:" + $0.content.plainText() + "\n" }.joined()
            }
        }.joined()
    }
}
