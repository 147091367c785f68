import PolicyModel
import PolicyRender
import PolicyRules
import PolicySource

/// Builds a site in memory from policy histories: named steps, each adding its own files.
public enum SiteBuilder {
    /// The steps of a build. None reads what another writes, so they run at the same time; their
    /// files are put together in this order.
    public static let steps: [BuildStep] = [
        BuildStep(name: "revision pages", run: RevisionPages.add),
        BuildStep(name: "history pages", run: HistoryPages.add),
        BuildStep(name: "rules pages", run: RulesPages.add),
        BuildStep(name: "current pages", run: CurrentPages.add),
        BuildStep(name: "stylesheet") { $0.files.add("style.css", $0.renderer.stylesheet) },
        BuildStep(name: "index page", run: IndexPage.add),
    ]

    /// Analyses every history once, then runs every step, each over a fresh context, and returns
    /// the files they made with the sitemap of their pages. When steps fail, the error of the
    /// first failing step in `steps` order is thrown.
    public static func build(
        histories: [PolicyHistory], asOf: PolicyDate, baseURL: String = "", renderer: PolicyRenderer
    ) throws -> SiteFiles {
        try build(histories: histories, rules: [:], asOf: asOf, baseURL: baseURL, renderer: renderer)
    }

    /// Builds as `build(histories:asOf:baseURL:renderer:)` does, with the rule sets the lint
    /// made, by source file.
    static func build(
        histories: [PolicyHistory], rules: [String: RuleSet], asOf: PolicyDate, baseURL: String,
        renderer: PolicyRenderer
    ) throws -> SiteFiles {
        let published = LanguageVersions.published(histories)
        let versions = LanguageVersions(published)
        let analyses = SiteAnalysis.analyse(published, versions: versions, rules: rules)
        let context = SiteContext(
            histories: published, versions: versions, analyses: analyses,
            asOf: asOf, baseURL: baseURL, renderer: renderer)
        let results = concurrently(
            steps.map { step in
                { @Sendable () -> Result<SiteFiles, SiteBuildError> in
                    var own = context
                    do {
                        try step.run(&own)
                        return .success(own.files)
                    } catch let error as SiteBuildError {
                        return .failure(error)
                    } catch {
                        return .failure(SiteBuildError(step: step.name, message: "\(error)"))
                    }
                }
            })
        var files = SiteFiles()
        for result in results {
            files.contents.merge(try result.get().contents) { _, later in later }
        }
        files.add("sitemap.xml", Sitemap.xml(for: files, baseURL: baseURL, renderer: renderer))
        return files
    }

    /// Loads `source` and builds its site; any error in a source stops the build with every
    /// diagnostic, before anything is rendered.
    public static func build(
        source: String, asOf: PolicyDate, baseURL: String = "", renderer: PolicyRenderer
    ) throws -> (files: SiteFiles, histories: [PolicyHistory], diagnostics: [Diagnostic]) {
        try build(source: source, asOf: asOf, baseURL: baseURL, makeRenderer: { renderer })
    }

    /// The pages every site has, whose built-in templates are parsed while the sources load,
    /// in the order the build first renders them (a redline needs two revisions of a policy).
    static let pagesOfEverySite = [
        "html/policy", "markdown/policy", "text/policy", "json/policy", "html/changelog", "markdown/changelog",
        "text/changelog", "feeds/atom", "html/allows", "html/index", "xml/sitemap",
    ]

    /// Loads `source` while `makeRenderer` parses the templates, then builds the site. An error
    /// from `makeRenderer` is thrown first; any error in a source (rule lint included, as `check`
    /// reports it), or a source that holds no policy, stops the build with every diagnostic,
    /// before anything is rendered.
    public static func build(
        source: String, asOf: PolicyDate, baseURL: String = "", makeRenderer: () throws -> PolicyRenderer
    ) throws -> (files: SiteFiles, histories: [PolicyHistory], diagnostics: [Diagnostic]) {
        let (made, (loaded, rules)) = concurrently(
            {
                Result {
                    let renderer = try makeRenderer()
                    renderer.prepare(pages: pagesOfEverySite)
                    return renderer
                }
            }, { CheckedSources.loadWithRules(paths: [source]) })
        let renderer = try made.get()
        if loaded.diagnostics.containsErrors {
            throw SourceErrors(diagnostics: loaded.diagnostics)
        }
        if loaded.histories.isEmpty {
            // Publishing nothing would remove every policy from the site.
            let empty = Diagnostic(
                .error, "no-policy", "holds no policy source (.xml) in it or its folders; nothing to build",
                at: SourceLocation(file: source, line: 0))
            throw SourceErrors(diagnostics: loaded.diagnostics + [empty])
        }
        let files = try build(
            histories: loaded.histories, rules: rules, asOf: asOf, baseURL: baseURL, renderer: renderer)
        // A language with no strings table gets English words around its text: say so once a file.
        let languages = loaded.histories.flatMap(\.revisions).compactMap { policy in
            let location = SourceLocation(file: policy.location.file, line: policy.location.line)
            return renderer.stringsWarning(for: policy.language, at: location)
        }
        return (files, loaded.histories, Diagnostic.sorted(loaded.diagnostics + languages))
    }
}

/// The sources of a build have errors; nothing was built.
public struct SourceErrors: Error, CustomStringConvertible {
    /// Every problem found, errors and warnings.
    public var diagnostics: [Diagnostic]

    /// One diagnostic a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
