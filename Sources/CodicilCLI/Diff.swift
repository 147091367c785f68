import ArgumentParser
import Foundation
import PolicyDiff
import PolicyModel
import PolicyRules
import PolicyRender
import PolicySource

/// `codicil diff`: compares two revisions of a policy, clause by clause.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two revisions of a policy: added, removed, modified, moved and renumbered clauses.",
        discussion: """
            codicil diff OLD.xml NEW.xml compares two source files. codicil diff POLICY-DIR compares \
            the two latest revisions of a policy directory, or those in effect on --from and --to. \
            codicil diff FILE --git-base REF compares FILE with its version at a git ref. \
            Exits 0 when the revisions say the same (dates and summaries may differ), 1 when they \
            differ, and 2 on trouble, printing 'path:line:column: error: message' for bad input.
            """
    )

    @Argument(help: "Two source files, one policy directory, or one file with --git-base.")
    var paths: [String]

    @Option(help: "With a policy directory: the old revision is the one in effect on this date (YYYY-MM-DD).")
    var from: String?

    @Option(help: "With a policy directory: the new revision is the one in effect on this date (YYYY-MM-DD).")
    var to: String?

    @Option(name: .customLong("git-base"), help: "Compare the file with its version at this git ref.")
    var gitBase: String?

    @Option(
        help: "Output format: txt, json, md (a redline for a pull-request comment) or html (a standalone redline page)."
    )
    var format: DiffFormat = .txt

    @Option(help: "Colour in txt output: auto (when standard output is a terminal), always or never.")
    var colour: ColourChoice = .auto

    @Option(help: "A folder of templates laid out like Templates/ (default: the built-in templates).")
    var templates: String?

    func validate() throws {
        if gitBase != nil, paths.count != 1 { throw ValidationError("--git-base takes exactly one file.") }
        if paths.isEmpty || paths.count > 2 {
            throw ValidationError("Give two files, one policy directory, or one file with --git-base.")
        }
        if (from != nil || to != nil), paths.count != 1 || gitBase != nil {
            throw ValidationError("--from and --to apply to a policy directory.")
        }
    }

    func run() throws {
        let pair: (old: Policy, new: Policy)
        switch DiffInputs.load(paths: paths, from: from, to: to, gitBase: gitBase) {
        case .success(let loaded): pair = loaded
        case .failure(let trouble):
            for line in trouble.messages { Output.standardError(line) }
            throw ExitCode(2)
        }
        let changes = ChangeSet.assessed(from: pair.old, to: pair.new)
        let redline: RedlineFormat
        switch format {
        case .json:
            try Output.line(try Output.json(changes), failure: ExitCode(2))
            return try exit(changes)
        case .txt: redline = .text(colour: colour == .always || (colour == .auto && isatty(STDOUT_FILENO) == 1))
        case .md: redline = .markdown
        case .html: redline = .html
        }
        let renderer: PolicyRenderer
        do { renderer = try Output.renderer(templates: templates) } catch { throw ExitCode(2) }
        let text = renderer.redline(changes, assessment: changes.materiality, as: redline, language: pair.new.language)
        try Output.standardOutput(text, failure: ExitCode(2))
        try exit(changes)
    }

    /// Exits 1 when the revisions differ or the change is material.
    private func exit(_ changes: ChangeSet) throws {
        if !changes.saysTheSame || changes.materiality?.classification.isMaterial == true { throw ExitCode(1) }
    }
}

/// How `codicil diff` prints a change set.
enum DiffFormat: String, ExpressibleByArgument, CaseIterable {
    case txt
    case json
    case md
    case html
}

/// Whether text output is coloured.
enum ColourChoice: String, ExpressibleByArgument, CaseIterable {
    case auto
    case always
    case never
}
