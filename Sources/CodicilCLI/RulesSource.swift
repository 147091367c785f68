import ArgumentParser
import Foundation
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
        guard let translates = policy.revision.translates else { return RuleSet(policy: policy) }
        return RuleSet(policy: try original(of: policy, translating: translates, at: path), citingIn: policy)
    }

    /// The original revision a translation's file translates, read from the policy folder above
    /// the file's language folder.
    static func original(of translation: Policy, translating date: PolicyDate, at path: String) throws -> Policy {
        let policyFolder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
            .deletingLastPathComponent().path
        let loaded = SourceLoader.load(paths: [policyFolder])
        let history = loaded.histories.first { $0.id == translation.id }
        guard let original = history?.revision(effective: date), original.language != translation.language else {
            Output.standardError(
                "\(path): error: a translation's rules are the original's, and the revision it translates (\(date)) "
                    + "was not found in \(policyFolder) [translates-unknown]")
            throw ExitCode(2)
        }
        return original
    }
}
