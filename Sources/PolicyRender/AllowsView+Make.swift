import PolicyModel
import PolicyRules

/// The "What this policy allows" page's view: for each action, its permits grouped by recipient,
/// the forbids that override them, and the clauses that deny the rest.
extension AllowsView {
    /// The view of what `rules` allow, each condition linked to its clause on the revision's page.
    static func make(_ policy: Policy, rules: RuleSet, links: SiteLinks, words strings: UIStrings) -> AllowsView {
        let words = RuleWords(rules.vocabulary, revision: links.revision ?? "", strings)
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
                let label = strings.text(groups.isEmpty ? "anyRecipient" : "anyRecipientIncluding")
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
            effective: policy.revision.effective.description, effectiveLong: strings.date(policy.revision.effective),
            revisionHref: revision, rulesHref: (links.rules ?? "") + "rules.json", actions: actions,
            page: PageContext(links, style: "", words: strings))
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
    private let strings: UIStrings

    init(_ vocabulary: [Term], revision: String, _ strings: UIStrings) {
        self.revision = revision
        self.strings = strings
        labels = Dictionary(vocabulary.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    }

    /// A rule as phrases, linked to its clause on the revision page; `naming` adds its recipients.
    func condition(_ entry: ClauseRule, naming recipients: Bool = false) -> AllowsConditionView {
        let rule = entry.rule
        var phrases: [AllowsPhraseView] = []
        if recipients { phrase(&phrases, "leadTo", rule.recipients, joiner: "or") }
        phrase(&phrases, "leadOf", rule.data, joiner: "or")
        phrase(&phrases, "leadFor", rule.purposes, joiner: "or")
        phrase(&phrases, "leadWhen", rule.requires, joiner: "and")
        phrase(&phrases, "leadUnless", rule.unless, joiner: "or")
        let citation = entry.citation
        return AllowsConditionView(
            phrases: phrases, unconditional: strings.text("unconditional"), citation: citation.clause,
            href: revision + "#" + citation.id.rawValue, clauseID: citation.id.rawValue, summary: rule.summary)
    }

    private func phrase(_ phrases: inout [AllowsPhraseView], _ lead: String, _ ids: [TermID], joiner: String) {
        guard !ids.isEmpty else { return }
        let words = ids.map { labels[$0] ?? $0.rawValue }
        phrases.append(
            AllowsPhraseView(
                lead: strings.text(lead), terms: join(words, joiner), ids: ids.map(\.rawValue).joined(separator: ", ")))
    }

    /// `a`, `a or b`, `a, b or c` (in the page's language: `a、bまたはc`).
    func join(_ words: [String], _ joiner: String) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: strings.text("listComma")) + strings.text(joiner) + words.last!
    }
}
