import ArgumentParser
import Foundation
import PolicyModel
import PolicySource

/// `codicil fmt`: lays policy sources out in the one canonical layout.
struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Lay policy sources out in the one canonical layout.",
        discussion: """
            Gives every source the same indentation, attribute order and line length, as \
            `codicil import` writes them: a block element a line, text wrapped at 100 columns. \
            Comments, every character of text, and the line breaks written inside text are kept \
            (a line that runs over is broken; --rewrap fills text anew), so an edit stays a small \
            diff; formatting twice changes nothing. A source with an error is reported and left \
            alone, and then no file is written.
            """
    )

    @Flag(help: "Write nothing: list each source that is not formatted ('PATH: not formatted') and exit 1 if any is.")
    var check = false

    @Flag(help: "Fill every text anew to 100 columns instead of keeping the line breaks written in it.")
    var rewrap = false

    @Argument(help: "Source files or folders of sources (default: policy-src).")
    var paths: [String] = []

    func run() throws {
        let (files, problems) = SourceLoader.sourceFiles(paths.isEmpty ? ["policy-src"] : paths)
        var diagnostics = problems
        var changed: [(path: String, text: String)] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(
                    Diagnostic(
                        .error, "unreadable", "cannot read file", at: SourceLocation(file: path, line: 1, column: 1)))
                continue
            }
            let bytes = Array(data)
            let result = SourceFormatter.format(bytes: bytes, path: path, rewrap: rewrap)
            diagnostics += result.diagnostics
            if let text = result.text, !text.utf8.elementsEqual(bytes) { changed.append((path, text)) }
        }
        for diagnostic in Diagnostic.sorted(diagnostics) { Output.standardError(diagnostic.description) }
        if diagnostics.containsErrors { throw ExitCode.failure }
        if check {
            for file in changed { try Output.line("\(file.path): not formatted") }
            if !changed.isEmpty { throw ExitCode.failure }
            return
        }
        for file in changed {
            do {
                try OutputFile.write(file.text, to: file.path)
            } catch {
                Output.standardError(error.description)
                throw ExitCode.failure
            }
            try Output.line("formatted \(file.path)")
        }
    }
}
