import ArgumentParser
import Foundation
import PolicyModel
import PolicyRender
import PolicySite

/// `codicil build`: the whole site from the policy sources.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the static site from the policy sources.",
        discussion: """
            Writes every revision of every policy in every edition, the revision in effect on the \
            as-of date as each policy's main page, an index, a sitemap and the stylesheet. The site \
            is built in memory and swapped in whole: a source with an error writes nothing. With \
            --check, writes nothing and exits non-zero when the output folder is not what a build \
            would produce.
            """
    )

    @Option(help: "The folder of policy sources.")
    var source = "policy-src"

    @Option(help: "The folder to write the site to.")
    var output = "site"

    @Option(help: "A folder of templates laid out like Templates/ (default: the built-in templates).")
    var templates: String?

    @Option(name: .customLong("as-of"), help: "The day the site treats as today, YYYY-MM-DD (default: today, UTC).")
    var asOf: String?

    @Option(name: .customLong("base-url"), help: "Prefix of the sitemap's URLs, e.g. https://example.com/ (default: relative URLs).")
    var baseURL = ""

    @Flag(help: "Write nothing; exit non-zero when the output folder differs from a fresh build.")
    var check = false

    func validate() throws {
        if let asOf, PolicyDate(asOf) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a YYYY-MM-DD date")
        }
        if !baseURL.isEmpty, !LinkTarget.isWebAddress(baseURL) {
            throw ValidationError("--base-url '\(baseURL)' is not an http or https address")
        }
    }

    func run() throws {
        let day = asOf.flatMap(PolicyDate.init) ?? Build.today()
        if !check {
            do {
                try SiteOutput.check(output, source: source, templates: templates)
            } catch {
                Output.standardError(error.description)
                throw ExitCode.failure
            }
        }
        let built: (files: SiteFiles, histories: [PolicyHistory], diagnostics: [Diagnostic])
        do {
            built = try SiteBuilder.build(source: source, asOf: day, baseURL: baseURL) {
                try Output.renderer(templates: templates)
            }
        } catch let error as SourceErrors {
            for diagnostic in error.diagnostics { Output.standardError(diagnostic.description) }
            Output.standardError("build failed: \(output)/ left untouched")
            throw ExitCode.failure
        }
        for diagnostic in built.diagnostics { Output.standardError(diagnostic.description) }
        let differences = SiteWriter.differences(built.files, at: output)
        if check {
            for difference in differences { try Output.line(difference.description) }
            guard differences.isEmpty else {
                Output.standardError("\(output)/ is stale: \(differences.count) file(s) differ; run 'codicil build'")
                throw ExitCode.failure
            }
            try Output.line("\(output)/ is up to date (\(built.files.contents.count) files, as of \(day))")
            return
        }
        do {
            try SiteWriter.write(built.files, to: output)
        } catch {
            Output.standardError(Output.message(error, path: output))
            Output.standardError("build failed: \(output)/ left untouched")
            throw ExitCode.failure
        }
        for difference in differences { try Output.line("\(Build.verb(difference.kind)) \(difference.path)") }
        let versions = built.histories.flatMap { [$0] + $0.translations }
        let revisions = versions.reduce(0) { $0 + $1.revisions.count }
        let languages = versions.count > built.histories.count ? " in \(Set(versions.map(\.language)).count) languages" : ""
        try Output.line(
            "built \(output)/ as of \(day): \(Build.count(built.histories.count, "policy", "policies"))\(languages), "
                + "\(Build.count(revisions, "revision", "revisions")), "
                + "\(Build.count(built.files.contents.count, "file", "files")) (\(differences.count) changed)")
    }

    /// Today's date in UTC, so the build does not depend on the machine's time zone.
    static func today() -> PolicyDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return PolicyDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    private static func count(_ number: Int, _ one: String, _ many: String) -> String {
        "\(number) \(number == 1 ? one : many)"
    }

    private static func verb(_ kind: SiteDifference.Kind) -> String {
        switch kind {
        case .missing: "wrote  "
        case .changed: "updated"
        case .extra: "removed"
        }
    }
}
