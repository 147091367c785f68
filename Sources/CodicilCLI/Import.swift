import ArgumentParser
import Foundation
import PolicyImport
import PolicyModel
import PolicySource

/// `codicil import`: turns a published Markdown or HTML policy into a source file.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a published policy (Markdown or HTML) as a policy source file.",
        discussion: """
            Headings become sections (written numbers dropped), text before the first heading the \
            preamble, a trailing date line the closing, "Note 1"/"*1" notes and [^1] footnotes notes. \
            Prints warnings for anything it had to adapt; writes nothing when the result does not \
            pass 'codicil check'.
            """
    )

    @Argument(help: "The Markdown (.md) or HTML (.html) file to import.")
    var file: String

    @Option(help: "The policy id.")
    var policy: String

    @Option(help: "The effective date, YYYY-MM-DD.")
    var effective: String

    @Option(name: .shortAndLong, help: "Where to write the source; standard output when absent.")
    var output: String?

    @Option(help: "A previous revision whose ids matching clauses keep.")
    var like: String?

    @Option(help: "The title, instead of the document's H1, <title> or front matter.")
    var title: String?

    @Option(help: "The publisher, instead of front matter, the site name or the closing signature.")
    var publisher: String?

    @Option(help: "The language tag, instead of the detected one.")
    var language: String?

    @Option(help: ArgumentHelp(ImportRunner.encodingHelp, valueName: "name"))
    var encoding: String?

    func run() throws {
        guard let date = PolicyDate(effective) else {
            throw ValidationError("--effective '\(effective)' is not a real YYYY-MM-DD date")
        }
        guard policy.isValidIdentifier else { throw ValidationError("--policy '\(policy)' is not a valid id") }
        let previous = try like.map { try ImportRunner.loadPrevious($0) }
        let options = ImportOptions(
            policyID: PolicyID(policy), effective: date, title: title, publisher: publisher, language: language,
            like: previous)
        let source = try ImportRunner.importChecked(
            file, options: options, encoding: try ImportRunner.encoding(encoding))
        if let output {
            try ImportRunner.write([(output, source)])
        } else {
            try Output.standardOutput(source)
        }
    }
}

/// What `import` and `import-history` share: reading, checking and writing.
enum ImportRunner {
    static let encodingHelp = """
        The input's character encoding (\(TextEncoding.supportedNames.joined(separator: ", ")), or another \
        label browsers know), instead of a page's <meta charset> or UTF-8; a byte-order mark still wins.
        """

    /// The encoding `--encoding` names, nil when absent; an unknown name is a usage error.
    static func encoding(_ label: String?) throws -> TextEncoding? {
        guard let label else { return nil }
        guard let encoding = TextEncoding(label: label) else {
            throw ValidationError(
                "--encoding '\(label)' is not an encoding this importer reads; use one of \(TextEncoding.supportedNames.joined(separator: ", "))"
            )
        }
        return encoding
    }

    /// Parses a previous revision for `--like`; its problems end the run.
    static func loadPrevious(_ path: String) throws -> Policy {
        let result = PolicyParser.parse(fileAtPath: path)
        guard let policy = result.policy else {
            for diagnostic in result.diagnostics { Output.standardError(diagnostic.description) }
            throw ExitCode.failure
        }
        return policy
    }

    /// Imports a file and checks the source it gives; prints every diagnostic, throws on error.
    static func importChecked(_ path: String, options: ImportOptions, encoding: TextEncoding?) throws -> String {
        let result: ImportResult
        do {
            result = try PolicyImporter.importFile(atPath: path, options: options, encoding: encoding)
        } catch {
            Output.standardError(error.description)
            throw ExitCode.failure
        }
        let source = PolicyWriter.source(of: result.policy)
        let outputName = "\(options.effective).xml"
        let check = PolicyParser.parse(bytes: Array(source.utf8), path: outputName)
        let diagnostics = result.diagnostics + check.diagnostics
        for diagnostic in diagnostics { Output.standardError(diagnostic.description) }
        if diagnostics.containsErrors {
            Output.standardError(
                "\(path): error: the imported source does not pass the check; nothing written [import-failed]")
            throw ExitCode.failure
        }
        return source
    }

    /// Writes every file, creating folders, each whole or not at all and never over anything
    /// but a regular file; called only once everything has been checked.
    static func write(_ files: [(path: String, contents: String)]) throws {
        for file in files {
            let folder = (file.path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    Output.standardError(Output.message(error, path: folder))
                    throw ExitCode.failure
                }
            }
            try OutputFile.write(file.contents, to: file.path)
        }
    }
}
