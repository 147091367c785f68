import ArgumentParser
import Foundation
import PolicyModel
import PolicyRender

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

    func validate() throws {
        if !baseURL.isEmpty, !LinkTarget.isWebAddress(baseURL) {
            throw ValidationError("--base-url '\(baseURL)' is not an http or https address")
        }
    }

    func run() throws {
        let changelog = Changelog(history: try PolicyDirectory.history(directory, language: language))
        let text: String
        switch format {
        case .md: text = changelog.markdown(linkPrefix: baseURL)
        case .html: text = changelog.html(linkPrefix: baseURL)
        case .txt: text = changelog.text(linkPrefix: baseURL)
        }
        try Output.standardOutput(text)
    }
}

/// How `codicil changelog` prints.
enum ChangelogFormat: String, ExpressibleByArgument, CaseIterable {
    case md
    case html
    case txt
}
