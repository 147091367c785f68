import PolicyModel

/// Checks a policy's rules for what the parser cannot see: unused terms, rules whose clause
/// never names their recipient, purpose, data category or fact, and rules that can never match.
public enum RuleLint {
    /// Every problem found, sorted by position. A translation has no rules of its own (its
    /// vocabulary only names the original's terms in its language), so nothing is linted there.
    public static func diagnostics(for policy: Policy) -> [Diagnostic] {
        guard policy.revision.translates == nil else { return [] }
        return diagnostics(for: policy, rules: RuleSet(policy: policy))
    }

    /// Every problem found in `policy`, whose rule set `rules` is (`RuleSet(policy:)`, made by
    /// a caller that needs it too), sorted by position.
    public static func diagnostics(for policy: Policy, rules: RuleSet) -> [Diagnostic] {
        guard policy.revision.translates == nil else { return [] }
        var diagnostics: [Diagnostic] = []
        let used = Set(rules.rules.flatMap { entry -> [TermID] in
            let rule = entry.rule
            return rule.actions + rule.purposes + rule.recipients + rule.data + rule.requires + rule.unless
        })
        for term in policy.vocabulary where term.definedIn == nil && !used.contains(term.id) {
            diagnostics.append(
                Diagnostic(
                    .warning, "unused-term",
                    "\(term.kind.rawValue) '\(term.id)' is declared but no rule uses it; use it, remove it, "
                        + "or give it 'defined-in' if it only describes requests", at: term.location))
        }
        let labels = Dictionary(policy.vocabulary.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Only clauses whose rules name data categories or facts are read with their context.
        let described = Set(
            rules.rules.filter { !$0.rule.data.isEmpty || !$0.rule.requires.isEmpty || !$0.rule.unless.isEmpty }
                .map(\.citation.id))
        let contexts = contexts(policy, for: described)
        var wantedByLabel: [String: Set<LabelMention.Stem>] = [:]
        for entry in rules.rules {
            let text = LabelMention.LoweredText(entry.citation.text)
            let rule = entry.rule
            // Recipients and purposes are names the clause uses as they are; data categories and
            // facts are descriptions it paraphrases, often after its heading or the paragraph
            // before it has named them.
            func significantStems(_ label: String) -> Set<LabelMention.Stem> {
                if let wanted = wantedByLabel[label] { return wanted }
                let wanted = LabelMention.significantStems(label)
                wantedByLabel[label] = wanted
                return wanted
            }
            // Which stems of all its data categories' and facts' labels the clause and its context
            // hold, read once the first such label is tested.
            var present: Set<LabelMention.Stem>?
            func described(_ label: String) -> Bool {
                let wanted = significantStems(label)
                guard !wanted.isEmpty else { return LabelMention.literal(label, in: text) }
                let stems =
                    present
                    ?? LabelMention.found(
                        (rule.data + rule.requires + rule.unless).reduce(into: Set()) { all, id in
                            if let term = labels[id] { all.formUnion(significantStems(term.label)) }
                        },
                        in: text.text + " " + (contexts[entry.citation.id] ?? ""))
                present = stems
                return LabelMention.mentions(wanted, in: stems)
            }
            let named: [(String, [TermID], (String) -> Bool)] = [
                ("recipient", rule.recipients, { LabelMention.literal($0, in: text) }),
                ("purpose", rule.purposes, { LabelMention.literal($0, in: text) }),
                ("data category", rule.data, described),
                ("fact", rule.requires + rule.unless, described),
            ]
            for (kind, ids, mentioned) in named {
                for id in ids {
                    guard let term = labels[id], !mentioned(term.label) else { continue }
                    diagnostics.append(
                        Diagnostic(
                            .warning, "label-not-in-clause",
                            "\(kind) '\(id)' (\"\(term.label)\") is not mentioned in the text of "
                                + "\(entry.citation.clause) \(entry.citation.id)", at: entry.rule.location))
                }
            }
            diagnostics += neverMatches(entry)
        }
        return Diagnostic.sorted(diagnostics)
    }

    /// What surrounds each clause of `clauses` and may name what it refers to: the heading of its
    /// section and the text of the block before it (for a list item or table row, the block
    /// before its list or table, and a row's caption and column headings), such as the
    /// paragraph that introduces a list or the list that "these cases" points back to.
    private static func contexts(_ policy: Policy, for clauses: Set<ClauseID>) -> [ClauseID: String] {
        var result: [ClauseID: String] = [:]
        guard !clauses.isEmpty else { return result }
        func text(_ block: Block?) -> String {
            switch block {
            case nil: ""
            case .paragraph(let paragraph): paragraph.content.plainText()
            case .list(let list): list.items.map { $0.content.plainText() }.joined(separator: " ")
            case .table(let table): table.rows.map { $0.content.plainText() }.joined(separator: " ")
            }
        }
        func visit(_ blocks: [Block], heading: String) {
            var before: Block?
            for block in blocks {
                switch block {
                case .paragraph(let paragraph):
                    if let id = paragraph.id, clauses.contains(id) { result[id] = heading + " " + text(before) }
                case .list(let list):
                    for item in list.items {
                        if let id = item.id, clauses.contains(id) { result[id] = heading + " " + text(before) }
                        visit(item.blocks, heading: heading)
                    }
                case .table(let table):
                    // A row is read with its table's caption and column headings.
                    let rows = table.rows.compactMap(\.id).filter(clauses.contains)
                    guard !rows.isEmpty else { break }
                    let labels = ([table.caption ?? []] + (table.header ?? [])).map { $0.plainText() }
                    let context = ([heading, text(before)] + labels).joined(separator: " ")
                    for id in rows { result[id] = context }
                }
                before = block
            }
        }
        for section in policy.allSections {
            let heading = section.heading.plainText()
            if clauses.contains(section.id) { result[section.id] = heading }
            visit(section.blocks, heading: heading)
        }
        return result
    }

    private static func neverMatches(_ entry: ClauseRule) -> [Diagnostic] {
        let rule = entry.rule
        var diagnostics: [Diagnostic] = []
        if rule.actions.isEmpty {
            diagnostics.append(
                Diagnostic(.error, "never-matches", "rule on \(entry.citation.id) names no action, so it never matches", at: rule.location))
        }
        let unless = Set(rule.unless)
        for fact in rule.requires where unless.contains(fact) {
            diagnostics.append(
                Diagnostic(
                    .error, "never-matches",
                    "rule on \(entry.citation.id) both requires and excludes fact '\(fact)', so it never matches",
                    at: rule.location))
        }
        return diagnostics
    }
}
