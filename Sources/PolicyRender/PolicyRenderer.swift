import Mustache
import PolicyDiff
import PolicyModel
import PolicyRules

/// Renders revisions to their editions through a set of Mustache templates.
public struct PolicyRenderer: Sendable {
    /// Where the pages' templates come from.
    private let pages: PageTemplates
    var html: PageLibrary { PageLibrary(folder: "html", source: pages) }
    var markdown: PageLibrary { PageLibrary(folder: "markdown", source: pages) }
    var text: PageLibrary { PageLibrary(folder: "text", source: pages) }
    var xml: PageLibrary { PageLibrary(folder: "xml", source: pages) }
    var json: PageLibrary { PageLibrary(folder: "json", source: pages) }
    /// The Atom feed (`feeds/`) and the e-mail message (`email/`).
    var feeds: PageLibrary { PageLibrary(folder: "feeds", source: pages) }
    var email: PageLibrary { PageLibrary(folder: "email", source: pages) }
    /// The stylesheet of the HTML edition (`html/style.css`).
    public let stylesheet: String
    /// The words of the pages, a table per language (`strings/en.json`, `strings/ja.json`);
    /// nil for the built-in set read page by page, which reads each built-in table when first asked for it.
    private let ownTables: StringTables?

    /// What using the templates needs saying without stopping: a partial, or texts of a strings
    /// table, taken from the built-in set because the given set lacks them.
    public let warnings: [Diagnostic]

    /// Parses every template and resolves every partial (see `TemplateSet.checkedFolders()`);
    /// throws every problem found, each at its file, line and column. With `folders` (`text`,
    /// `markdown`, `html`, …) only those folders' templates are read, for a command that
    /// renders one format and should not pay for the others. The built-in set, which the tests
    /// check, is parsed a page at a time as pages are first rendered, and its strings tables
    /// read when first asked.
    public init(templates: TemplateSet = .builtIn, folders only: Set<String>? = nil) throws {
        MustacheContentTypes.register(HTMLContent(), named: HTMLContent.name)
        if templates.directory == nil, templates.files == DefaultTemplates.files {
            pages = .builtIn
            warnings = []
            ownTables = nil
            stylesheet = templates.files["html/style.css"] ?? ""
            return
        }
        let (folders, warnings) = try templates.checkedFolders(only: only)
        func library(_ folder: String) -> MustacheLibrary {
            MustacheLibrary(templates: folders[folder]?.templates ?? [:])
        }
        pages = .parsed(folders.mapValues { MustacheLibrary(templates: $0.templates) })
        let tables = try StringTables(templates)
        ownTables = tables
        self.warnings = warnings + tables.warnings
        guard let style = templates.files["html/style.css"] else {
            throw RenderError.templates([
                Diagnostic(
                    .error, "template-missing", "missing template",
                    at: SourceLocation(file: templates.path(of: "html/style.css"), line: 0))
            ])
        }
        stylesheet = style
        let pages = TemplateSet.pages.filter { only?.contains(String($0.split(separator: "/")[0])) ?? true }.map { page in
            (library(String(page.split(separator: "/")[0])), String(page.dropLast(".mustache".count)))
        }
        let missing = pages.filter { $0.0.getTemplate(named: String($0.1.split(separator: "/")[1])) == nil }.map {
            page in
            Diagnostic(
                .error, "template-missing", "missing template",
                at: SourceLocation(file: templates.path(of: page.1 + ".mustache"), line: 0))
        }
        guard missing.isEmpty else { throw RenderError.templates(missing) }
    }

    /// Parses now, not when first rendered, the built-in templates of `names` (`html/policy`, …),
    /// so that a caller with a core to spare (the site build, while its sources load) takes that
    /// work off the pages' path. A set read with `--templates` was parsed whole when the renderer
    /// was made, and this does nothing for it.
    public func prepare(pages names: [String]) {
        guard case .builtIn = pages else { return }
        for name in names {
            let parts = name.split(separator: "/", maxSplits: 1)
            guard parts.count == 2 else { continue }
            _ = BuiltInPages.shared.library(folder: String(parts[0]), page: String(parts[1]))
        }
    }

    /// Renders one revision as one edition; `links` place it in a site, and without them a
    /// standalone HTML page inlines the stylesheet.
    public func render(_ policy: Policy, as format: EditionFormat, links: SiteLinks? = nil) throws -> String {
        let words = strings(for: policy.language)
        func localized(_ view: DocumentView, markdown: Bool = false) -> DocumentView {
            var view = view
            view.effectiveLong = words.date(policy.revision.effective)
            view.strings = markdown ? words.markdownValues : words.templateValues
            return view
        }
        switch format {
        case .html:
            let page = PageContext(links, style: stylesheet, words: words)
            let view = localized(DocumentView.html(policy, page: page, labels: HTMLLabels(words)))
            return html.render(view, withTemplate: "policy") ?? ""
        case .markdown:
            let noteLabel = words.templateValues["noteReference"] ?? UIText("Note {n}")
            let view = localized(
                DocumentView.markdown(policy, page: PageContext(links, style: "", words: words), noteLabel: noteLabel),
                markdown: true)
            return markdown.render(view, withTemplate: "policy") ?? ""
        case .text:
            let noteLabel = words.templateValues["noteReference"] ?? UIText("Note {n}")
            let view = localized(
                DocumentView.text(policy, page: PageContext(links, style: "", words: words), noteLabel: noteLabel))
            return text.render(view, withTemplate: "policy") ?? ""
        case .json:
            return json.render(JSONEditionView(json: JSONEdition.render(policy)), withTemplate: "policy") ?? ""
        }
    }

