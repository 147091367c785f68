import ArgumentParser
import Foundation
import PolicyModel
import PolicyRender
import PolicyRules

/// `codicil changelog`: every revision of a policy, newest first, with what changed.
struct ChangelogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changelog",
        abstract: "List every revision of a policy, newest first, with its summary and changed clauses.",
        discussion: """
            Each entry gives the effective date (and label), the author's <summary>, the clauses \
            changed since the previous revision, and links to the full text (<date>/) and the \
            redline (<date>/diff/), relative to the policy's folder unless --base-url is given.
            """
    )

    @Argument(help: "The policy directory (or one of its language folders).")
    var directory: String

    @Option(help: "For a policy in several languages, the language (default: the original's).")
    var language: String?

    @Option(help: "Output format: md, html or txt.")
    var format: ChangelogFormat = .md

    @Option(name: .customLong("base-url"), help: "Prefix of the links: the policy's folder on the site, ending in /.")
    var baseURL: String = ""

    @Option(help: "A folder of templates laid out like Templates/ (default: the built-in templates).")
    var templates: String?

    func validate() throws {
        if !baseURL.isEmpty, !LinkTarget.isWebAddress(baseURL) {
            throw ValidationError("--base-url '\(baseURL)' is not an http or https address")
        }
    }

    func run() throws {
        let renderer = try Output.renderer(templates: templates)
        let changelog = Changelog(history: try PolicyDirectory.analysedHistory(directory, language: language))
        let output: RevisionFormat =
            switch format {
            case .md: .markdown
            case .html: .html
            case .txt: .text
            }
        try Output.standardOutput(renderer.renderChangelog(changelog, as: output, options: ChangelogOptions(linkPrefix: baseURL)))
    }
}

/// How `codicil changelog` prints.
enum ChangelogFormat: String, ExpressibleByArgument, CaseIterable {
    case md
    case html
    case txt
}
