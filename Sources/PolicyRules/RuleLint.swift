import PolicyModel

/// Checks a policy's rules for what the parser cannot see: unused terms, rules whose clause
/// never names their recipient or purpose, and rules that can never match.
public enum RuleLint {
    /// Every problem found, sorted by position.
    public static func diagnostics(for policy: Policy) -> [Diagnostic] {
        let rules = RuleSet(policy: policy)
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
        for entry in rules.rules {
            let text = entry.citation.text.lowercased()
            for (kind, ids) in [("recipient", entry.rule.recipients), ("purpose", entry.rule.purposes)] {
                for id in ids {
                    guard let term = labels[id], !text.contains(term.label.lowercased()) else { continue }
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
