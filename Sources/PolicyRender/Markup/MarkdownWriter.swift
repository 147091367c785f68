/// CommonMark (as GitHub reads it) built span by span: every text is escaped as it is
/// appended, so that each character of a policy shows literally, and Markdown's own syntax
/// (emphasis, links, hard breaks, table rows, `<ins>`/`<del>`) is written only here.
///
/// The Markdown counterpart of `HTMLWriter`; templates place what it makes.
struct MarkdownWriter {
    /// The Markdown written so far.
    private(set) var markup = ""

    /// An empty writer.
    init() {}

    /// The Markdown `body` writes into a fresh writer.
    static func fragment(_ body: (inout MarkdownWriter) -> Void) -> String {
        var writer = MarkdownWriter()
        body(&writer)
        return writer.markup
    }

    /// `text` escaped, as it would be at the start of a line when `atLineStart`.
    static func escaped(_ text: String, atLineStart: Bool = false) -> String {
        MarkdownEscaping.escape(text, atLineStart: atLineStart)
    }

    /// True when what comes next starts a line.
    var isAtLineStart: Bool { markup.isEmpty || markup.utf8.last == 0x0A }

    /// Appends `text`, escaped for where it stands.
    mutating func text(_ text: String) {
        markup += MarkdownEscaping.escape(text, atLineStart: isAtLineStart)
    }

    /// Appends `text` escaped as if in the middle of a line.
    mutating func inlineText(_ text: String) {
        markup += MarkdownEscaping.escape(text, atLineStart: false)
    }

    /// Appends Markdown another `MarkdownWriter` made.
    mutating func append(_ fragment: String) {
        markup += fragment
    }

    /// Appends `count` spaces (an indent, or a space between spans).
    mutating func spaces(_ count: Int = 1) {
        markup += String(repeating: " ", count: count)
    }

    /// Appends a line break in the Markdown source (not a hard break).
    mutating func newline() {
        markup += "\n"
    }

    /// Appends what `content` writes as emphasis.
    mutating func emphasis(_ content: (inout MarkdownWriter) -> Void) {
        markup += "*"
        content(&self)
        markup += "*"
    }

    /// Appends what `content` writes as strong emphasis.
    mutating func strong(_ content: (inout MarkdownWriter) -> Void) {
        markup += "**"
        content(&self)
        markup += "**"
    }

    /// Appends a link to `href` around what `content` writes.
    mutating func link(_ href: String, _ content: (inout MarkdownWriter) -> Void) {
        markup += "["
        content(&self)
        markup += "](" + MarkdownEscaping.destination(href) + ")"
    }

    /// Appends `href` as an autolink.
    mutating func autolink(_ href: String) {
        markup += "<" + MarkdownEscaping.destination(href) + ">"
    }

    /// Appends a hard line break.
    mutating func hardBreak() {
        markup += Self.hardBreak
    }

    /// A hard line break as Markdown writes it: a backslash before the newline.
    static let hardBreak = "\\\n"

    /// Appends `text` as a code span.
    mutating func codeSpan(_ text: String) {
        markup += MarkdownEscaping.codeSpan(text)
    }

    /// Appends inserted words: `<ins>` around `text` written as character references.
    mutating func insertion(_ text: String) {
        markup += "<ins>" + MarkdownEscaping.referenceEscaped(text) + "</ins>"
    }

    /// Appends deleted words: `<del>` around `text` written as character references.
    mutating func deletion(_ text: String) {
        markup += "<del>" + MarkdownEscaping.referenceEscaped(text) + "</del>"
    }

    /// The marker of a bullet list item.
    static let bullet = "-"

    /// The marker of an ATX heading of `level` (`##` for 2), at most 6.
    static func headingMarker(level: Int) -> String {
        String(repeating: "#", count: min(max(level, 1), 6))
    }

    /// A pipe-table row of cells already written as Markdown, each made fit for a cell.
    static func tableRow(_ cells: [String], indent: String = "") -> String {
        indent + "| " + cells.map(MarkdownEscaping.cell).joined(separator: " | ") + " |"
    }

    /// The delimiter row under a table's header row.
    static func tableDelimiter(columns: Int, indent: String = "") -> String {
        indent + "|" + String(repeating: " --- |", count: columns)
    }
}
