import ArgumentParser
import PolicyModel
import PolicyRules
import PolicySite
import PolicySource

/// Loading the one revision a `rules` command works on.
enum RulesSource {
    /// The rule set of a source file; prints its diagnostics to standard error and exits 2 when it
    /// has errors. For an export (`publishing`), the rule lint's errors count too, as in `check`.
    static func load(_ path: String, publishing: Bool = false) throws -> RuleSet {
        let result = publishing ? CheckedSources.parse(fileAtPath: path) : PolicyParser.parse(fileAtPath: path)
        guard let policy = result.policy else {
            for diagnostic in result.diagnostics { Output.standardError(diagnostic.description) }
            throw ExitCode(2)
        }
        return RuleSet(policy: policy)
    }
}
