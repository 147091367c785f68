import PolicyModel
import PolicyRules
import PolicySource

/// Sources read the way `check` reads them: the parser's diagnostics and the rule lint's
/// together, so what `check` calls an error stops every command that publishes.
public enum CheckedSources {
    /// Loads files and directories as `SourceLoader.load` does, with every revision's rules
    /// linted; files are parsed, and revisions linted, on every core.
    public static func load(paths: [String]) -> LoadResult {
        var result = SourceLoader.load(paths: paths) { $0.concurrentMap { PolicyParser.parse(fileAtPath: $0) } }
        let lint = result.histories.flatMap(\.revisions).concurrentMap(RuleLint.diagnostics(for:)).flatMap { $0 }
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
}
