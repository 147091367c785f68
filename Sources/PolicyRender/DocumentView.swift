import Foundation

/// What a policy template sees: plain stored strings, bools and arrays, already rendered and
/// escaped for the template's format (Mustache cannot see computed properties or enums).
struct DocumentView: Sendable {
    /// The BCP 47 language tag, for `<html lang>`.
    var language: String
    /// The title with inline markup, rendered for the format.
    var title: String
    /// The title as plain words, for `<title>`; HTML templates let Mustache escape it.
    var titleText: String
    var publisher: String
    /// The effective date as `YYYY-MM-DD`.
    var effective: String
    /// The effective date as `1 December 2012`.
    var effectiveLong: String
    /// The publisher's label for the revision, or the long date.
    var displayDate: String
    var hasSummary: Bool
    var summary: String
    var hasPreamble: Bool
    var preamble: [BlockView]
    var sections: [SectionView]
    var hasClosing: Bool
    var closing: [BlockView]
    var hasNotes: Bool
    var notes: [NoteView]
    /// Where the page stands in a site; empty for a standalone edition.
    var page: PageContext
    /// The words around the policy's text, in its language, escaped for the format by the template
    /// (HTML) or already (Markdown).
    var strings: [String: UIText] = [:]
}

/// A numbered section with its heading, body and subsections.
struct SectionView: Sendable {
    /// The clause id, used as the anchor.
    var id: String
    var number: String
    /// The number as headings show it: `1.` for a top-level section, `7.1` below.
    var label: String
    /// The heading rendered for the format (with note references).
    var heading: String
    /// The heading as plain words, for a table of contents.
    var headingText: String
    /// `h2` … `h6` for HTML, `##` … `######` for Markdown.
    var headingTag: String
    /// The whole heading line: in the text edition wrapped with a hanging indent, in Markdown
    /// its marker, number and heading (`## 1. Heading`); empty in HTML.
    var headingLine: String
    var blocks: [BlockView]
    /// The section's own blocks laid out for the format, as the built-in section partials show
    /// them: HTML blocks one a line, Markdown and text blocks a blank line apart. A template may
    /// instead lay out `blocks` one by one.
    var blocksLaidOut: String
    var hasSubsections: Bool
    var subsections: [SectionView]
    /// How the heading's permalink anchor is read aloud (`Link to 3. Use of Personal
    /// Information`), in the page's language; HTML only.
    var anchorLabel = ""

    /// True when the section has blocks of its own, before any subsection.
    var hasBlocks: Bool { !blocks.isEmpty }
    /// True when the section shows a number (an unnumbered one has an empty label).
    var hasLabel: Bool { !label.isEmpty }
}

/// A paragraph, a list or a table; HTML templates lay it out, Markdown and text get it laid out in `body`.
struct BlockView: Sendable {
    var isParagraph: Bool
    var isList: Bool
    /// True for a table; its parts are in `caption`, `header` and `rows` (HTML only).
    var isTable = false
    var isOrdered: Bool
    /// True for the date line of the closing matter.
    var isDate: Bool
    /// True for a signature line of the closing matter.
    var isSignature: Bool
    var hasID: Bool
    var id: String
    /// The paragraph's text (HTML), or the whole block laid out (Markdown, text).
    var body: String
    var items: [ItemView]
    /// The whole block as HTML, as the built-in `partials/block` shows it (HTML only). A template
    /// may instead lay the block out from the fields above.
    var html = ""
    /// True when a table has a caption.
    var hasCaption = false
    /// A table's caption (HTML).
    var caption = ""
    /// True when a table has a header row.
    var hasHeader = false
    /// A table's header cells (HTML).
    var header: [CellView] = []
    /// A table's body rows (HTML).
    var rows: [RowView] = []
}

/// One body row of an HTML table.
struct RowView: Sendable {
    var hasID: Bool
    var id: String
    /// How a reader cites the row: `4 (row 2)`.
    var citation: String
    var cells: [CellView]
}

/// One cell of an HTML table, with the heading of its column for narrow screens.
struct CellView: Sendable {
    /// The cell's content (HTML).
    var content: String
    /// The heading of the cell's column as plain words; empty without a header row.
    var label: String
}

/// One list item of an HTML list.
struct ItemView: Sendable {
    var hasID: Bool
    var id: String
    var hasMarker: Bool
    /// The marker computed from position, with its punctuation: `5.` or `(b)`.
    var marker: String
    /// How a reader cites the item: `4 (5)`.
    var citation: String
    var content: String
    var hasBlocks: Bool
    var blocks: [BlockView]
}

/// A note with its number and the anchors of the references that point at it.
struct NoteView: Sendable {
    var id: String
    var number: String
    var content: String
    /// The note laid out for the text edition.
    var body: String
    var backReferences: [BackReferenceView]
}

/// A link from a note back to one reference to it.
struct BackReferenceView: Sendable {
    var anchor: String
    /// `1`, `2` … among the references to the same note.
    var ordinal: String
}

extension String {
    /// The text with every `target` (which holds a line break) replaced; the text itself when it
    /// has no line break, which is the common case.
    func replacingLineBreaks(_ target: String, with replacement: String) -> String {
        guard utf8.contains(0x0A) else { return self }
        return replacingOccurrences(of: target, with: replacement)
    }
}
