import PolicyModel

/// The JSON edition: the model with computed numbers and citations, documented in
/// `docs/json-model.md`. Keys are sorted, so the bytes are stable.
enum JSONEdition {
    /// Encodes a policy as pretty-printed JSON ending in a newline.
    static func render(_ policy: Policy) -> String {
        JSONPolicy(policy).json.pretty() + "\n"
    }
}

/// The top level of the JSON edition.
struct JSONPolicy {
    var format = "codicil-policy"
    var formatVersion = 1
    var id: String
    var language: String
    var title: [JSONInline]
    var titleText: String
    var publisher: [JSONInline]
    var revision: JSONRevision
    var preamble: [JSONBlock]
    var sections: [JSONSection]
    var closing: [JSONBlock]
    var notes: [JSONNote]

    init(_ policy: Policy) {
        let context = JSONInline.Context(
            citations: policy.citations, noteNumbers: policy.noteNumbers, showsLabels: policy.declaresNumbering)
        id = policy.id.rawValue
        language = policy.language
        title = JSONInline.list(policy.title, context)
        titleText = policy.title.plainText()
        publisher = JSONInline.list(policy.publisher, context)
        revision = JSONRevision(
            effective: policy.revision.effective.description, label: policy.revision.label,
            displayDate: policy.revision.displayDate, summary: policy.revision.summary.map { JSONInline.list($0, context) })
        preamble = policy.preamble.map { JSONBlock($0, context) }
        sections = policy.sections.map { JSONSection($0, context) }
        closing = policy.closing.map { JSONBlock($0, context) }
        notes = policy.notes.map {
            JSONNote(id: $0.id.rawValue, number: $0.number, content: JSONInline.list($0.content, context))
        }
    }
}

/// When a revision takes effect and what it says about itself.
struct JSONRevision {
    var effective: String
    var label: String?
    var displayDate: String
    var summary: [JSONInline]?
}

/// A section with its computed number and depth.
struct JSONSection {
    var id: String
    var number: String
    /// The number as the heading shows it (`Clause 3:`), when the policy declares numbering.
    var label: String?
    var level: Int
    var heading: [JSONInline]
    var headingText: String
    var blocks: [JSONBlock]
    var subsections: [JSONSection]

    init(_ section: Section, _ context: JSONInline.Context) {
        id = section.id.rawValue
        number = section.number
        label = context.showsLabels ? section.label : nil
        level = section.level
        heading = JSONInline.list(section.heading, context)
        headingText = section.heading.plainText()
        blocks = section.blocks.map { JSONBlock($0, context) }
        subsections = section.subsections.map { JSONSection($0, context) }
    }
}

/// A paragraph (`type: paragraph`), a list (`type: list`) or a table (`type: table`).
struct JSONBlock {
    var type: String
    var id: String?
    var role: String?
    var content: [JSONInline]?
    var style: String?
    var items: [JSONItem]?
    var caption: [JSONInline]?
    var header: [[JSONInline]]?
    var rows: [JSONRow]?

    init(_ block: Block, _ context: JSONInline.Context) {
        switch block {
        case .paragraph(let paragraph):
            type = "paragraph"
            id = paragraph.id?.rawValue
            role = paragraph.role.rawValue
            content = JSONInline.list(paragraph.content, context)
        case .list(let list):
            type = "list"
            style = list.style.rawValue
            items = list.items.map { JSONItem($0, context) }
        case .table(let table):
            type = "table"
            caption = table.caption.map { JSONInline.list($0, context) }
            header = table.header.map { $0.map { JSONInline.list($0, context) } }
            rows = table.rows.map { JSONRow($0, context) }
        }
    }
}

/// A table row with its computed citation.
struct JSONRow {
    var id: String?
    var citation: String
    var cells: [[JSONInline]]

    init(_ row: TableRow, _ context: JSONInline.Context) {
        id = row.id?.rawValue
        citation = row.citation
        cells = row.cells.map { JSONInline.list($0, context) }
    }
}

/// A list item with its computed marker and citation.
struct JSONItem {
    var id: String?
    var marker: String?
    /// The marker as the list shows it (`(a)`), when the policy declares numbering.
    var label: String?
    var citation: String
    var content: [JSONInline]
    var blocks: [JSONBlock]

    init(_ item: Item, _ context: JSONInline.Context) {
        id = item.id?.rawValue
        marker = item.marker
        label = context.showsLabels ? item.label : nil
        citation = item.citation
        content = JSONInline.list(item.content, context)
        blocks = item.blocks.map { JSONBlock($0, context) }
    }
}

