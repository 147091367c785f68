import ArgumentParser
import PolicyModel
import PolicyRules
import PolicySite
import PolicySource

/// Loads the one policy of a policy directory, for the commands that work on a whole history.
enum PolicyDirectory {
    /// The history of one language of the policy at `path`, analysed; a translation is assessed
    /// by its original's rules.
    static func analysedHistory(_ path: String, language: String? = nil) throws -> RevisionHistory {
        let history = try self.history(path)
        let chosen = try version(of: history, language: language, path: path)
        return RevisionHistory(history: chosen, original: chosen.language == history.language ? nil : history)
    }

    /// The history in `path` (for a policy in several languages, the original's, or the one in
    /// `language`), or the errors (rule lint included, as `check` reports them) printed and exit
    /// status 1.
    static func history(_ path: String, language: String? = nil) throws -> PolicyHistory {
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
        return try version(of: history, language: language, path: path)
    }

    /// The version of `history` in `language` (the original when nil), or an error naming the
    /// languages it has.
    private static func version(of history: PolicyHistory, language: String?, path: String) throws -> PolicyHistory {
        guard let language, language != history.language else { return history }
        guard let translation = history.translations.first(where: { $0.language == language }) else {
            let languages = ([history.language] + history.translations.map(\.language)).joined(separator: ", ")
            Output.standardError("\(path):1: error: the policy has no '\(language)' version; it has \(languages) [language]")
            throw ExitCode.failure
        }
        return translation
    }
}
