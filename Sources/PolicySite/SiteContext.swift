import PolicyModel
import PolicyRender
import PolicyRules

/// What a build step works from, and the files it adds.
public struct SiteContext: Sendable {
    /// Every policy's revisions, oldest first, sorted by policy id; a policy's translations follow
    /// it (`LanguageVersions.published`).
    public var histories: [PolicyHistory]
    /// Where each language of a policy is published, and which of its pages match.
    let versions: LanguageVersions
    /// Every policy's history analysed, in the order of `histories`.
    public var analyses: [RevisionHistory]
    /// The day the site shows as today; decides which revision is in effect.
    public var asOf: PolicyDate
    /// Prefix of the sitemap's URLs (`https://example.com/privacy/`); empty for relative URLs.
    public var baseURL: String
    public var renderer: PolicyRenderer
    /// The files a step has added.
    public var files = SiteFiles()

    /// Makes a context with no files yet; `versions` and `analyses` are those of `histories`,
    /// in their order.
    init(
        histories: [PolicyHistory], versions: LanguageVersions, analyses: [RevisionHistory], asOf: PolicyDate,
        baseURL: String, renderer: PolicyRenderer
    ) {
        self.histories = histories
        self.analyses = analyses
        self.versions = versions
        self.asOf = asOf
        self.baseURL = baseURL
        self.renderer = renderer
    }

    /// The revision a policy's main page shows: the one in effect, else the first scheduled.
    func current(_ history: PolicyHistory) -> Policy? {
        history.revision(inEffectOn: asOf) ?? history.revisions.first
    }

    /// The next revision scheduled after the one the main page shows, if any.
    func scheduled(_ history: PolicyHistory) -> Policy? {
        guard let current = current(history) else { return nil }
        return history.revisions.first { $0.revision.effective > current.revision.effective && $0.revision.effective > asOf }
    }
}

/// One named step of a site build.
public struct BuildStep: Sendable {
    /// The name an error is reported under (`policy pages`).
    public var name: String
    /// Adds files to the context, or throws.
    public var run: @Sendable (inout SiteContext) throws -> Void

    /// Makes a step.
    public init(name: String, run: @escaping @Sendable (inout SiteContext) throws -> Void) {
        self.name = name
        self.run = run
    }
}

/// A build that failed, naming the step and why.
public struct SiteBuildError: Error, CustomStringConvertible {
    public var step: String
    public var message: String

    /// `error in step 'policy pages': …`.
    public var description: String { "error in step '\(step)': \(message)" }
}