/// A note with its computed number.
struct JSONNote {
    var id: String
    var number: Int
    var content: [JSONInline]
}

/// One inline node, tagged by `type`.
struct JSONInline {
    /// What references resolve against.
    struct Context {
        var citations: [ClauseID: String]
        var noteNumbers: [NoteID: Int]
        /// True when the policy declares numbering: sections and items then carry their `label`.
        var showsLabels = false
    }

    var type: String
    var text: String?
    var href: String?
    var note: String?
    var number: Int?
    var target: String?
    var citation: String?
    var children: [JSONInline]?

    static func list(_ inlines: [Inline], _ context: Context) -> [JSONInline] {
        inlines.map { JSONInline($0, context) }
    }

    init(_ inline: Inline, _ context: Context) {
        switch inline {
        case .text(let text):
            type = "text"
            self.text = text
        case .emphasis(let children):
            type = "emphasis"
            self.children = Self.list(children, context)
        case .strong(let children):
            type = "strong"
            self.children = Self.list(children, context)
        case .term(let children):
            type = "term"
            self.children = Self.list(children, context)
        case .link(let href, let children):
            type = "link"
            self.href = href
            self.children = Self.list(children, context)
        case .noteReference(let id):
            type = "noteReference"
            note = id.rawValue
            number = context.noteNumbers[id]
        case .crossReference(let id):
            type = "crossReference"
            target = id.rawValue
            citation = context.citations[id]
        case .lineBreak:
            type = "lineBreak"
        }
    }
}

extension JSONPolicy {
    var json: JSONValue {
        .object([
            "closing": .array(closing.map(\.json)), "format": .string(format), "formatVersion": .int(formatVersion),
            "id": .string(id), "language": .string(language), "notes": .array(notes.map(\.json)),
            "preamble": .array(preamble.map(\.json)), "publisher": .array(publisher.map(\.json)),
            "revision": revision.json, "sections": .array(sections.map(\.json)), "title": .array(title.map(\.json)),
            "titleText": .string(titleText),
        ])
    }
}

extension JSONRevision {
    var json: JSONValue {
        .object([
            "displayDate": .string(displayDate), "effective": .string(effective), "label": label.map(JSONValue.string),
            "summary": summary.map { .array($0.map(\.json)) },
        ])
    }
}

extension JSONSection {
    var json: JSONValue {
        .object([
            "blocks": .array(blocks.map(\.json)), "heading": .array(heading.map(\.json)), "headingText": .string(headingText),
            "id": .string(id), "label": label.map(JSONValue.string), "level": .int(level), "number": .string(number),
            "subsections": .array(subsections.map(\.json)),
        ])
    }
}

extension JSONBlock {
    var json: JSONValue {
        .object([
            "caption": caption.map { .array($0.map(\.json)) }, "content": content.map { .array($0.map(\.json)) },
            "header": header.map { .array($0.map { .array($0.map(\.json)) }) }, "id": id.map(JSONValue.string),
            "items": items.map { .array($0.map(\.json)) }, "role": role.map(JSONValue.string),
            "rows": rows.map { .array($0.map(\.json)) }, "style": style.map(JSONValue.string), "type": .string(type),
        ])
    }
}

extension JSONRow {
    var json: JSONValue {
        .object([
            "cells": .array(cells.map { .array($0.map(\.json)) }), "citation": .string(citation),
            "id": id.map(JSONValue.string),
        ])
    }
}

extension JSONItem {
    var json: JSONValue {
        .object([
            "blocks": .array(blocks.map(\.json)), "citation": .string(citation), "content": .array(content.map(\.json)),
            "id": id.map(JSONValue.string), "label": label.map(JSONValue.string), "marker": marker.map(JSONValue.string),
        ])
    }
}

extension JSONNote {
    var json: JSONValue {
        .object(["content": .array(content.map(\.json)), "id": .string(id), "number": .int(number)])
    }
}

extension JSONInline {
    var json: JSONValue {
        .object([
            "children": children.map { .array($0.map(\.json)) }, "citation": citation.map(JSONValue.string),
            "href": href.map(JSONValue.string), "note": note.map(JSONValue.string), "number": number.map(JSONValue.int),
            "target": target.map(JSONValue.string), "text": text.map(JSONValue.string), "type": .string(type),
        ])
    }
}
