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
        let policyFolder = Self.policyFolder(of: path)
        guard let original = originalHistory(of: translation, at: path)?.revision(effective: date) else {
            Output.standardError(
                "\(path): error: a translation's rules are the original's, and the revision it translates (\(date)) "
                    + "was not found in \(policyFolder) [translates-unknown]")
            throw ExitCode(2)
        }
        return original
    }

    /// The folder of the policy a translation's file at `path` belongs to: the one above its
    /// language folder.
    private static func policyFolder(of path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().deletingLastPathComponent().path
    }

    /// The original's history a translation's revision belongs to, read from the policy folder
    /// above the file's language folder; nil for an original's revision, or when none is there.
    static func originalHistory(of translation: Policy, at path: String) -> PolicyHistory? {
        guard translation.revision.translates != nil else { return nil }
        let history = SourceLoader.load(paths: [policyFolder(of: path)]).histories.first { $0.id == translation.id }
        return history?.language == translation.language ? nil : history
    }

    /// Diffs two revisions and compares what their rules decide; two revisions of a translation
    /// are compared by the rules of the original revisions they translate.
    static func assessment(from old: Policy, to new: Policy) -> ChangeAssessment {
        let prepared = prepare(old, new)
        return ChangeAssessment(from: prepared.old, to: prepared.new)
    }

    /// Two revisions prepared for `ChangeAssessment`, each with the rules it is assessed by (a
    /// translation's, the original's); a caller that exits without freeing keeps them.
    static func prepare(_ old: Policy, _ new: Policy) -> (old: PreparedRevision, new: PreparedRevision) {
        let original = originalHistory(of: new, at: new.location.file)
        return (RevisionHistory.prepare(old, original: original), RevisionHistory.prepare(new, original: original))
    }
}
