import PolicyModel

extension DocumentView {
    /// The view of a policy for HTML templates: inline text rendered and escaped as HTML.
    static func html(_ policy: Policy, page: PageContext, labels: HTMLLabels = HTMLLabels()) -> DocumentView {
        let inline = HTMLInlineRenderer(policy: policy, noteLabel: labels.noteReference)
        func blocks(_ blocks: [Block]) -> [BlockView] { blocks.map(block) }
        func block(_ block: Block) -> BlockView {
            switch block {
            case .paragraph(let paragraph):
                let body = inline.render(paragraph.content)
                let role: String? =
                    switch paragraph.role {
                    case .date: "date"
                    case .signature: "signature"
                    case .body: nil
                    }
                let html = HTMLWriter.fragment {
                    $0.element(.p, [.id: paragraph.id?.rawValue, .class: role]) { $0.append(body) }
                }
                return BlockView(
                    isParagraph: true, isList: false, isOrdered: false, isDate: paragraph.role == .date,
                    isSignature: paragraph.role == .signature, hasID: paragraph.id != nil,
                    id: paragraph.id?.rawValue ?? "", body: body, items: [], html: html)
            case .list(let list):
                let items = list.items.map { item in
                    ItemView(
                        hasID: item.id != nil, id: item.id?.rawValue ?? "", hasMarker: item.marker != nil,
                        marker: item.label ?? "", citation: item.citation,
                        content: inline.render(item.content), hasBlocks: !item.blocks.isEmpty,
                        blocks: blocks(item.blocks))
                }
                let isOrdered = list.style == .ordered
                return BlockView(
                    isParagraph: false, isList: true, isOrdered: isOrdered, isDate: false,
                    isSignature: false, hasID: false, id: "", body: "", items: items,
                    html: HTMLWriter.fragment { Self.writeList(items, ordered: isOrdered, into: &$0) })
            case .table(let table):
                return DocumentView.htmlTable(table, inline)
            }
        }
        func sectionView(_ section: Section) -> SectionView {
            let own = blocks(section.blocks)
            let headingText = inline.plain(section.heading)
            let place = (section.label.isEmpty ? "" : section.label + " ") + headingText
            return SectionView(
                id: section.id.rawValue, number: section.number, label: section.label,
                heading: inline.render(section.heading),
                headingText: headingText, headingTag: "h\(min(section.level + 1, 6))",
                headingLine: "", blocks: own, blocksLaidOut: own.map(\.html).joined(separator: "\n"),
                hasSubsections: !section.subsections.isEmpty, subsections: section.subsections.map(sectionView),
                anchorLabel: labels.linkHere.before + place + labels.linkHere.after)
        }
        let title = inline.render(policy.title)
        let preamble = blocks(policy.preamble)
        let sections = policy.sections.map(sectionView)
        let closing = blocks(policy.closing)
        let notes = policy.notes.map { note in
            let content = inline.render(note.content)
            let anchors = inline.referenceAnchors[note.id, default: []]
            return NoteView(
                id: HTMLInlineRenderer.noteAnchor(note.id), number: String(note.number), content: content, body: "",
                backReferences: anchors.enumerated().map { BackReferenceView(anchor: $1, ordinal: String($0 + 1)) })
        }
        return DocumentView(
            language: policy.language, title: title, titleText: inline.plain(policy.title),
            publisher: inline.render(policy.publisher), effective: policy.revision.effective.description,
            effectiveLong: policy.revision.effective.longDescription, displayDate: policy.revision.displayDate,
            hasSummary: policy.revision.summary != nil, summary: inline.render(policy.revision.summary ?? []),
            hasPreamble: !preamble.isEmpty, preamble: preamble, sections: sections, hasClosing: !closing.isEmpty,
            closing: closing, hasNotes: !notes.isEmpty, notes: notes, page: page)
    }

    /// A list as the built-in `partials/block` shows it: one item a line, each item's marker
    /// before its words and its own blocks after them.
    private static func writeList(_ items: [ItemView], ordered: Bool, into html: inout HTMLWriter) {
        let tag: HTMLTag = ordered ? .ol : .ul
        html.open(tag, [.class: ordered ? "clauses" : "bullets"])
        html.newline()
        for item in items {
            html.open(.li, [.id: item.hasID ? item.id : nil])
            // A clause's permalink, shown on hover and focus; named by the clause's citation.
            if item.hasID {
                html.element(.a, [.class: "anchor", .href: "#" + item.id, .ariaLabel: item.citation], text: "#")
            }
            if item.hasMarker {
                html.element(.span, [.class: "marker"], text: item.marker)
                html.text(" ")
            }
            html.append(item.content)
            if item.hasBlocks {
                html.newline()
                for block in item.blocks {
                    html.append(block.html)
                    html.newline()
                }
            }
            html.close(.li)
            html.newline()
        }
        html.close(tag)
    }
}

/// The words the HTML view writes into markup itself, in the page's language: how a note
/// reference and a heading's permalink anchor are read aloud.
struct HTMLLabels {
    /// `Note {n}`.
    var noteReference = UIText("Note {n}")
    /// `Link to {place}`.
    var linkHere = UIText("Link to {place}")

    /// The English labels.
    init() {}

    /// The labels of a strings table.
    init(_ words: UIStrings) {
        noteReference = words.templateValues["noteReference"] ?? noteReference
        linkHere = words.templateValues["linkHere"] ?? linkHere
    }
}
