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
        func sectionCandidate(_ section: Section) -> Candidate {
            let heading = words(section.heading.plainText())
            var body: [String] = []
            for block in section.blocks.prefix(2) { body += words(blockText(block), limit: 40 - body.count) }
            return Candidate(id: section.id.rawValue, key: heading.joined(separator: " "), words: Set(heading + body))
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
        old.transformItems { item, _, _ in
            if let id = item.id { oldItems.append(textCandidate(id.rawValue, item.content)) }
        }
        var newItems: [Candidate] = []
        var counter = 0
        policy.transformItems { item, _, _ in
            counter += 1
            newItems.append(textCandidate(item.id?.rawValue ?? "#\(counter)", item.content))
        }
        match(newItems, oldItems, &taken, &renames)
        var oldRows: [Candidate] = []
        old.transformRows { row, _ in
            if let id = row.id { oldRows.append(textCandidate(id.rawValue, row.content)) }
        }
        var newRows: [Candidate] = []
        policy.transformRows { row, _ in
            if let id = row.id { newRows.append(textCandidate(id.rawValue, row.content)) }
        }
        match(newRows, oldRows, &taken, &renames)
        let oldNotes = previous.notes.map { textCandidate($0.id.rawValue, $0.content) }
        let newNotes = policy.notes.map { textCandidate($0.id.rawValue, $0.content) }
        match(
            newNotes.map {
                var c = $0; c.id = "note:" + c.id; return c
            }, oldNotes, &taken, &renames)
        apply(&policy, renames: renames, taken: taken)
    }

    /// Pairs candidates: identical keys first, then the most similar above the threshold.
    /// - Complexity: O(*n* + *m*) hash lookups for identical keys, then what `SimilarPairs.find`
    ///   costs, and O(*p* log *p*) to rank the *p* similar pairs.
    private static func match(
        _ new: [Candidate], _ old: [Candidate], _ taken: inout Set<String>, _ renames: inout [String: String]
    ) {
        var matched: Set<Int> = []
        // Old candidates by key, in order; each key's cursor passes the ones already taken.
        var byKey: [String: [Int]] = [:]
        for (index, candidate) in old.enumerated() where !candidate.key.isEmpty {
            byKey[candidate.key, default: []].append(index)
        }
        var cursor: [String: Int] = [:]
        for (index, candidate) in new.enumerated() where !candidate.key.isEmpty {
            guard let indices = byKey[candidate.key] else { continue }
            var next = cursor[candidate.key, default: 0]
            while next < indices.count, taken.contains(old[indices[next]].id) { next += 1 }
            cursor[candidate.key] = next
            guard next < indices.count else { continue }
            let found = old[indices[next]]
            renames[candidate.id] = found.id
            taken.insert(found.id)
            matched.insert(index)
        }
        let pairs = SimilarPairs.find(
            new: new.map(\.words), old: old.map(\.words), threshold: threshold,
            includeNew: { !matched.contains($0) }, includeOld: { !taken.contains(old[$0].id) })
        for (_, index, oldIndex) in pairs.sorted(by: { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) })
        where !matched.contains(index) && !taken.contains(old[oldIndex].id) {
            renames[new[index].id] = old[oldIndex].id
            taken.insert(old[oldIndex].id)
            matched.insert(index)
        }
    }

    private static func apply(_ policy: inout Policy, renames: [String: String], taken: Set<String>) {
        var used = UsedIdentifiers(taken)
        func rename(_ id: String) -> String {
            if let reused = renames[id] { return reused }
            return used.unique(id)
        }
        var noteIDs: [NoteID: NoteID] = [:]
        for index in policy.notes.indices {
            let old = policy.notes[index].id
            let new = NoteID(renames["note:" + old.rawValue] ?? used.unique(old.rawValue))
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
        policy.transformRows { row, _ in row.id = row.id.map { ClauseID(rename($0.rawValue)) } }
        policy.transformInlines { content in
            content.map { if case .noteReference(let id) = $0 { .noteReference(noteIDs[id] ?? id) } else { $0 } }
        }
    }

    /// The first `limit` runs of letters and digits in the text, lower-cased.
    /// - Complexity: O(*n*) in the length of the text read; ASCII letters are told apart without
    ///   looking up Unicode properties.
    static func words(_ text: String, limit: Int = .max) -> [String] {
        var result: [String] = []
        guard limit > 0 else { return result }
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text, limit: limit) }
        let lowered = text.lowercased()
        var start: String.Index?
        var index = lowered.startIndex
        while index < lowered.endIndex {
            let character = lowered[index]
            let isWordPart: Bool
            if let ascii = character.asciiValue {
                isWordPart = (0x61...0x7A).contains(ascii | 0x20) || (0x30...0x39).contains(ascii)
            } else {
                isWordPart = character.isLetter || character.isNumber
            }
            if isWordPart {
                if start == nil { start = index }
            } else if let first = start {
                result.append(String(lowered[first..<index]))
                start = nil
                if result.count == limit { return result }
            }
            index = lowered.index(after: index)
        }
        if let first = start { result.append(String(lowered[first...])) }
        return result
    }

    /// `words(_:limit:)` for ASCII text, read byte by byte.
    private static func asciiWords(_ text: String, limit: Int) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                current.append(lower)
            } else if !current.isEmpty {
                result.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
                if result.count == limit { return result }
            }
        }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }

    private static func blockText(_ block: Block) -> String {
        switch block {
        case .paragraph(let paragraph): paragraph.content.plainText()
        case .list(let list): list.items.map { $0.content.plainText() }.joined(separator: " ")
        case .table(let table): table.rows.map { $0.content.plainText() }.joined(separator: " ")
        }
    }
}
