import PolicyModel

/// Reuses the ids of a previous revision for sections, items and notes that match it: the same
/// heading or text, else words similar enough, so a history's diffs align clause by clause.
enum IdentifierAlignment {
    /// How alike two texts' word sets must be (Jaccard) for a clause to keep its old id.
    static let threshold = 0.5

    struct Candidate {
        var id: String
        /// The heading or text, as words (`TextKeys.key` of `text`): candidates with equal keys
        /// are the same clause.
        var key: String
        /// The key's number (`WordNumbers`).
        var keyNumber: Int
        /// Keys that tell apart candidates with the same key, most telling first: the key with the
        /// whole text, then with the neighbours' keys; each a sequence of numbered keys or texts.
        var refinements: [[Int]] = []
        /// The text whose words, with the first words of `body`, are compared for similarity: read
        /// only for the candidates that no key pairs.
        var text: [Inline]
        var body: [Block] = []

        /// The distinct numbers of the words compared for similarity: the text's, and the first 40
        /// of the body's.
        func words(_ numbers: inout WordNumbers) -> [Int] {
            // The key holds the text's words: read again only when they are not ASCII.
            var words =
                TextKeys.numberedWords(ofKey: key, numbers: &numbers)
                ?? TextKeys.numberedWords(text.plainText(), numbers: &numbers)
            var body: [String] = []
            for block in self.body { body += IdentifierAlignment.blockWords(block, limit: 40 - body.count) }
            words += body.map { numbers.number(of: $0) }
            return WordNumbers.distinct(words)
        }
    }

    /// Renames the policy's ids to the previous revision's where clauses match.
    static func align(_ policy: inout Policy, like previous: Policy) {
        var numbers = WordNumbers()
        func textCandidate(_ id: String, _ content: [Inline]) -> Candidate {
            let key = TextKeys.key(content.plainText())
            return Candidate(id: id, key: key, keyNumber: numbers.number(of: key), text: content)
        }
        var taken: Set<String> = []
        var renames: [String: String] = [:]
        let repeated = repeatedKeys(policy.sections, previous.sections)
        match(
            sectionCandidates(policy.sections, refining: repeated, numbers: &numbers),
            sectionCandidates(previous.sections, refining: repeated, numbers: &numbers),
            &taken, &renames, &numbers)
        var oldItems: [Candidate] = []
        previous.forEachItem { item in
            if let id = item.id { oldItems.append(textCandidate(id.rawValue, item.content)) }
        }
        var newItems: [Candidate] = []
        var counter = 0
        policy.forEachItem { item in
            counter += 1
            newItems.append(textCandidate(item.id?.rawValue ?? "#\(counter)", item.content))
        }
        let empty = numbers.number(of: "")
        match(withNeighbours(newItems, none: empty), withNeighbours(oldItems, none: empty), &taken, &renames, &numbers)
        var oldRows: [Candidate] = []
        previous.forEachRow { row in
            if let id = row.id { oldRows.append(textCandidate(id.rawValue, row.content)) }
        }
        var newRows: [Candidate] = []
        policy.forEachRow { row in
            if let id = row.id { newRows.append(textCandidate(id.rawValue, row.content)) }
        }
        match(newRows, oldRows, &taken, &renames, &numbers)
        let oldNotes = previous.notes.map { textCandidate($0.id.rawValue, $0.content) }
        let newNotes = policy.notes.map { textCandidate($0.id.rawValue, $0.content) }
        match(
            newNotes.map {
                var c = $0; c.id = "note:" + c.id; return c
            }, oldNotes, &taken, &renames, &numbers)
        apply(&policy, renames: renames, taken: taken)
    }

    /// Items told apart by the items before and after them (`none`, the empty key's number, at
    /// either end).
    private static func withNeighbours(_ candidates: [Candidate], none: Int) -> [Candidate] {
        candidates.indices.map { index in
            var candidate = candidates[index]
            let before = index > 0 ? candidates[index - 1].keyNumber : none
            let after = index + 1 < candidates.count ? candidates[index + 1].keyNumber : none
            let key = candidate.keyNumber
            candidate.refinements = [[key, before, after], [key, before], [key, after]]
            return candidate
        }
    }

