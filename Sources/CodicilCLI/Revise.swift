import ArgumentParser
import Foundation
import PolicyModel
import PolicySource

/// `codicil revise`: starts a new revision of a policy from its latest one.
struct Revise: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revise",
        abstract: "Start a new revision of a policy, copied from its latest revision.",
        discussion: """
            Writes <source>/<policy>/<effective>.xml with the new effective date, no label and no \
            summary, ready to edit. Ids are kept, so the diff aligns every clause.
            """
    )

    @Argument(help: "The policy id (a folder under --source).")
    var policy: String

    @Option(help: "The day the new revision takes effect (YYYY-MM-DD).")
    var effective: String

    @Option(help: "How the publisher writes the date, e.g. \"April, 2025\".")
    var label: String?

    @Option(help: "The folder holding the policies.")
    var source = "policy-src"

    func run() throws {
        guard let date = PolicyDate(effective) else {
            throw ValidationError("--effective '\(effective)' is not a real date written YYYY-MM-DD")
        }
        let directory = (source as NSString).appendingPathComponent(policy)
        let loaded = SourceLoader.load(paths: [directory])
        for diagnostic in loaded.diagnostics { Output.standardError(diagnostic.description) }
        guard !loaded.diagnostics.containsErrors, let latest = loaded.histories.first?.revisions.last else {
            if !loaded.diagnostics.containsErrors { Output.standardError("error: \(directory) holds no revision") }
            throw ExitCode.failure
        }
        guard date > latest.revision.effective else {
            Output.standardError("error: the latest revision takes effect \(latest.revision.effective); a new one must come after it")
            throw ExitCode.failure
        }
        var revision = latest
        revision.revision = Revision(effective: date, label: label, summary: nil)
        let path = (directory as NSString).appendingPathComponent("\(date).xml")
        try Data(PolicyWriter.source(of: revision).utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        try Output.line("wrote \(path)")
    }
}
