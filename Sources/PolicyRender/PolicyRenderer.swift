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
        switch format {
        case .html:
            let view = DocumentView.html(policy, page: page ?? .standalone(style: stylesheet))
            return html.render(view, withTemplate: "policy") ?? ""
        case .markdown:
            let view = DocumentView.markdown(policy, page: page ?? .standalone(style: ""))
            return markdown.render(view, withTemplate: "policy") ?? ""
        case .text:
            let view = DocumentView.text(policy, page: page ?? .standalone(style: ""))
            return text.render(view, withTemplate: "policy") ?? ""
        case .json:
            return JSONEdition.render(policy)
        }
    }

    /// Renders the HTML "What this policy allows" page of a revision.
    public func renderAllows(_ view: AllowsView) -> String {
        html.render(view, withTemplate: "allows") ?? ""
    }

    /// Renders the HTML index page of a site.
    public func renderIndex(_ view: IndexView) -> String {
        html.render(view, withTemplate: "index") ?? ""
    }
}

/// HTML escaping for `{{value}}` in HTML templates: the same five characters as Mustache's own,
/// escaped byte by byte, so a combining mark cannot hide a `<` inside a larger character.
struct HTMLContent: MustacheContentType {
    static let name = "CODICIL_HTML"

    func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
}
