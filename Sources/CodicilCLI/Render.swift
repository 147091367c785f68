import ArgumentParser
import Foundation
import PolicyModel
import PolicyRender
import PolicySite
import PolicySource

/// `codicil render`: one revision to one edition.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render one policy revision as HTML, Markdown, plain text or JSON.",
        discussion: """
            Writes to standard output unless -o is given. The HTML edition is a standalone page with \
            its stylesheet inlined. Templates come from --templates when given, else the built-in ones.
            """
    )

    @Argument(help: "The policy source file.")
    var file: String

    @Option(help: "Edition to render: html, md, txt or json.")
    var format: EditionFormat = .html

    @Option(name: [.customShort("o"), .customLong("output")], help: "Write the edition to this file.")
    var output: String?

    @Option(help: "A folder of templates laid out like Templates/ (default: the built-in templates).")
    var templates: String?

    func run() throws {
        let result = CheckedSources.parse(fileAtPath: file)
        for diagnostic in result.diagnostics { Output.standardError(diagnostic.description) }
        guard let policy = result.policy else { throw ExitCode.failure }
        let renderer = try Output.renderer(templates: templates)
        let text = try renderer.render(policy, as: format)
        if let output {
            try OutputFile.write(text, to: output)
        } else {
            try Output.standardOutput(text)
        }
    }
}

extension EditionFormat: ExpressibleByArgument {}
