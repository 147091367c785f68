import Mustache
import PolicyModel

/// Renders revisions to their editions through a set of Mustache templates.
public struct PolicyRenderer: Sendable {
    let html: MustacheLibrary
    let markdown: MustacheLibrary
    let text: MustacheLibrary
    /// The Atom feed (`feeds/`) and the e-mail message (`email/`).
    let feeds: MustacheLibrary
    let email: MustacheLibrary
    /// The stylesheet of the HTML edition (`html/style.css`).
    public let stylesheet: String
    /// The words of the pages, a table per language (`strings/en.json`, `strings/ja.json`).
    private let tables: StringTables

    /// What using the templates needs saying without stopping: a partial taken from the
    /// built-in set because the given set lacks it.
    public let warnings: [Diagnostic]

    /// Parses every template and resolves every partial (see `TemplateSet.checkedFolders()`);
    /// throws every problem found, each at its file, line and column.
    public init(templates: TemplateSet = .builtIn) throws {
        MustacheContentTypes.register(HTMLContent(), named: HTMLContent.name)
        let (folders, warnings) = try templates.checkedFolders()
        func library(_ folder: String) -> MustacheLibrary {
            MustacheLibrary(templates: folders[folder]?.templates ?? [:])
        }
        (html, markdown, text) = (library("html"), library("markdown"), library("text"))
        (feeds, email) = (library("feeds"), library("email"))
        self.warnings = warnings
        tables = try StringTables(templates)
        guard let style = templates.files["html/style.css"] else {
            throw RenderError.templates([
                Diagnostic(.error, "template-missing", "missing template", at: SourceLocation(file: templates.path(of: "html/style.css"), line: 0))
            ])
        }
        stylesheet = style
        let pages =
            [(html, "html/policy"), (html, "html/index"), (html, "html/allows"), (markdown, "markdown/policy"), (text, "text/policy")]
            + Self.revisionPages(html: html, markdown: markdown, text: text, feeds: feeds, email: email)
        let missing = pages.filter { $0.0.getTemplate(named: String($0.1.split(separator: "/")[1])) == nil }.map { page in
            Diagnostic(.error, "template-missing", "missing template", at: SourceLocation(file: templates.path(of: page.1 + ".mustache"), line: 0))
        }
        guard missing.isEmpty else { throw RenderError.templates(missing) }
    }

    /// Renders one revision as one edition. A standalone HTML page inlines the stylesheet.
    public func render(_ policy: Policy, as format: EditionFormat, page: PageContext? = nil) throws -> String {
        let words = strings(for: policy.language)
        func localized(_ view: DocumentView, markdown: Bool = false) -> DocumentView {
            var view = view
            view.effectiveLong = words.date(policy.revision.effective)
            view.strings = markdown ? words.markdownValues : words.templateValues
            return view
        }
        switch format {
        case .html:
            let page = page ?? .standalone(style: stylesheet)
            let view = localized(DocumentView.html(policy, page: page, labels: HTMLLabels(words)))
            return html.render(view, withTemplate: "policy") ?? ""
        case .markdown:
            let noteLabel = words.templateValues["noteReference"] ?? UIText("Note {n}")
            let view = localized(
                DocumentView.markdown(policy, page: page ?? .standalone(style: ""), noteLabel: noteLabel), markdown: true)
            return markdown.render(view, withTemplate: "policy") ?? ""
        case .text:
            let noteLabel = words.templateValues["noteReference"] ?? UIText("Note {n}")
            let view = localized(DocumentView.text(policy, page: page ?? .standalone(style: ""), noteLabel: noteLabel))
            return text.render(view, withTemplate: "policy") ?? ""
        case .json:
            return JSONEdition.render(policy)
        }
    }

    /// Renders the HTML "What this policy allows" page of a revision.
    public func renderAllows(_ view: AllowsView) -> String {
        var view = view
        view.strings = strings(for: view.language).templateValues
        return html.render(view, withTemplate: "allows") ?? ""
    }

    /// Renders the HTML index page of a site.
    public func renderIndex(_ view: IndexView) -> String {
        var view = view
        view.strings = strings(for: view.language).templateValues
        return html.render(view, withTemplate: "index") ?? ""
    }

    /// The words for pages in `language` (a BCP 47 tag): its own table, its primary language's,
    /// else English.
    public func strings(for language: String) -> UIStrings {
        tables.table(for: language)
    }

    /// True when a strings table has words for `language` (or its primary language).
    public func hasStrings(for language: String) -> Bool {
        tables.hasTable(for: language)
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
