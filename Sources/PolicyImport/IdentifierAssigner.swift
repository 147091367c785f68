import PolicyModel

/// Gives sections, ordered-list items and table rows stable, readable, unique ids: slugs of their
/// headings or text, else their position (`section-7.1`).
enum IdentifierAssigner {
    /// Assigns ids to every section, every item of an ordered list and every table row; note ids are kept.
    static func assign(_ policy: inout Policy) {
        var used = UsedIdentifiers(policy.notes.map(\.id.rawValue))
        policy.transformSections { section in
            var base = Slug.make(section.heading.plainText())
            if base.isEmpty { base = "section-\(section.number)" }
            section.id = ClauseID(used.unique(base))
        }
        var position: [String: Int] = [:]
        policy.transformItems { item, owner, ordered in
            guard item.id == nil, ordered else { return }
            position[owner, default: 0] += 1
            let words = Slug.make(item.content.plainText(), maxWords: 3)
            let base = words.isEmpty ? "\(owner)-item-\(position[owner]!)" : "\(owner)-\(words)"
            item.id = ClauseID(used.unique(base))
        }
        var rows: [String: Int] = [:]
        policy.transformRows { row, owner in
            guard row.id == nil else { return }
            rows[owner, default: 0] += 1
            let words = Slug.make(row.cells.first?.plainText() ?? "", maxWords: 3)
            let base = words.isEmpty ? "\(owner)-row-\(rows[owner]!)" : "\(owner)-\(words)"
            row.id = ClauseID(used.unique(base))
        }
    }
}

/// The ids given out so far, and the next free one for a wanted base.
struct UsedIdentifiers {
    private var used: Set<String>
    /// For each base asked for twice, the suffix to try next: every lower one is taken.
    private var nextSuffix: [String: Int] = [:]

    init(_ ids: some Sequence<String>) { used = Set(ids) }

    /// `base`, or `base-2`, `base-3`… whichever is free; the result is marked used.
    /// - Complexity: amortised O(1) per call: suffixes found taken are not tried again.
    mutating func unique(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var suffix = nextSuffix[base, default: 2]
        while !used.insert("\(base)-\(suffix)").inserted { suffix += 1 }
        nextSuffix[base] = suffix + 1
        return "\(base)-\(suffix)"
    }
}
