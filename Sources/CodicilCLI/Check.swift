import ArgumentParser
import PolicyModel
import PolicySite
import PolicySource

/// `codicil check`: validates policy sources and prints every problem.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check policy sources against the schema and the semantic rules.",
        discussion: """
            Prints every problem as 'path:line:column: error: message [code]', sorted by file and \
            line, and exits non-zero when any is an error. A directory that holds .xml files is a \
            policy directory; its file names must be their effective dates.
            """
    )

    @Argument(help: "Source files or directories to check.")
    var paths: [String] = ["policy-src"]

    @Option(help: "Output format: text or json.")
    var format: DiagnosticFormat = .text

    func run() throws {
        let result = CheckedSources.load(paths: paths)
        switch format {
        case .text:
            try Output.standardOutput(result.diagnostics.map { "\($0)\n" }.joined())
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            let warnings = result.diagnostics.count - errors
            Output.standardError(
                "checked \(result.fileCount) \(result.fileCount == 1 ? "file" : "files"): "
                    + "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")")
        case .json:
            try Output.line(JSONValue.array(result.diagnostics.map(\.json)).pretty())
        }
        if result.diagnostics.containsErrors { throw ExitCode.failure }
    }
}

/// How diagnostics are printed.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}
