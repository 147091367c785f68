import PolicyModel
import PolicyRender
import PolicySite

/// What one build of the preview gave: the site's files, or the lines that say why there is none.
public enum PreviewBuild: Sendable, Hashable {
    /// The site `codicil build` would write, in memory.
    case site(SiteFiles)
    /// The build stopped; one `path:line:column: error: …` line per problem.
    case failed([String])
}

/// Builds the site in memory, exactly as `codicil build` would, from a source folder and
/// optional templates folder, reading both afresh each time.
public struct PreviewBuilder: Sendable {
    /// The folder of policy sources.
    public var source: String
    /// A folder of templates laid out like `Templates/`, or nil for the built-in ones.
    public var templates: String?
    /// The day each build treats as today.
    public var asOf: @Sendable () -> PolicyDate

    /// Makes a builder for the folders.
    public init(source: String, templates: String?, asOf: @escaping @Sendable () -> PolicyDate) {
        self.source = source
        self.templates = templates
        self.asOf = asOf
    }

    /// Builds once. Warnings (and, when it fails, errors) come back as the lines to print; a
    /// template problem stops the build before the sources are read, as in `codicil build`.
    public func build() -> (build: PreviewBuild, messages: [String]) {
        let renderer: PolicyRenderer
        do {
            renderer = try PolicyRenderer(templates: templates.map(TemplateSet.init(directory:)) ?? .builtIn)
        } catch {
            let lines = Self.lines(error)
            return (.failed(lines), lines)
        }
        let warnings = renderer.warnings.map(\.description)
        do {
            let built = try SiteBuilder.build(source: source, asOf: asOf(), renderer: renderer)
            return (.site(built.files), warnings + built.diagnostics.map(\.description))
        } catch {
            let lines = Self.lines(error)
            return (.failed(lines), warnings + lines)
        }
    }

    /// One line per problem an error carries, in the order `codicil build` prints them.
    private static func lines(_ error: any Error) -> [String] {
        switch error {
        case let error as SourceErrors: error.diagnostics.map(\.description)
        case let error as RenderError:
            switch error {
            case .templates(let diagnostics): diagnostics.map(\.description)
            }
        case let error as SiteBuildError: ["\(error)"]
        default: ["codicil: error: \(error) [internal]"]
        }
    }
}