    /// Pairs candidates: equal keys first, where one new and one old candidate have the key (or,
    /// for keys several share, one of its refinements); then the most similar above the
    /// threshold; then what is left of each key, in order.
    /// - Complexity: O(*r*·(*n* + *m*)) hash lookups for *r* refinements, then what
    ///   `SimilarPairs.find` costs, and O(*p* log *p*) to rank the *p* similar pairs.
    private static func match(
        _ new: [Candidate], _ old: [Candidate], _ taken: inout Set<String>, _ renames: inout [String: String],
        _ numbers: inout WordNumbers
    ) {
        var matched: Set<Int> = []
        func pair(_ index: Int, _ oldIndex: Int) {
            renames[new[index].id] = old[oldIndex].id
            taken.insert(old[oldIndex].id)
            matched.insert(index)
        }
        let levels = 1 + max(new.map { $0.refinements.count }.max() ?? 0, old.map { $0.refinements.count }.max() ?? 0)
        // Each round may make a key unique that was not; three rounds settle what a revision moves.
        for _ in 0..<3 {
            let before = matched.count
            for level in 0..<levels {
                func key(_ candidate: Candidate) -> [Int]? {
                    guard !candidate.key.isEmpty else { return nil }
                    return level == 0 ? [candidate.keyNumber] : candidate.refinements.dropFirst(level - 1).first
                }
                var newByKey: [[Int]: [Int]] = [:]
                for (index, candidate) in new.enumerated() where !matched.contains(index) {
                    if let key = key(candidate) { newByKey[key, default: []].append(index) }
                }
                var oldByKey: [[Int]: [Int]] = [:]
                for (index, candidate) in old.enumerated() where !taken.contains(candidate.id) {
                    if let key = key(candidate), newByKey[key] != nil { oldByKey[key, default: []].append(index) }
                }
                for (key, indices) in newByKey where indices.count == 1 {
                    guard let olds = oldByKey[key], olds.count == 1 else { continue }
                    pair(indices[0], olds[0])
                }
            }
            if matched.count == before { break }
        }
        // Words are read only for what the keys left unpaired, no other being compared; and for
        // none of the new when no old one is left.
        let oldWords = old.indices.map { taken.contains(old[$0].id) ? [] : old[$0].words(&numbers) }
        let anyOld = oldWords.contains { !$0.isEmpty }
        let newWords = new.indices.map { !anyOld || matched.contains($0) ? [] : new[$0].words(&numbers) }
        let pairs = SimilarPairs.find(
            new: newWords, old: oldWords, threshold: threshold,
            includeNew: { !matched.contains($0) }, includeOld: { !taken.contains(old[$0].id) })
        for (_, index, oldIndex) in pairs.sorted(by: { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) })
        where !matched.contains(index) && !taken.contains(old[oldIndex].id) {
            pair(index, oldIndex)
        }
        var leftOver: [String: [Int]] = [:]
        for (index, candidate) in old.enumerated() where !candidate.key.isEmpty && !taken.contains(candidate.id) {
            leftOver[candidate.key, default: []].append(index)
        }
        var cursor: [String: Int] = [:]
        for (index, candidate) in new.enumerated() where !candidate.key.isEmpty && !matched.contains(index) {
            guard let olds = leftOver[candidate.key], cursor[candidate.key, default: 0] < olds.count else { continue }
            pair(index, olds[cursor[candidate.key, default: 0]])
            cursor[candidate.key, default: 0] += 1
        }
    }

    /// Renames ids as `renames` says (notes under `note:`, unnamed items as `#` and their place),
    /// and makes every other id unique against `taken`.
    static func apply(_ policy: inout Policy, renames: [String: String], taken: Set<String>) {
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
        // Most revisions keep every note's id: then no text needs a pass.
        guard noteIDs.contains(where: { $0.key != $0.value }) else { return }
        policy.transformInlines { content in
            content.map { if case .noteReference(let id) = $0 { .noteReference(noteIDs[id] ?? id) } else { $0 } }
        }
    }
}
