import PolicyModel

extension DocumentView {
    /// The view of a policy for plain-text templates: every block wrapped at 72 columns.
    static func text(_ policy: Policy, page: PageContext, noteLabel: UIText = UIText("Note {n}")) -> DocumentView {
        let inline = TextInlineRenderer(policy: policy, noteLabel: noteLabel)
        let breaksLongWords = LineBreaks.breaksLongWords(language: policy.language)
        func wrap(_ text: String, first: String = "", rest: String = "") -> String {
            TextWrapper.wrap(text, first: first, rest: rest, breaksLongWords: breaksLongWords)
        }
        func laidOut(_ blocks: [Block], indent: String) -> String {
            blocks.map { layOut($0, indent: indent) }.joined(separator: "\n\n")
        }
        func layOut(_ block: Block, indent: String) -> String {
            switch block {
            case .paragraph(let paragraph):
                return wrap(inline.render(paragraph.content), first: indent, rest: indent)
            case .list(let list):
                let markers = list.items.map { $0.label ?? "-" }
                let width = markers.map(\.count).max() ?? 1
                return zip(list.items, markers).map { item, marker in
                    let lead = indent + "  " + String(repeating: " ", count: width - marker.count) + marker + " "
                    let hanging = indent + String(repeating: " ", count: width + 3)
                    var text = wrap(inline.render(item.content), first: lead, rest: hanging)
                    if !item.blocks.isEmpty { text += "\n\n" + laidOut(item.blocks, indent: hanging) }
                    return text
                }.joined(separator: "\n")
            case .table(let table):
                return TextTable.layOut(
                    caption: table.caption.map(inline.render), header: table.header.map { $0.map(inline.render) },
                    rows: table.rows.map { $0.cells.map(inline.render) }, indent: indent)
            }
        }
        func blocks(_ blocks: [Block]) -> [BlockView] {
            blocks.map { block in
                BlockView(
                    isParagraph: true, isList: false, isOrdered: false, isDate: false, isSignature: false,
                    hasID: false, id: "", body: layOut(block, indent: ""), items: [])
            }
        }
        func sectionView(_ section: Section) -> SectionView {
            let heading = inline.render(section.heading).replacingLineBreaks("\n", with: " ")
            let number = section.label
            let own = blocks(section.blocks)
            return SectionView(
                id: section.id.rawValue, number: section.number, label: section.label, heading: heading,
                headingText: section.heading.plainText(), headingTag: "",
                headingLine: number.isEmpty
                    ? wrap(heading, first: "", rest: "")
                    : wrap(
                        number + " " + heading, first: "", rest: String(repeating: " ", count: number.count + 1)),
                blocks: own, blocksLaidOut: own.map(\.body).joined(separator: "\n\n"),
                hasSubsections: !section.subsections.isEmpty, subsections: section.subsections.map(sectionView))
        }
        let notes = policy.notes.map { note in
            let lead = "[\(inline.noteName(String(note.number)))] "
            return NoteView(
                id: "note-\(note.number)", number: String(note.number), content: inline.render(note.content),
                body: wrap(
                    inline.render(note.content), first: lead, rest: String(repeating: " ", count: lead.count)),
                backReferences: [])
        }
        let title = inline.render(policy.title).replacingLineBreaks("\n", with: " ")
        let preamble = blocks(policy.preamble)
        let closing = blocks(policy.closing)
        return DocumentView(
            language: policy.language, title: wrap(title), titleText: title,
            publisher: wrap(inline.render(policy.publisher)),
            effective: policy.revision.effective.description,
            effectiveLong: policy.revision.effective.longDescription, displayDate: policy.revision.displayDate,
            hasSummary: policy.revision.summary != nil,
            summary: wrap(inline.render(policy.revision.summary ?? [])), hasPreamble: !preamble.isEmpty,
            preamble: preamble, sections: policy.sections.map(sectionView), hasClosing: !closing.isEmpty,
            closing: closing, hasNotes: !notes.isEmpty, notes: notes, page: page)
    }
}
