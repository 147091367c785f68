import PolicyModel
import PolicyRender
import PolicyRules

/// `<policy>/<date>/rules.json` and `<policy>/<date>/allows/index.html` for every revision
/// whose clauses carry rules: the JSON export, and the rules in words, each linked to its clause.
enum RulesPages {
    static func add(_ context: inout SiteContext) throws {
        let revisions = zip(context.histories, context.analyses).flatMap { history, analysis in
            analysis.revisions.map { (history, $0) }
        }
        let (renderer, versions) = (context.renderer, context.versions)
        let pages = revisions.concurrentMap { history, revision -> [(String, String)] in
            let policy = revision.policy
            // A translation's rules are its original's, cited in the translation's words.
            let rules =
                LanguageVersions.isTranslation(history)
                ? RuleSet(policy: versions.rulesSource(of: policy), citingIn: policy) : revision.rules
            guard !rules.rules.isEmpty else { return [] }
            let folder = "\(LanguageVersions.folder(history))/\(policy.revision.effective)"
            let root = "../../" + LanguageVersions.up(history)
            return [
                ("\(folder)/rules.json", JSONExport.document(rules)),
                (
                    "\(folder)/allows/index.html",
                    renderer.renderAllows(
                        AllowsPage.view(policy, rules: rules, renderer.strings(for: policy.language), root: root))
                ),
            ]
        }
        for (path, text) in pages.joined() { context.files.add(path, text) }
    }

    /// Whether a revision gets the rules files, so its pages can link to them.
    static func hasRules(_ policy: Policy) -> Bool {
        policy.clauses.contains { !$0.rules.isEmpty }
    }
}

/// The "What this policy allows" page's view: for each action, its permits grouped by recipient,
/// the forbids that override them, and the clauses that deny the rest.
enum AllowsPage {
    /// The page of `policy`'s rules, `root` away from the site's root.
    static func view(_ policy: Policy, rules: RuleSet, _ strings: UIStrings, root: String) -> AllowsView {
        let words = Words(rules.vocabulary, strings)
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
                        label: recipient.label, id: recipient.id.rawValue, conditions: named.map { words.condition($0) }))
            }
            if !any.isEmpty {
                let label = strings.text(groups.isEmpty ? "anyRecipient" : "anyRecipientIncluding")
                groups.insert(AllowsRecipientView(label: label, id: "", conditions: any.map { words.condition($0) }), at: 0)
            }
            let forbids = entries.filter { $0.rule.effect == .forbid }.map { words.condition($0, naming: true) }
            let defaults = entries.filter { $0.rule.effect == .denyByDefault }.map { words.condition($0) }
            return AllowsActionView(
                id: action.id.rawValue, label: action.label, recipients: groups, forbids: forbids,
                defaults: Self.unique(defaults))
        }
        var page = PageContext.site(stylesheetHref: root + "style.css", homeHref: root)
        page.hasRules = true
        return AllowsView(
            language: policy.language, policyTitle: policy.title.plainText(), publisher: policy.publisher.plainText(),
            effective: policy.revision.effective.description, effectiveLong: strings.date(policy.revision.effective),
            revisionHref: "../", rulesHref: "../rules.json", actions: actions, page: page)
    }

    /// Each clause once, in document order.
    private static func unique(_ conditions: [AllowsConditionView]) -> [AllowsConditionView] {
        var seen = Set<String>()
        return conditions.filter { seen.insert($0.clauseID).inserted }
    }
}

/// Turns rules into phrases in the vocabulary's own words.
struct Words {
    private let labels: [TermID: String]
    private let strings: UIStrings

    init(_ vocabulary: [Term], _ strings: UIStrings) {
        labels = Dictionary(vocabulary.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        self.strings = strings
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
            href: "../#\(citation.id.rawValue)", clauseID: citation.id.rawValue, summary: rule.summary)
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
