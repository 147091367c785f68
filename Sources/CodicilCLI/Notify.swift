import ArgumentParser
import Foundation
import PolicyModel
import PolicyRender

/// `codicil notify`: the message users are sent about one revision.
struct Notify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Write the notice users are sent about a revision: text, HTML or a complete e-mail.",
        discussion: """
            The notice gives the effective date, what changed section by section in plain words, \
            and links to the new text and the redline. Links are relative to the site's root \
            (fujixerox-privacy/2013-04-01/) unless --base-url gives the site's address. The eml \
            format is an RFC 5322 multipart/alternative message whose From: and To: are left \
            empty for the sender to fill.
            """
    )

    @Argument(help: "The policy directory (or one of its language folders).")
    var directory: String

    @Option(help: "For a policy in several languages, the language (default: the original's).")
    var language: String?

    @Option(help: "The effective date of the revision (YYYY-MM-DD).")
    var revision: String

    @Option(help: "Output format: txt, html or eml.")
    var format: NotifyFormat = .txt

    @Option(name: .customLong("base-url"), help: "The site's root URL, ending in / (default: relative paths).")
    var baseURL: String = ""

    func validate() throws {
        if !baseURL.isEmpty, !LinkTarget.isWebAddress(baseURL) {
            throw ValidationError("--base-url '\(baseURL)' is not an http or https address")
        }
        if PolicyDate(revision) == nil { throw ValidationError("--revision '\(revision)' is not a YYYY-MM-DD date.") }
    }

    func run() throws {
        let changelog = Changelog(history: try PolicyDirectory.history(directory, language: language))
        guard let notice = RevisionNotice(changelog: changelog, effective: revision, siteURL: baseURL) else {
            Output.standardError("\(directory):1: error: no revision is effective on \(revision) [revisions]")
            throw ExitCode.failure
        }
        let text: String
        switch format {
        case .txt: text = notice.text()
        case .html: text = notice.html()
        case .eml: text = notice.eml()
        }
        try Output.standardOutput(text)
    }
}

/// How `codicil notify` prints.
enum NotifyFormat: String, ExpressibleByArgument, CaseIterable {
    case txt
    case html
    case eml
}
