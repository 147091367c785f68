import ArgumentParser
import PolicyModel
import PolicySite
import PolicySource

/// Loads the one policy of a policy directory, for the commands that work on a whole history.
enum PolicyDirectory {
    /// The history in `path`, or the errors (rule lint included, as `check` reports them)
    /// printed and exit status 1.
    static func history(_ path: String) throws -> PolicyHistory {
        let loaded = CheckedSources.load(paths: [path])
        if loaded.diagnostics.containsErrors {
            for diagnostic in loaded.diagnostics where diagnostic.severity == .error {
                Output.standardError(diagnostic.description)
            }
            throw ExitCode.failure
        }
        guard loaded.histories.count == 1, let history = loaded.histories.first else {
            Output.standardError("\(path):1: error: expected exactly one policy in the directory [policy-dir]")
            throw ExitCode.failure
        }
        return history
    }
}
