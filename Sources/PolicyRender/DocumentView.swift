import Foundation

/// What a policy template sees: plain stored strings, bools and arrays, already rendered and
/// escaped for the template's format (Mustache cannot see computed properties or enums).
public struct DocumentView: Sendable {
    /// The BCP 47 language tag, for `<html lang>`.
    public var language: String
    /// The title with inline markup, rendered for the format.
    public var title: String
    /// The title as plain words, for `<title>`; HTML templates let Mustache escape it.
    public var titleText: String
    public var publisher: String
    /// The effective date as `YYYY-MM-DD`.
    public var effective: String
    /// The effective date as `1 December 2012`.
    public var effectiveLong: String
    /// The publisher's label for the revision, or the long date.
    public var displayDate: String
    public var hasSummary: Bool
    public var summary: String
    public var hasPreamble: Bool
    public var preamble: [BlockView]
    public var sections: [SectionView]
    public var hasClosing: Bool
    public var closing: [BlockView]
    public var hasNotes: Bool
    public var notes: [NoteView]
    /// Where the page stands in a site; empty for a standalone edition.
    public var page: PageContext
    /// The words around the policy's text, in its language, escaped for the format by the template
    /// (HTML) or already (Markdown).
    public var strings: [String: UIText] = [:]
}

/// A numbered section with its heading, body and subsections.
public struct SectionView: Sendable {
    /// The clause id, used as the anchor.
    public var id: String
    public var number: String
    /// The number as headings show it: `1.` for a top-level section, `7.1` below.
    public var label: String
    /// The heading rendered for the format (with note references).
    public var heading: String
    /// The heading as plain words, for a table of contents.
    public var headingText: String
    /// `h2` … `h6` for HTML, `##` … `######` for Markdown.
    public var headingTag: String
    /// The heading line of the text edition, wrapped with a hanging indent.
    public var headingLine: String
    public var blocks: [BlockView]
    /// The section's own blocks laid out for the format, as the built-in section partials show
    /// them: HTML blocks one a line, Markdown and text blocks a blank line apart. A template may
    /// instead lay out `blocks` one by one.
    public var blocksLaidOut: String
    public var hasSubsections: Bool
    public var subsections: [SectionView]
    /// How the heading's permalink anchor is read aloud (`Link to 3. Use of Personal
    /// Information`), in the page's language; HTML only.
    public var anchorLabel = ""

    /// True when the section has blocks of its own, before any subsection.
    public var hasBlocks: Bool { !blocks.isEmpty }
    /// True when the section shows a number (an unnumbered one has an empty label).
    public var hasLabel: Bool { !label.isEmpty }
}

/// A paragraph, a list or a table; HTML templates lay it out, Markdown and text get it laid out in `body`.
public struct BlockView: Sendable {
    public var isParagraph: Bool
    public var isList: Bool
    /// True for a table; its parts are in `caption`, `header` and `rows` (HTML only).
    public var isTable = false
    public var isOrdered: Bool
    /// True for the date line of the closing matter.
    public var isDate: Bool
    /// True for a signature line of the closing matter.
    public var isSignature: Bool
    public var hasID: Bool
    public var id: String
    /// The paragraph's text (HTML), or the whole block laid out (Markdown, text).
    public var body: String
    public var items: [ItemView]
    /// The whole block as HTML, as the built-in `partials/block` shows it (HTML only). A template
    /// may instead lay the block out from the fields above.
    public var html = ""
    /// True when a table has a caption.
    public var hasCaption = false
    /// A table's caption (HTML).
    public var caption = ""
    /// True when a table has a header row.
    public var hasHeader = false
    /// A table's header cells (HTML).
    public var header: [CellView] = []
    /// A table's body rows (HTML).
    public var rows: [RowView] = []
}

/// One body row of an HTML table.
public struct RowView: Sendable {
    public var hasID: Bool
    public var id: String
    /// How a reader cites the row: `4 (row 2)`.
    public var citation: String
    public var cells: [CellView]
}

/// One cell of an HTML table, with the heading of its column for narrow screens.
public struct CellView: Sendable {
    /// The cell's content (HTML).
    public var content: String
    /// The heading of the cell's column as plain words; empty without a header row.
    public var label: String
}

/// One list item of an HTML list.
public struct ItemView: Sendable {
    public var hasID: Bool
    public var id: String
    public var hasMarker: Bool
    /// The marker computed from position, with its punctuation: `5.` or `(b)`.
    public var marker: String
    /// How a reader cites the item: `4 (5)`.
    public var citation: String
    public var content: String
    public var hasBlocks: Bool
    public var blocks: [BlockView]
}

/// A note with its number and the anchors of the references that point at it.
public struct NoteView: Sendable {
    public var id: String
    public var number: String
    public var content: String
    /// The note laid out for the text edition.
    public var body: String
    public var backReferences: [BackReferenceView]
}

/// A link from a note back to one reference to it.
public struct BackReferenceView: Sendable {
    public var anchor: String
    /// `1`, `2` … among the references to the same note.
    public var ordinal: String
}

extension String {
    /// The text with every `target` (which holds a line break) replaced; the text itself when it
    /// has no line break, which is the common case.
    func replacingLineBreaks(_ target: String, with replacement: String) -> String {
        guard utf8.contains(0x0A) else { return self }
        return replacingOccurrences(of: target, with: replacement)
    }
}
