import PolicyModel

/// Reuses the ids of a previous revision for sections, items and notes that match it: the same
/// heading or text, else words similar enough, so a history's diffs align clause by clause.
enum IdentifierAlignment {
    /// How alike two texts' word sets must be (Jaccard) for a clause to keep its old id.
    static let threshold = 0.5

    private struct Candidate {
        var id: String
        var key: String
        var words: Set<String>
    }

    /// Renames the policy's ids to the previous revision's where clauses match.
    static func align(_ policy: inout Policy, like previous: Policy) {
        func words(_ text: String) -> [String] {
            text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        }
        func sectionCandidate(_ section: Section) -> Candidate {
            let heading = words(section.heading.plainText())
            let body = section.blocks.prefix(2).flatMap { words(blockText($0)) }
            return Candidate(id: section.id.rawValue, key: heading.joined(separator: " "), words: Set(heading + body.prefix(40)))
        }
        func textCandidate(_ id: String, _ content: [Inline]) -> Candidate {
            let text = words(content.plainText())
            return Candidate(id: id, key: text.joined(separator: " "), words: Set(text))
        }
        var taken: Set<String> = []
        var renames: [String: String] = [:]
        let oldSections = previous.allSections.map(sectionCandidate)
        let newSections = policy.allSections.map(sectionCandidate)
        match(newSections, oldSections, &taken, &renames)
        var oldItems: [Candidate] = []
        var old = previous
        old.transformItems { item, _, _ in if let id = item.id { oldItems.append(textCandidate(id.rawValue, item.content)) } }
        var newItems: [Candidate] = []
        var counter = 0
        policy.transformItems { item, _, _ in
            counter += 1
            newItems.append(textCandidate(item.id?.rawValue ?? "#\(counter)", item.content))
        }
        match(newItems, oldItems, &taken, &renames)
        let oldNotes = previous.notes.map { textCandidate($0.id.rawValue, $0.content) }
        let newNotes = policy.notes.map { textCandidate($0.id.rawValue, $0.content) }
        match(newNotes.map { var c = $0; c.id = "note:" + c.id; return c }, oldNotes, &taken, &renames)
        apply(&policy, renames: renames, taken: taken)
    }

    /// Pairs candidates: identical keys first, then the most similar above the threshold.
    private static func match(_ new: [Candidate], _ old: [Candidate], _ taken: inout Set<String>, _ renames: inout [String: String]) {
        var matched: Set<Int> = []
        for (index, candidate) in new.enumerated() {
            if let found = old.first(where: { $0.key == candidate.key && !candidate.key.isEmpty && !taken.contains($0.id) }) {
                renames[candidate.id] = found.id
                taken.insert(found.id)
                matched.insert(index)
            }
        }
        var pairs: [(Double, Int, Int)] = []
        for (index, candidate) in new.enumerated() where !matched.contains(index) && !candidate.words.isEmpty {
            for (oldIndex, other) in old.enumerated() where !taken.contains(other.id) {
                let union = candidate.words.union(other.words).count
                let score = Double(candidate.words.intersection(other.words).count) / Double(max(union, 1))
                if score >= threshold { pairs.append((score, index, oldIndex)) }
            }
        }
        for (_, index, oldIndex) in pairs.sorted(by: { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) })
        where !matched.contains(index) && !taken.contains(old[oldIndex].id) {
            renames[new[index].id] = old[oldIndex].id
            taken.insert(old[oldIndex].id)
            matched.insert(index)
        }
    }

    private static func apply(_ policy: inout Policy, renames: [String: String], taken: Set<String>) {
        var used = taken
        func rename(_ id: String) -> String {
            if let reused = renames[id] { return reused }
            return IdentifierAssigner.unique(id, &used)
        }
        var noteIDs: [NoteID: NoteID] = [:]
        for index in policy.notes.indices {
            let old = policy.notes[index].id
            let new = NoteID(renames["note:" + old.rawValue] ?? IdentifierAssigner.unique(old.rawValue, &used))
            noteIDs[old] = new
            policy.notes[index].id = new
        }
        policy.transformSections { $0.id = ClauseID(rename($0.id.rawValue)) }
        var counter = 0
        policy.transformItems { item, _, _ in
            counter += 1
            if let id = item.id {
                item.id = ClauseID(rename(id.rawValue))
            } else if let reused = renames["#\(counter)"] {
                item.id = ClauseID(reused)
            }
        }
        policy.transformInlines { content in
            content.map { if case .noteReference(let id) = $0 { .noteReference(noteIDs[id] ?? id) } else { $0 } }
        }
    }

    private static func blockText(_ block: Block) -> String {
        switch block {
        case .paragraph(let paragraph): paragraph.content.plainText()
        case .list(let list): list.items.map { $0.content.plainText() }.joined(separator: " ")
        }
    }
}
