/// HTML (and XML) built element by element: every text and attribute value is escaped as it
/// is appended, and element and attribute names come from closed lists, so no caller writes a
/// `<`, `&` or quote of its own.
///
/// The one place in Codicil where Swift lays out markup, for what must be fast (a policy's
/// blocks, a redline's marked words); templates place the result.
struct HTMLWriter {
    /// The markup written so far.
    private(set) var markup = ""

    /// An empty writer.
    init() {}

    /// The markup `body` writes into a fresh writer.
    static func fragment(_ body: (inout HTMLWriter) -> Void) -> String {
        var writer = HTMLWriter()
        body(&writer)
        return writer.markup
    }

    /// Appends `text`, escaped.
    mutating func text(_ text: String) {
        markup += HTMLEscaping.escape(text)
    }

    /// Appends a line break in the markup itself (not a `<br>`).
    mutating func newline() {
        markup += "\n"
    }

    /// Appends markup another `HTMLWriter` made.
    mutating func append(_ fragment: String) {
        markup += fragment
    }

    /// Opens `tag` with `attributes` in order; a nil value leaves its attribute out.
    mutating func open(_ tag: HTMLTag, _ attributes: KeyValuePairs<HTMLAttribute, String?> = [:]) {
        markup += "<"
        markup += tag.rawValue
        for case (let name, let value?) in attributes {
            markup += " "
            markup += name.rawValue
            markup += "=\""
            markup += HTMLEscaping.escape(value)
            markup += "\""
        }
        markup += ">"
    }

    /// Closes `tag`.
    mutating func close(_ tag: HTMLTag) {
        markup += "</"
        markup += tag.rawValue
        markup += ">"
    }

    /// Appends a void element (`<br>`), which has no content and no end tag.
    mutating func void(_ tag: HTMLTag, _ attributes: KeyValuePairs<HTMLAttribute, String?> = [:]) {
        open(tag, attributes)
    }

    /// Appends `tag` around what `content` writes.
    mutating func element(
        _ tag: HTMLTag, _ attributes: KeyValuePairs<HTMLAttribute, String?> = [:], content: (inout HTMLWriter) -> Void
    ) {
        open(tag, attributes)
        content(&self)
        close(tag)
    }

    /// Appends `tag` around `text`, escaped.
    mutating func element(_ tag: HTMLTag, _ attributes: KeyValuePairs<HTMLAttribute, String?> = [:], text: String) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }
}

/// The elements Codicil writes from Swift (HTML, and the sitemap's XML).
enum HTMLTag: String {
    case a, br, caption, code, dd, del, div, dl, dt, em, h1, h2, ins, li, nav, ol, p, section, span, strong, sup
    case dfn, table, tbody, td, th, thead, time, tr, ul
}

/// The attributes Codicil writes from Swift.
enum HTMLAttribute: String {
    case ariaCurrent = "aria-current"
    case ariaLabel = "aria-label"
    case `class`, datetime, href, id, role, scope, title
    case dataLabel = "data-label"
}
