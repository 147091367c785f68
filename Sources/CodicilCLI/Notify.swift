import ArgumentParser
import Foundation
import PolicyModel
import PolicyRender
import PolicyRules

/// `codicil notify`: the message users are sent about one revision.
struct Notify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Write the notice users are sent about a revision: text, HTML or a complete e-mail.",
        discussion: """
            The notice gives the effective date, what changed section by section in plain words, \
            and links to the new text and the redline. Links are relative to the site's root \
            (fujixerox-privacy/2013-04-01/) unless --base-url gives the site's address. The eml \
            format is a complete RFC 5322 multipart/alternative message (text and HTML) from \
            --from to --to, both required; its Date: is --date (default: the revision's effective \
            date) at 00:00 UTC, and its Message-ID: is made from the policy, the revision and the \
            recipient, at the sender's domain, so the same inputs give the same bytes.
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

    @Option(help: ArgumentHelp("The sender of an eml message: address or 'Name <address>'.", valueName: "address"))
    var from: String?

    @Option(help: ArgumentHelp("The recipient of an eml message: address or 'Name <address>'.", valueName: "address"))
    var to: String?

    @Option(help: "The Date: of an eml message, YYYY-MM-DD, at 00:00 UTC (default: the effective date).")
    var date: String?

    @Option(help: "A folder of templates laid out like Templates/ (default: the built-in templates).")
    var templates: String?

    func validate() throws {
        if format == .eml, from == nil || to == nil {
            throw ValidationError(
                "--format eml writes a complete message: give its sender and recipient with --from and --to")
        }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, EmailAddress(value) == nil {
                throw ValidationError(
                    "\(name) '\(value)' is not an e-mail address (local@domain or 'Name <local@domain>')")
            }
        }
        if let date, PolicyDate(date) == nil { throw ValidationError("--date '\(date)' is not a YYYY-MM-DD date.") }
        if !baseURL.isEmpty, !LinkTarget.isWebAddress(baseURL) {
            throw ValidationError("--base-url '\(baseURL)' is not an http or https address")
        }
        if PolicyDate(revision) == nil { throw ValidationError("--revision '\(revision)' is not a YYYY-MM-DD date.") }
    }

    func run() throws {
        let renderer = try Output.renderer(templates: templates)
        let changelog = Changelog(history: try PolicyDirectory.analysedHistory(directory, language: language))
        guard let notice = RevisionNotice(changelog: changelog, effective: revision, siteURL: baseURL) else {
            Output.standardError("\(directory):1: error: no revision is effective on \(revision) [revisions]")
            throw ExitCode.failure
        }
        let output: NoticeFormat
        switch format {
        case .txt: output = .text
        case .html: output = .html
        case .eml:
            // validate() has checked both addresses and the date.
            guard let from = from.flatMap(EmailAddress.init), let to = to.flatMap(EmailAddress.init),
                let day = PolicyDate(date ?? revision)
            else { throw ExitCode.validationFailure }
            output = .email(EmailEnvelope(from: from, to: to, date: day))
        }
        try Output.standardOutput(renderer.renderNotice(notice, as: output))
    }
}

/// How `codicil notify` prints.
enum NotifyFormat: String, ExpressibleByArgument, CaseIterable {
    case txt
    case html
    case eml
}
