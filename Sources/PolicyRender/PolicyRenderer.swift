import Mustache
import PolicyModel

/// Renders revisions to their editions through a set of Mustache templates.
public struct PolicyRenderer: Sendable {
    private let html: MustacheLibrary
    private let markdown: MustacheLibrary
    private let text: MustacheLibrary
    /// The stylesheet of the HTML edition (`html/style.css`).
    public let stylesheet: String

    /// Parses every template; Markdown and text templates, partials included, get the
    /// `CONTENT_TYPE:TEXT` pragma so Mustache leaves their already-escaped text alone, and HTML
    /// templates escape values with `HTMLEscaping`.
    public init(templates: TemplateSet = .builtIn) throws {
        MustacheContentTypes.register(HTMLContent(), named: HTMLContent.name)
        let libraries = try [
            ("html", "{{%CONTENT_TYPE:\(HTMLContent.name)}}\n"), ("markdown", "{{%CONTENT_TYPE:TEXT}}\n"),
            ("text", "{{%CONTENT_TYPE:TEXT}}\n"),
        ].concurrentMap { folder, pragma in try Self.library(templates, folder: folder, pragma: pragma) }
        (html, markdown, text) = (libraries[0], libraries[1], libraries[2])
        guard let style = templates.files["html/style.css"] else {
            throw RenderError.templates("missing template html/style.css")
        }
        stylesheet = style
        for (library, name) in [(html, "policy"), (html, "index"), (html, "allows"), (markdown, "policy"), (text, "policy")]
        where library.getTemplate(named: name) == nil {
            throw RenderError.templates("missing template \(name).mustache")
        }
    }

    private static func library(_ templates: TemplateSet, folder: String, pragma: String) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in templates.mustacheTemplates(in: folder) {
            do {
                try library.register(pragma + text, named: name)
            } catch {
                throw RenderError.templates("\(folder)/\(name).mustache: \(error)")
            }
        }
        return library
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
            return try JSONEdition.render(policy)
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
