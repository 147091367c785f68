import PolicyModel

/// Gives sections and ordered-list items stable, readable, unique ids: slugs of their
/// headings or text, else their position (`section-7.1`).
enum IdentifierAssigner {
    /// Assigns ids to every section and every item of an ordered list; note ids are kept.
    static func assign(_ policy: inout Policy) {
        var used = Set(policy.notes.map(\.id.rawValue))
        policy.transformSections { section in
            var base = Slug.make(section.heading.plainText())
            if base.isEmpty { base = "section-\(section.number)" }
            section.id = ClauseID(unique(base, &used))
        }
        var position: [String: Int] = [:]
        policy.transformItems { item, owner, ordered in
            guard item.id == nil, ordered else { return }
            position[owner, default: 0] += 1
            let words = Slug.make(item.content.plainText(), maxWords: 3)
            let base = words.isEmpty ? "\(owner)-item-\(position[owner]!)" : "\(owner)-\(words)"
            item.id = ClauseID(unique(base, &used))
        }
    }

    /// `base`, or `base-2`, `base-3`… whichever is free; the result is marked used.
    static func unique(_ base: String, _ used: inout Set<String>) -> String {
        var candidate = base
        var suffix = 2
        while !used.insert(candidate).inserted {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        return candidate
    }
}
