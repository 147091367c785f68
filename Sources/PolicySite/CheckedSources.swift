import PolicyDiff
import PolicyModel
import PolicyRules
import PolicySource

/// Sources read the way `check` reads them: the parser's diagnostics and the rule lint's
/// together, so what `check` calls an error stops every command that publishes.
public enum CheckedSources {
    /// Loads files and directories as `SourceLoader.load` does, with every revision's rules
    /// linted, and a warning for every clause of an original that changed after the revision its
    /// latest translation follows.
    public static func load(paths: [String]) -> LoadResult {
        var result = SourceLoader.load(paths: paths)
        let lint =
            result.histories.flatMap(\.revisions).concurrentMap(RuleLint.diagnostics(for:)).flatMap { $0 }
            + result.histories.flatMap(staleness)
        guard !lint.isEmpty else { return result }
        result.diagnostics = Diagnostic.sorted(result.diagnostics + lint)
        return result
    }

    /// Parses one source file with its rules linted; the policy is nil when any problem is an error.
    public static func parse(fileAtPath path: String) -> ParseResult {
        var result = PolicyParser.parse(fileAtPath: path)
        guard let policy = result.policy else { return result }
        let lint = RuleLint.diagnostics(for: policy)
        guard !lint.isEmpty else { return result }
        result.diagnostics = Diagnostic.sorted(result.diagnostics + lint)
        if lint.containsErrors { result.policy = nil }
        return result
    }

    /// The staleness warnings of every translation of a policy.
    static func staleness(_ history: PolicyHistory) -> [Diagnostic] {
        history.translations.flatMap { translation -> [Diagnostic] in
            guard let latest = translation.revisions.last,
                let status = TranslationStatus(translation: translation, original: history)
            else { return [] }
            return status.diagnostics(for: latest)
        }
    }
}
