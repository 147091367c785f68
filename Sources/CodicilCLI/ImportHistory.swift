import ArgumentParser
import Foundation
import PolicyImport
import PolicyModel
import PolicySource

/// `codicil import-history`: imports a folder of dated versions, ids aligned revision to revision.
struct ImportHistory: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-history",
        abstract: "Import a folder of dated versions (YYYY-MM-DD.md or .html) as a policy's revisions.",
        discussion: """
            Imports the versions oldest first, each like the one before, so clauses keep their ids \
            across revisions, and writes <output>/<policy>/<date>.xml. Nothing is written unless \
            every version imports and checks. With --translation-of, each version is a translation \
            of the original's latest revision effective on or before its date: clauses paired by \
            position and structure take the original's ids, the revision names the one it \
            translates, and it is written to <output>/<policy>/<language>/<date>.xml.
            """
    )

    @Argument(help: "The folder of dated versions.")
    var directory: String

    @Option(help: "The policy id.")
    var policy: String

    @Option(help: "The folder that holds policy folders.")
    var output: String = "policy-src"

    @Option(help: "The title of every revision, instead of the document's H1, <title> or front matter.")
    var title: String?

    @Option(help: "The publisher of every revision, instead of front matter, the site name or the closing signature.")
    var publisher: String?

    @Option(help: "The language tag, instead of the detected one.")
    var language: String?

    @Option(help: ArgumentHelp(ImportRunner.encodingHelp, valueName: "name"))
    var encoding: String?

    @Option(
        help: ArgumentHelp(
            "The original's language folder (policy-src/POLICY/LANGUAGE): import a translation of it.",
            valueName: "directory"))
    var translationOf: String?

    @Flag(help: "Write OUTPUT/POLICY/LANGUAGE/DATE.xml, as an original beside its translations.")
    var languageFolder = false

    func run() throws {
        guard policy.isValidIdentifier else { throw ValidationError("--policy '\(policy)' is not a valid id") }
        let encoding = try ImportRunner.encoding(encoding)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let versions = entries.compactMap { name -> (PolicyDate, String)? in
            let base = (name as NSString).deletingPathExtension
            guard ImportFormat(path: name) != nil, let date = PolicyDate(base) else { return nil }
            return (date, (directory as NSString).appendingPathComponent(name))
        }.sorted { $0.0 < $1.0 }
        guard !versions.isEmpty else {
            Output.standardError("\(directory): error: no YYYY-MM-DD.md or .html files found [not-found]")
            throw ExitCode.failure
        }
        let original = try translationOf.map { try PolicyDirectory.history($0) }
        var previous: Policy?
        var files: [(path: String, contents: String)] = []
        var failed = false
        for (date, path) in versions {
            var options = ImportOptions(
                policyID: PolicyID(policy), effective: date, title: title, publisher: publisher, language: language, like: previous)
            if let original {
                guard let translated = original.revision(inEffectOn: date) else {
                    Output.standardError(
                        "\(path): error: the original has no revision effective on or before \(date) to translate [translates-unknown]")
                    failed = true
                    continue
                }
                options.translationOf = translated
            }
            do {
                let source = try ImportRunner.importChecked(path, options: options, encoding: encoding)
                previous = PolicyParser.parse(bytes: Array(source.utf8), path: path).policy
                let folder = original != nil || languageFolder ? "\(policy)/\(previous?.language ?? "und")" : policy
                files.append(((output as NSString).appendingPathComponent("\(folder)/\(date).xml"), source))
            } catch {
                failed = true
                previous = nil
            }
        }
        if failed { throw ExitCode.failure }
        try ImportRunner.write(files)
        let folder = ((files.last?.path ?? policy) as NSString).deletingLastPathComponent
        Output.standardError("imported \(files.count) \(files.count == 1 ? "revision" : "revisions") into \(folder)")
    }
}
