import ArgumentParser
import Foundation
import PolicyDiff
import PolicyModel
import PolicyRender
import PolicyRules
import PolicySource

/// `codicil diff`: compares two revisions of a policy, clause by clause.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two revisions of a policy: added, removed, modified, moved and renumbered clauses.",
        discussion: """
            codicil diff OLD.xml NEW.xml compares two source files. codicil diff POLICY-DIR compares \
            the two latest revisions of a policy directory, or those in effect on --from and --to. \
            codicil diff --git-base REF [PATH ...] finds every revision file added, edited or \
            deleted since the git ref under each PATH (a policy directory, a folder of policies or \
            one revision file; default policy-src) and compares each added revision with the one it \
            follows by effective date, and each edited one with its version at REF; with --format md \
            that is one pull-request comment. Exits 0 when the revisions say the same (dates and \
            summaries may differ) or nothing changed, 1 when they differ or a revision was added or \
            deleted, and 2 on trouble, printing 'path:line:column: error: message' for bad input.
            """
    )

    @Argument(help: "Two source files, one policy directory, or with --git-base the paths to look in (policy-src).")
    var paths: [String] = []

    @Option(help: "With a policy directory: the old revision is the one in effect on this date (YYYY-MM-DD).")
    var from: String?

    @Option(help: "With a policy directory: the new revision is the one in effect on this date (YYYY-MM-DD).")
    var to: String?

    @Option(
        name: .customLong("git-base"),
        help: ArgumentHelp("Compare every revision changed since this git ref.", valueName: "ref"))
    var gitBase: String?

    @Option(
        help: ArgumentHelp(
            "With --git-base and --format md: the longest comment, in characters (0: no limit).", valueName: "n"))
    var commentLimit: Int = PullRequestRedline.commentLimit

    @Option(
        help: ArgumentHelp(
            "With --git-base and --format md: where the full redline is (http or https), for the last line.",
            valueName: "url"))
    var fullRedlineURL: String?

    @Option(
        help: "Output format: txt, json, md (a redline for a pull-request comment) or html (a standalone redline page)."
    )
    var format: DiffFormat = .txt

    @Option(help: "Colour in txt output: auto (when standard output is a terminal), always or never.")
    var colour: ColourChoice = .auto

    @Option(help: "A folder of templates laid out like Templates/ (default: the built-in templates).")
    var templates: String?

    func validate() throws {
        if gitBase != nil {
            if from != nil || to != nil {
                throw ValidationError("--from and --to apply to a policy directory, not --git-base.")
            }
        } else if paths.isEmpty || paths.count > 2 {
            throw ValidationError("Give two files, one policy directory, or --git-base REF.")
        } else if (from != nil || to != nil), paths.count != 1 {
            throw ValidationError("--from and --to apply to a policy directory.")
        }
        if commentLimit < 0 { throw ValidationError("--comment-limit is a number of characters, 0 or more.") }
        if let fullRedlineURL, !Self.isLinkable(fullRedlineURL) {
            throw ValidationError(
                "--full-redline-url must be an http or https address without spaces, quotes or angle brackets.")
        }
    }

    /// Whether an address can be written as a Markdown autolink that GitHub shows as itself.
    static func isLinkable(_ address: String) -> Bool {
        let lower = address.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), address.count > 8 else { return false }
        let refused = "<>\"'`\\".unicodeScalars
        return address.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !refused.contains($0) }
    }

    func run() throws {
        if let gitBase { return try runAgainstGit(gitBase) }
        let status = try Self.compare(
            paths: paths, from: from, to: to, format: format, colour: colour, templates: templates)
        if status != 0 { throw ExitCode(status) }
    }

    /// Compares two revisions (two files, or a policy directory with `from` and `to`) and prints
    /// the change set as `format`; returns 1 when they differ, else 0, and throws `ExitCode(2)`
    /// after printing its trouble. With `exiting`, ends the process with that status once the
    /// output is written, without freeing the revisions and their change set.
    static func compare(
        paths: [String], from: String?, to: String?, format: DiffFormat, colour: ColourChoice, templates: String?,
        exiting: Bool = false
    ) throws -> Int32 {
        let pair: (old: Policy, new: Policy)
        switch DiffInputs.load(paths: paths, from: from, to: to) {
        case .success(let loaded): pair = loaded
        case .failure(let trouble):
            for line in trouble.messages { Output.standardError(line) }
            throw ExitCode(2)
        }
        // Kept to the end, so that exiting frees neither the revisions nor their words.
        let prepared = RulesSource.prepare(pair.old, pair.new)
        let assessment = ChangeAssessment(from: prepared.old, to: prepared.new)
        let status: Int32 = assessment.differs ? 1 : 0
        func finish() -> Int32 {
            if exiting { withExtendedLifetime((pair, prepared, assessment)) { Foundation.exit(status) } }
            return status
        }
        let redline: RedlineFormat
        switch format {
        case .json:
            try Output.standardOutput(assessment.jsonDocument(), failure: ExitCode(2))
            return finish()
        case .txt: redline = .text(colour: colour == .always || (colour == .auto && isatty(STDOUT_FILENO) == 1))
        case .md: redline = .markdown
        case .html: redline = .html
        }
        let renderer: PolicyRenderer
        let page = format == .html ? "html/redline" : format == .md ? "markdown/redline" : "text/redline"
        do { renderer = try Output.renderer(templates: templates, page: page) } catch { throw ExitCode(2) }
        let text = renderer.redline(
            assessment.changes, assessment: assessment.materiality, as: redline, language: pair.new.language,
            labels: Policy.termLabels([pair.old, pair.new]))
        try Output.standardOutput(text, failure: ExitCode(2))
        return finish()
    }

    /// The arguments of the plain form, `diff OLD NEW` with at most `--format F` and
    /// `--colour C` (each once, with a value it accepts), which needs none of argument-parser's
    /// checks; nil for any other command line, which argument-parser parses as usual.
    static func plainForm(_ arguments: [String]) -> (paths: [String], format: DiffFormat, colour: ColourChoice)? {
        guard arguments.first == "diff" else { return nil }
        var (paths, format, colour): ([String], DiffFormat?, ColourChoice?) = ([], nil, nil)
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--format":
                guard format == nil, let value = rest.popFirst().flatMap(DiffFormat.init(rawValue:)) else { return nil }
                format = value
            case "--colour":
                guard colour == nil, let value = rest.popFirst().flatMap(ColourChoice.init(rawValue:)) else {
                    return nil
                }
                colour = value
            default:
                guard !argument.hasPrefix("-") else { return nil }
                paths.append(argument)
            }
        }
        guard paths.count == 2 else { return nil }
        return (paths, format ?? .txt, colour ?? .auto)
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
