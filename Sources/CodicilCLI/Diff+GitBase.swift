import ArgumentParser
import Foundation
import PolicyDiff
import PolicyModel
import PolicyRender
import PolicyRules

extension Diff {
    /// `codicil diff --git-base REF [PATH ...]`: every revision changed since the ref, in one
    /// output, with one exit status for the whole run.
    func runAgainstGit(_ ref: String) throws {
        let comparisons: [RevisionComparison]
        switch GitBaseInputs.load(paths: paths.isEmpty ? ["policy-src"] : paths, ref: ref) {
        case .success(let found): comparisons = found
        case .failure(let trouble):
            for line in trouble.messages { Output.standardError(line) }
            throw ExitCode(2)
        }
        let renderer: PolicyRenderer
        do { renderer = try Output.renderer(templates: templates) } catch { throw ExitCode(2) }
        switch format {
        case .txt:
            let useColour = colour == .always || (colour == .auto && isatty(STDOUT_FILENO) == 1)
            try Output.standardOutput(
                Self.text(comparisons, ref: ref, colour: useColour, renderer: renderer), failure: ExitCode(2))
        case .json:
            try Output.standardOutput(Self.json(comparisons, ref: ref), failure: ExitCode(2))
        case .md:
            let redline = PullRequestRedline(
                ref: ref, comparisons: comparisons, fullRedlineURL: fullRedlineURL,
                limit: commentLimit == 0 ? nil : commentLimit, renderer: renderer)
            try Output.standardOutput(redline.markdown(), failure: ExitCode(2))
        case .html:
            let redlines = comparisons.filter { $0.assessment != nil }
            guard redlines.count == 1, let assessment = redlines[0].assessment else {
                Output.standardError(
                    "error: --format html shows one redline, and \(redlines.count) revisions were compared since \(ref); "
                        + "give one revision file, or use --format md [usage]")
                throw ExitCode(2)
            }
            try Output.standardOutput(
                renderer.redline(
                    assessment.changes, assessment: assessment.materiality, as: .html,
                    language: redlines[0].language ?? "en"),
                failure: ExitCode(2))
        }
        if comparisons.contains(where: \.differs) { throw ExitCode(1) }
    }

    /// Each comparison as a line naming the files, then its text diff.
    static func text(
        _ comparisons: [RevisionComparison], ref: String, colour: Bool, renderer: PolicyRenderer
    ) -> String {
        if comparisons.isEmpty { return "No policy revision changed since \(ref).\n" }
        return comparisons.map { comparison in
            comparison.described(ref: ref) + "\n"
                + (comparison.assessment.map {
                    "\n"
                        + renderer.redline(
                            $0.changes, assessment: $0.materiality, as: .text(colour: colour),
                            language: comparison.language ?? "en")
                } ?? "")
        }.joined(separator: "\n")
    }

    /// `codicil diff --git-base REF --format json`: the ref and each changed revision, with
    /// what it was compared with and its typed diff.
    static func json(_ comparisons: [RevisionComparison], ref: String) -> String {
        let revisions = comparisons.map { comparison in
            JSONValue.object([
                "path": .string(comparison.path), "status": .string(comparison.status.rawValue),
                "comparedWith": comparison.comparedWith.map(JSONValue.string), "changes": comparison.assessment?.json,
            ])
        }
        return JSONValue.object(["base": .string(ref), "revisions": .array(revisions)]).pretty() + "\n"
    }
}
