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
            Writes <source>/<policy>/<effective>.xml as a copy of the latest revision's file with \
            the new effective date, the new label (or none), no summary, and the closing date line \
            changed from the previous date to the new one. Everything else is kept byte for byte \
            (comments, wrapping, ids), so `git diff` between the two files shows exactly what you \
            change next, and the diff aligns every clause.
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
            Output.standardError(
                "error: the latest revision takes effect \(latest.revision.effective); a new one must come after it")
            throw ExitCode.failure
        }
        let previous = latest.location.file
        guard let bytes = FileManager.default.contents(atPath: previous).map(Array.init),
            let draft = RevisionDraft.start(
                from: bytes, path: previous, previous: latest.revision, effective: date, label: label)
        else {
            Output.standardError("\(previous): error: cannot read the latest revision again to copy it [io]")
            throw ExitCode.failure
        }
        let path = (directory as NSString).appendingPathComponent("\(date).xml")
        let check = PolicyParser.parse(bytes: Array(draft.text.utf8), path: path)
        guard !check.diagnostics.containsErrors else {
            for diagnostic in check.diagnostics { Output.standardError(diagnostic.description) }
            throw ExitCode.failure
        }
        try Data(draft.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        if let line = draft.unchangedDateLine {
            let old = latest.revision.displayDate
            Output.standardError(
                "\(line): warning: no closing date line names '\(old)', so none was changed; update it by hand [closing-date]"
            )
        }
        try Output.line("wrote \(path)")
    }
}
