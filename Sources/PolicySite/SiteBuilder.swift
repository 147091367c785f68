import PolicyModel
import PolicyRender
import PolicySource

/// Builds a site in memory from policy histories, one named step after another.
public enum SiteBuilder {
    /// The steps of a build, in order.
    public static let steps: [BuildStep] = [
        BuildStep(name: "stylesheet") { $0.files.add("style.css", $0.renderer.stylesheet) },
        BuildStep(name: "revision pages", run: RevisionPages.add),
        BuildStep(name: "rules pages", run: RulesPages.add),
        BuildStep(name: "current pages", run: CurrentPages.add),
        BuildStep(name: "changes") { $0.changelogs = $0.histories.map(Changelog.init(history:)) },
        BuildStep(name: "redline pages", run: RedlinePages.add),
        BuildStep(name: "changelog pages", run: ChangelogPages.add),
        BuildStep(name: "feeds", run: FeedPages.add),
        BuildStep(name: "index page", run: IndexPage.add),
        BuildStep(name: "sitemap", run: Sitemap.add),
    ]

    /// Runs every step over a fresh context and returns the files it made.
    public static func build(
        histories: [PolicyHistory], asOf: PolicyDate, baseURL: String = "", renderer: PolicyRenderer
    ) throws -> SiteFiles {
        var context = SiteContext(histories: histories, asOf: asOf, baseURL: baseURL, renderer: renderer)
        for step in steps {
            do {
                try step.run(&context)
            } catch let error as SiteBuildError {
                throw error
            } catch {
                throw SiteBuildError(step: step.name, message: "\(error)")
            }
        }
        return context.files
    }

    /// Loads `source` and builds its site; any error in a source stops the build with every
    /// diagnostic, before anything is rendered.
    public static func build(
        source: String, asOf: PolicyDate, baseURL: String = "", renderer: PolicyRenderer
    ) throws -> (files: SiteFiles, histories: [PolicyHistory], diagnostics: [Diagnostic]) {
        let loaded = SourceLoader.load(paths: [source])
        if loaded.diagnostics.containsErrors {
            throw SourceErrors(diagnostics: loaded.diagnostics)
        }
        let files = try build(histories: loaded.histories, asOf: asOf, baseURL: baseURL, renderer: renderer)
        return (files, loaded.histories, loaded.diagnostics)
    }
}

/// The sources of a build have errors; nothing was built.
public struct SourceErrors: Error, CustomStringConvertible {
    /// Every problem found, errors and warnings.
    public var diagnostics: [Diagnostic]

    /// One diagnostic a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
