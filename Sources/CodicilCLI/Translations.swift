import ArgumentParser
import Foundation
import PolicyDiff
import PolicyModel
import PolicySite
import PolicySource

/// `codicil translations`: how far each translation is behind its original.
struct Translations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translations",
        abstract:
            "List each policy's languages: the latest revision, the original's revision it follows, clauses behind.",
        discussion: """
            A translation is behind when the original changed after the revision its latest \
            revision translates; 'behind' counts the original's clauses (and title or publisher) \
            changed since, as 'codicil check' lists them one by one. Exits 1 when the sources have \
            errors.
            """
    )

    @Argument(help: "Source folders.")
    var paths: [String] = ["policy-src"]

    @Option(help: "Output format: text or json.")
    var format: DiagnosticFormat = .text

    /// One language of one policy.
    struct Row {
        var policy: String
        var language: String
        var original: Bool
        var latest: String
        /// The original's revision followed; nil for the original itself.
        var follows: String?
        var behind: Int

        /// The row as JSON; `follows` is left out for the original.
        var json: JSONValue {
            .object([
                "behind": .int(behind), "follows": follows.map(JSONValue.string), "language": .string(language),
                "latest": .string(latest), "original": .bool(original), "policy": .string(policy),
            ])
        }
    }

    func run() throws {
        let loaded = SourceLoader.load(paths: paths)
        if loaded.diagnostics.containsErrors {
            for diagnostic in loaded.diagnostics where diagnostic.severity == .error {
                Output.standardError(diagnostic.description)
            }
            throw ExitCode.failure
        }
        let rows = loaded.histories.flatMap(Self.rows)
        switch format {
        case .json: try Output.line(JSONValue.array(rows.map(\.json)).pretty())
        case .text: try Output.standardOutput(Self.table(rows))
        }
    }

    /// The original's row, then one per translation.
    static func rows(_ history: PolicyHistory) -> [Row] {
        guard let latest = history.revisions.last else { return [] }
        var rows = [
            Row(
                policy: history.id.rawValue, language: history.language, original: true,
                latest: latest.revision.effective.description, follows: nil, behind: 0)
        ]
        for translation in history.translations {
            guard let status = TranslationStatus(translation: translation, original: history) else { continue }
            rows.append(
                Row(
                    policy: history.id.rawValue, language: status.language, original: false,
                    latest: status.latest.description, follows: status.follows.description, behind: status.clausesBehind
                ))
        }
        return rows
    }

    /// The rows as columns padded to their widest cell.
    static func table(_ rows: [Row]) -> String {
        let cells =
            [["policy", "language", "latest", "follows", "behind"]]
            + rows.map {
                [$0.policy, $0.language, $0.latest, $0.follows ?? "(original)", $0.original ? "" : "\($0.behind)"]
            }
        let widths = (0..<5).map { column in cells.map { $0[column].count }.max() ?? 0 }
        return cells.map { row in
            zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
        }.joined()
    }
}
