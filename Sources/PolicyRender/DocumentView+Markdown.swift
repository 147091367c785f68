import PolicyModel

extension DocumentView {
    /// The view of a policy for Markdown templates: text escaped, blocks laid out as CommonMark.
    static func markdown(
        _ policy: Policy, page: PageContext, noteLabel: UIText = UIText("Note {n}")
    ) -> DocumentView {
        let inline = MarkdownInlineRenderer(policy: policy, noteLabel: noteLabel)
        func laidOut(_ blocks: [Block], indent: String) -> String {
            blocks.map { layOut($0, indent: indent) }.joined(separator: "\n\n")
        }
        func layOut(_ block: Block, indent: String) -> String {
            switch block {
            case .paragraph(let paragraph):
                return indent + inline.render(paragraph.content).replacingLineBreaks("\n", with: "\n" + indent)
            case .list(let list):
                let ordered = DocumentView.isCommonMarkOrdered(list)
                return list.items.map { item in
                    // Markers other than consecutive `1.`, `2.` are not CommonMark list markers
                    // (a renderer would renumber them): show them in a bullet item.
                    let marker: String
                    let lead: String
                    switch item.label {
                    case .some(let label) where ordered: (marker, lead) = (label, "")
                    case .some(let label):
                        let escaped = MarkdownWriter.escaped(label, atLineStart: true)
                        (marker, lead) = (MarkdownWriter.bullet, escaped + " ")
                    case .none: (marker, lead) = (MarkdownWriter.bullet, "")
                    }
                    let inner = indent + String(repeating: " ", count: marker.count + 1)
                    var text = indent + marker + " " + lead
                        + inline.render(item.content).replacingLineBreaks("\n", with: "\n" + inner)
                    if !item.blocks.isEmpty { text += "\n\n" + laidOut(item.blocks, indent: inner) }
                    return text
                }.joined(separator: "\n")
            case .table(let table):
                return DocumentView.markdownTable(table, inline, indent: indent)
            }
        }
        func blocks(_ blocks: [Block]) -> [BlockView] {
            blocks.map { block in
                var isDate = false
                var isSignature = false
                if case .paragraph(let paragraph) = block {
                    isDate = paragraph.role == .date
                    isSignature = paragraph.role == .signature
                }
                return BlockView(
                    isParagraph: !isList(block), isList: isList(block), isOrdered: false, isDate: isDate,
                    isSignature: isSignature, hasID: false, id: "", body: layOut(block, indent: ""), items: [])
            }
        }
        func sectionView(_ section: Section) -> SectionView {
            let heading = inline.render(section.heading).replacingLineBreaks(MarkdownWriter.hardBreak, with: " ")
            let own = blocks(section.blocks)
            let label = MarkdownEscaping.escape(section.label, atLineStart: false)
            let headingTag = MarkdownWriter.headingMarker(level: section.level + 1)
            return SectionView(
                id: section.id.rawValue, number: section.number, label: label, heading: heading,
                headingText: MarkdownEscaping.escape(section.heading.plainText(), atLineStart: false),
                headingTag: headingTag, headingLine: headingTag + " " + (label.isEmpty ? "" : label + " ") + heading,
                blocks: own, blocksLaidOut: own.map(\.body).joined(separator: "\n\n"),
                hasSubsections: !section.subsections.isEmpty, subsections: section.subsections.map(sectionView))
        }
        let notes = policy.notes.map { note in
            NoteView(
                id: "note-\(note.number)", number: String(note.number),
                content: inline.render(note.content).replacingLineBreaks("\n", with: "\n   "), body: "",
                backReferences: [])
        }
        let preamble = blocks(policy.preamble)
        let closing = blocks(policy.closing)
        let title = inline.render(policy.title).replacingLineBreaks(MarkdownWriter.hardBreak, with: " ")
        return DocumentView(
            language: policy.language, title: title,
            titleText: MarkdownEscaping.escape(policy.title.plainText(), atLineStart: false),
            publisher: inline.render(policy.publisher),
            effective: policy.revision.effective.description,
            effectiveLong: policy.revision.effective.longDescription,
            displayDate: MarkdownEscaping.escape(policy.revision.displayDate, atLineStart: false),
            hasSummary: policy.revision.summary != nil, summary: inline.render(policy.revision.summary ?? []),
            hasPreamble: !preamble.isEmpty, preamble: preamble, sections: policy.sections.map(sectionView),
            hasClosing: !closing.isEmpty, closing: closing, hasNotes: !notes.isEmpty, notes: notes, page: page)
    }

    /// True when the list's markers are `N.`, `N+1.` … as CommonMark numbers an ordered list
    /// from its first marker.
    static func isCommonMarkOrdered(_ list: List) -> Bool {
        guard list.style == .ordered, let first = list.items.first?.label, first.hasSuffix("."),
            let start = Int(first.dropLast()), first.dropLast().allSatisfy(\.isASCII), first.count <= 10
        else { return false }
        return list.items.enumerated().allSatisfy { $1.label == "\(start + $0)." }
    }

    private static func isList(_ block: Block) -> Bool {
        if case .list = block { return true }
        return false
    }
}
