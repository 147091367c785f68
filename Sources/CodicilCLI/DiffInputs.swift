import Foundation
import PolicyModel
import PolicySource

/// Finds the two revisions `codicil diff` compares: two files or a policy directory.
enum DiffInputs {
    /// Why the revisions could not be loaded, as lines for standard error.
    struct Trouble: Error {
        var messages: [String]
    }

    /// The old and new revision, or every problem found.
    static func load(
        paths: [String], from: String?, to: String?
    ) -> Result<(old: Policy, new: Policy), Trouble> {
        var isDirectory: ObjCBool = false
        if paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory), isDirectory.boolValue {
            return fromDirectory(paths[0], from: from, to: to)
        }
        if paths.count != 2 {
            return .failure(Trouble(messages: ["\(paths[0]):1: error: not a policy directory; give two files or --git-base [usage]"]))
        }
        let results = paths.map { PolicyParser.parse(fileAtPath: $0) }
        return pair(results[0], results[1])
    }

    private static func pair(_ old: ParseResult, _ new: ParseResult) -> Result<(old: Policy, new: Policy), Trouble> {
        guard let oldPolicy = old.policy, let newPolicy = new.policy else {
            let errors = (old.diagnostics + new.diagnostics).filter { $0.severity == .error }
            return .failure(Trouble(messages: errors.map(\.description)))
        }
        return .success((oldPolicy, newPolicy))
    }

    private static func fromDirectory(_ path: String, from: String?, to: String?) -> Result<(old: Policy, new: Policy), Trouble> {
        let loaded = SourceLoader.load(paths: [path])
        if loaded.diagnostics.containsErrors {
            return .failure(Trouble(messages: loaded.diagnostics.filter { $0.severity == .error }.map(\.description)))
        }
        guard loaded.histories.count == 1, let history = loaded.histories.first else {
            return .failure(Trouble(messages: ["\(path):1: error: expected exactly one policy in the directory [policy-dir]"]))
        }
        func revision(_ text: String?, option: String, fallback: Policy?) -> Result<Policy, Trouble> {
            guard let text else {
                return fallback.map { .success($0) }
                    ?? .failure(Trouble(messages: ["\(path):1: error: the policy has fewer than two revisions [revisions]"]))
            }
            guard let date = PolicyDate(text) else {
                return .failure(Trouble(messages: ["error: \(option) '\(text)' is not a YYYY-MM-DD date"]))
            }
            return history.revision(inEffectOn: date).map { .success($0) }
                ?? .failure(Trouble(messages: ["\(path):1: error: no revision is in effect on \(text) [revisions]"]))
        }
        let revisions = history.revisions
        let newRevision = revision(to, option: "--to", fallback: revisions.last)
        guard case .success(let newPolicy) = newRevision else { return newRevision.map { ($0, $0) } }
        let fallbackOld = history.predecessor(of: newPolicy.revision.effective)
        return revision(from, option: "--from", fallback: fallbackOld).map { ($0, newPolicy) }
    }
}
