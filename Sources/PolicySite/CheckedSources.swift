import PolicyDiff
import PolicyModel
import PolicyRules
import PolicySource

/// Sources read the way `check` reads them: the parser's diagnostics and the rule lint's
/// together, so what `check` calls an error stops every command that publishes.
public enum CheckedSources {
    /// Loads files and directories as `SourceLoader.load` does, with every revision's rules
    /// linted and its closing date line checked, and a warning for every clause of an original that
    /// changed after the revision its latest translation follows; files are parsed, and revisions
    /// linted, on every core.
    public static func load(paths: [String]) -> LoadResult {
        loadWithRules(paths: paths).result
    }

    /// Loads as `load(paths:)` does, and returns the rule set the lint made of every revision
    /// with rules of its own (every one but a translation's), by its source file, for the
    /// analysis to use instead of making it again.
    static func loadWithRules(paths: [String]) -> (result: LoadResult, rules: [String: RuleSet]) {
        var result = SourceLoader.load(paths: paths) { $0.concurrentMap { PolicyParser.parse(fileAtPath: $0) } }
        let revisions = result.histories.flatMap { $0.revisions + $0.translations.flatMap(\.revisions) }
        let linted = revisions.concurrentMap { policy -> ([Diagnostic], RuleSet?) in
            let rules = policy.revision.translates == nil ? RuleSet(policy: policy) : nil
            return (lint(policy, rules: rules), rules)
        }
        var rules: [String: RuleSet] = [:]
        for (policy, (_, ruleSet)) in zip(revisions, linted) where ruleSet != nil {
            rules[policy.location.file] = ruleSet
        }
        let found = linted.flatMap { $0.0 } + result.histories.flatMap(staleness)
        guard !found.isEmpty else { return (result, rules) }
        result.diagnostics = Diagnostic.sorted(result.diagnostics + found)
        return (result, rules)
    }

    /// Parses one source file with its rules linted; the policy is nil when any problem is an error.
    public static func parse(fileAtPath path: String) -> ParseResult {
        var result = PolicyParser.parse(fileAtPath: path)
        guard let policy = result.policy else { return result }
        let lint = lint(policy)
        guard !lint.isEmpty else { return result }
        result.diagnostics = Diagnostic.sorted(result.diagnostics + lint)
        if lint.containsErrors { result.policy = nil }
        return result
    }

    /// What `check` adds to the parser's diagnostics for one revision; `rules`, when given, is
    /// its rule set, already made.
    private static func lint(_ policy: Policy, rules: RuleSet? = nil) -> [Diagnostic] {
        (rules.map { RuleLint.diagnostics(for: policy, rules: $0) } ?? RuleLint.diagnostics(for: policy))
            + ClosingDateCheck.diagnostics(for: policy)
    }

    /// The staleness warnings of every translation of a policy: a warning for every clause of
    /// the original that changed after the revision its latest translation follows.
    static func staleness(_ history: PolicyHistory) -> [Diagnostic] {
        history.translations.flatMap { translation -> [Diagnostic] in
            guard let latest = translation.revisions.last,
                let status = TranslationStatus(translation: translation, original: history)
            else { return [] }
            return status.diagnostics(for: latest)
        }
    }
}
