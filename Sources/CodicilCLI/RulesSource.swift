import ArgumentParser
import PolicyModel
import PolicyRules
import PolicySource

/// Loading the one revision a `rules` command works on.
enum RulesSource {
    /// The rule set of a source file; prints its diagnostics to standard error and exits 2 when it has errors.
    static func load(_ path: String) throws -> RuleSet {
        let result = PolicyParser.parse(fileAtPath: path)
        guard let policy = result.policy else {
            for diagnostic in result.diagnostics { Output.standardError(diagnostic.description) }
            throw ExitCode(2)
        }
        return RuleSet(policy: policy)
    }
}
