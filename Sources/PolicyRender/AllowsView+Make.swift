import PolicyModel
import PolicyRules

/// The "What this policy allows" page's view: for each action, its permits grouped by recipient,
/// the forbids that override them, and the clauses that deny the rest.
extension AllowsView {
    /// The view of what `rules` allow, each condition linked to its clause on the revision's page.
    static func make(_ policy: Policy, rules: RuleSet, links: SiteLinks) -> AllowsView {
        let words = RuleWords(rules.vocabulary, revision: links.revision ?? "")
        let actions = rules.vocabulary.filter { $0.kind == .action }.map { action in
            let entries = rules.rules.filter { $0.rule.actions.contains(action.id) }
            let permits = entries.filter { $0.rule.effect == .permit }
            var groups: [AllowsRecipientView] = []
            let any = permits.filter { $0.rule.recipients.isEmpty }
            for recipient in rules.vocabulary where recipient.kind == .recipient {
                let named = permits.filter { $0.rule.recipients.contains(recipient.id) }
                guard !named.isEmpty else { continue }
                groups.append(
                    AllowsRecipientView(
                        label: recipient.label, id: recipient.id.rawValue, conditions: named.map { words.condition($0) }
                    ))
            }
            if !any.isEmpty {
                let label = groups.isEmpty ? "any recipient" : "any recipient, including those below"
                groups.insert(
                    AllowsRecipientView(label: label, id: "", conditions: any.map { words.condition($0) }), at: 0)
            }
            let forbids = entries.filter { $0.rule.effect == .forbid }.map { words.condition($0, naming: true) }
            let defaults = entries.filter { $0.rule.effect == .denyByDefault }.map { words.condition($0) }
            return AllowsActionView(
                id: action.id.rawValue, label: action.label, recipients: groups, forbids: forbids,
                defaults: Self.unique(defaults))
        }
        let revision = links.revision ?? ""
        return AllowsView(
            language: policy.language, policyTitle: policy.title.plainText(), publisher: policy.publisher.plainText(),
            effective: policy.revision.effective.description, effectiveLong: policy.revision.effective.longDescription,
            revisionHref: revision, rulesHref: (links.rules ?? "") + "rules.json", actions: actions,
            page: PageContext(links, style: ""))
    }

    /// Each clause once, in document order.
    private static func unique(_ conditions: [AllowsConditionView]) -> [AllowsConditionView] {
        var seen = Set<String>()
        return conditions.filter { seen.insert($0.clauseID).inserted }
    }
}

/// Turns rules into phrases in the vocabulary's own words.
struct RuleWords {
    private let labels: [TermID: String]
    /// The link to the revision's page, whose anchors the clauses are.
    private let revision: String

    init(_ vocabulary: [Term], revision: String) {
        self.revision = revision
        labels = Dictionary(vocabulary.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    }

    /// A rule as phrases, linked to its clause on the revision page; `naming` adds its recipients.
    func condition(_ entry: ClauseRule, naming recipients: Bool = false) -> AllowsConditionView {
        let rule = entry.rule
        var phrases: [AllowsPhraseView] = []
        if recipients { phrase(&phrases, "to", rule.recipients, joiner: "or") }
        phrase(&phrases, "of", rule.data, joiner: "or")
        phrase(&phrases, "for", rule.purposes, joiner: "or")
        phrase(&phrases, "when", rule.requires, joiner: "and")
        phrase(&phrases, "unless", rule.unless, joiner: "or")
        let citation = entry.citation
        return AllowsConditionView(
            phrases: phrases, unconditional: "with no further condition", citation: citation.clause,
            href: revision + "#" + citation.id.rawValue, clauseID: citation.id.rawValue, summary: rule.summary)
    }

    private func phrase(_ phrases: inout [AllowsPhraseView], _ lead: String, _ ids: [TermID], joiner: String) {
        guard !ids.isEmpty else { return }
        let words = ids.map { labels[$0] ?? $0.rawValue }
        phrases.append(
            AllowsPhraseView(
                lead: lead, terms: Self.join(words, joiner), ids: ids.map(\.rawValue).joined(separator: ", ")))
    }

    /// `a`, `a or b`, `a, b or c`.
    static func join(_ words: [String], _ joiner: String) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " \(joiner) " + words.last!
    }
}
