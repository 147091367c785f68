/// HTML (and XML) built element by element: every text and attribute value is escaped as it
/// is appended, and element and attribute names come from closed lists, so no caller writes a
/// `<`, `&` or quote of its own.
///
/// The one place in Codicil where Swift lays out markup, for what must be fast (a policy's
/// blocks, a redline's marked words); templates place the result.
struct HTMLWriter {
    /// The markup written so far, as UTF-8: appending to an array of bytes costs a fraction of
    /// appending to a string.
    private var bytes: [UInt8] = []

    /// The markup written so far.
    var markup: String { String(decoding: bytes, as: UTF8.self) }

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
        var text = text
        text.withUTF8 { utf8 in
            guard utf8.contains(where: { HTMLEscaping.reference(for: $0) != nil }) else {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                if let reference = HTMLEscaping.reference(for: byte) { write(reference) } else { bytes.append(byte) }
            }
        }
    }

    /// Appends a line break in the markup itself (not a `<br>`).
    mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Appends markup another `HTMLWriter` made.
    mutating func append(_ fragment: String) {
        write(fragment)
    }

    /// Appends markup as it is.
    private mutating func write(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Opens `tag` with `attributes` in order; a nil value leaves its attribute out.
    mutating func open(_ tag: HTMLTag, _ attributes: KeyValuePairs<HTMLAttribute, String?> = [:]) {
        bytes.append(UInt8(ascii: "<"))
        write(tag.rawValue)
        for case (let name, let value?) in attributes {
            bytes.append(UInt8(ascii: " "))
            write(name.rawValue)
            write("=\"")
            text(value)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ">"))
    }

    /// Closes `tag`.
    mutating func close(_ tag: HTMLTag) {
        write("</")
        write(tag.rawValue)
        bytes.append(UInt8(ascii: ">"))
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