    /// Renders the HTML "What this policy allows" page of a revision with its rules: each
    /// action, whom it may reach and when, each condition linked to its clause.
    public func allows(_ policy: Policy, rules: RuleSet, links: SiteLinks) -> String {
        let words = strings(for: policy.language)
        var view = AllowsView.make(policy, rules: rules, links: links, words: words)
        view.strings = words.templateValues
        return html.render(view, withTemplate: "allows") ?? ""
    }

    /// Renders the redline of `changes`, with the rules' assessment of them when there is one,
    /// in `language` (a language that names terms by label takes them from `labels`).
    /// In a site, `links` lead from the HTML page to the index, both revisions and the changelog.
    public func redline(
        _ changes: ChangeSet, assessment: Materiality?, as format: RedlineFormat, language: String = "en",
        labels: [TermID: String] = [:], links: SiteLinks? = nil
    ) -> String {
        let table = strings(for: language)
        func view(_ words: RedlineWords) -> RedlineView {
            var view = RedlineView(
                changes, assessment: assessment, words: words, strings: table, labels: labels, language: language,
                links: links)
            view.strings = words.escapesMarkdown ? table.markdownValues : table.templateValues
            return view
        }
        switch format {
        case .html:
            var view = view(.html)
            view.page = PageContext(links, style: stylesheet, words: table)
            let count = changes.summary.unchanged
            view.unchangedLine = table.text(count == 1 ? "unchangedBlock" : "unchangedBlocks", ["count": String(count)])
            return html.render(view, withTemplate: "redline") ?? ""
        case .markdown:
            return markdown.render(view(.markdown), withTemplate: "redline") ?? ""
        case .text(let colour):
            return text.render(view(.text(colour: colour, strings: table)), withTemplate: "redline") ?? ""
        }
    }

    /// Renders the sitemap of a site's pages, each at `location` (already under the base URL).
    public func sitemap(locations: [String]) -> String {
        xml.render(SitemapView(urls: locations.map(SitemapURLView.init(location:))), withTemplate: "sitemap") ?? ""
    }

    /// Renders the HTML index page of a site in `language`, the first policy's: each policy's
    /// revision in effect, linked.
    public func index(_ entries: [IndexEntry], stylesheetHref: String) -> String {
        let language = entries.first?.policy.language ?? "en"
        let words = strings(for: language)
        let page = PageContext(SiteLinks(stylesheet: stylesheetHref, home: nil), style: "", words: words)
        let listings = entries.map { entry in
            let policy = entry.policy
            return PolicyListingView(
                title: policy.title.plainText(), publisher: policy.publisher.plainText(), href: entry.href,
                effective: policy.revision.effective.description,
                effectiveLong: words.date(policy.revision.effective),
                hasScheduled: entry.scheduled != nil, scheduledLong: entry.scheduled.map(words.date) ?? "",
                scheduledEffective: entry.scheduled?.description ?? "", language: policy.language)
        }
        var view = IndexView(language: language, title: words.text("policies"), policies: listings, page: page)
        view.strings = words.templateValues
        return html.render(view, withTemplate: "index") ?? ""
    }

    /// The words for pages in `language` (a BCP 47 tag): its own table, its primary language's,
    /// else English.
    public func strings(for language: String) -> UIStrings {
        ownTables?.table(for: language) ?? StringTables.builtInTable(for: language)
    }

    /// True when a strings table has words for `language` (or its primary language).
    public func hasStrings(for language: String) -> Bool {
        ownTables?.hasTable(for: language) ?? StringTables.builtInHasTable(for: language)
    }

    /// A warning when no table has words for `language`, so its pages show English words;
    /// nil when one has. `location` is where the language is declared.
    public func stringsWarning(for language: String, at location: SourceLocation) -> Diagnostic? {
        guard !hasStrings(for: language) else { return nil }
        return Diagnostic(
            .warning, "strings-missing",
            "no strings table for language '\(language)' (strings/\(language).json); its pages show English words",
            at: location)
    }
}

/// HTML escaping for `{{value}}` in HTML templates: the same five characters as Mustache's own,
/// escaped byte by byte, so a combining mark cannot hide a `<` inside a larger character.
struct HTMLContent: MustacheContentType {
    static let name = "CODICIL_HTML"

    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}

/// A policy as the site's index page lists it.
public struct IndexEntry: Sendable {
    /// The revision in effect (or, before any is, the first scheduled).
    public var policy: Policy
    /// The relative link to the policy's main page.
    public var href: String
    /// When the next scheduled revision takes effect, if one is.
    public var scheduled: PolicyDate?

    /// Makes an entry.
    public init(policy: Policy, href: String, scheduled: PolicyDate?) {
        self.policy = policy
        self.href = href
        self.scheduled = scheduled
    }
}

/// The formats of a redline.
public enum RedlineFormat: Sendable, Hashable {
    /// A standalone HTML page.
    case html
    /// Markdown GitHub renders in a pull-request comment, `<ins>` and `<del>` inside.
    case markdown
    /// Plain text for a terminal or an e-mail; `colour` marks words with ANSI colour.
    case text(colour: Bool)
}

/// What the JSON edition's template sees: the edition the JSON writer made, which ends with
/// a line break.
struct JSONEditionView: Sendable {
    var json: String
}

/// What the sitemap's template sees.
struct SitemapView: Sendable {
    var urls: [SitemapURLView]
}

/// One page in the sitemap.
struct SitemapURLView: Sendable {
    /// The page's address.
    var location: String
}
