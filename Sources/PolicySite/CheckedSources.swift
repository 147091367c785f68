import PolicyModel
import PolicyRules
import PolicySource

/// Sources read the way `check` reads them: the parser's diagnostics and the rule lint's
/// together, so what `check` calls an error stops every command that publishes.
public enum CheckedSources {
    /// Loads files and directories as `SourceLoader.load` does, with every revision's rules
    /// linted and its closing date line checked; files are parsed, and revisions linted, on every core.
    public static func load(paths: [String]) -> LoadResult {
        var result = SourceLoader.load(paths: paths) { $0.concurrentMap { PolicyParser.parse(fileAtPath: $0) } }
        let lint = result.histories.flatMap(\.revisions).concurrentMap(lint).flatMap { $0 }
        guard !lint.isEmpty else { return result }
        result.diagnostics = Diagnostic.sorted(result.diagnostics + lint)
        return result
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

    /// What `check` adds to the parser's diagnostics for one revision.
    private static func lint(_ policy: Policy) -> [Diagnostic] {
        RuleLint.diagnostics(for: policy) + ClosingDateCheck.diagnostics(for: policy)
    }
}
