import PolicyModel

extension StructureBuilder {
    /// A heading of the document's top-level blocks: its position, level, words and line.
    struct HeadingEntry {
        var index: Int
        var level: Int
        var content: [Inline]
        var line: Int
    }

    /// The title: the option, then front matter, then the document's H1, then HTML's `<title>`,
    /// then a leading heading with no text under it. A heading taken as the title is removed,
    /// unless it is the only one (the policy needs a section).
    mutating func takeTitle(_ blocks: inout [RawBlock]) -> [Inline] {
        let headings = blocks.enumerated().compactMap { entry -> HeadingEntry? in
            guard case .heading(let level, let content, let line) = entry.element else { return nil }
            return HeadingEntry(index: entry.offset, level: level, content: content, line: line)
        }
        let h1 = titleH1(headings, blocks)
        let given =
            options.title ?? document.title?.plainText() ?? (h1 == nil ? document.fallbackTitle : nil)?.plainText()
        let named = headings.first.flatMap { $0.index == 0 && $0.content.plainText() == given ? $0 : nil }
        let heading = h1 ?? leadingTitleHeading(headings, blocks) ?? named
        guard let given else {
            if let heading {
                if headings.count > 1 { blocks.remove(at: heading.index) }
                return heading.content
            }
            warnings.add(
                "no-title", "no title found; using the policy id '\(options.policyID)'; give one with --title", line: 1)
            return [.text(options.policyID.rawValue)]
        }
        let title =
            options.title.map { [Inline.text($0)] } ?? document.title ?? document.fallbackTitle ?? [.text(given)]
        guard let heading, headings.count > 1 else { return title }
        if heading.content.plainText() == given {
            blocks.remove(at: heading.index)
        } else if options.title != nil {
            warnings.add(
                "title-replaced",
                "the first heading '\(heading.content.plainText())' is replaced by the title '\(given)'",
                line: heading.line)
            blocks.remove(at: heading.index)
        }
        return title
    }

    /// The H1 that titles the document: the only level-1 heading, or the first of several when it
    /// leads the document or has no text under it.
    private func titleH1(_ headings: [HeadingEntry], _ blocks: [RawBlock]) -> HeadingEntry? {
        let ones = headings.filter { $0.level == 1 }
        guard let first = ones.first else { return nil }
        if ones.count == 1 { return first }
        guard first.index == headings[0].index else { return nil }
        return first.index == 0 || !hasText(under: first, headings, blocks) ? first : nil
    }

    /// A heading below level 1 that titles the document: the first heading, at the top level in
    /// use, with only short lines before it and none but short lines (a date) under it.
    private func leadingTitleHeading(_ headings: [HeadingEntry], _ blocks: [RawBlock]) -> HeadingEntry? {
        guard let first = headings.first, first.level == headings.map(\.level).min() else { return nil }
        let before = blocks[..<first.index]
        guard Self.isShort(before), !hasText(under: first, headings, blocks) else { return nil }
        return first
    }

    /// True when the blocks between a heading and the next heading are more than a short line or two.
    private func hasText(under heading: HeadingEntry, _ headings: [HeadingEntry], _ blocks: [RawBlock]) -> Bool {
        let next = headings.first { $0.index > heading.index }?.index ?? blocks.count
        return !Self.isShort(blocks[(heading.index + 1)..<next])
    }

    /// At most two paragraphs of at most 12 words in all (a subtitle, a date line), and nothing else.
    private static func isShort(_ blocks: ArraySlice<RawBlock>) -> Bool {
        var words = 0
        var paragraphs = 0
        for block in blocks {
            guard case .paragraph(let content, _) = block else { return false }
            paragraphs += 1
            words += content.plainText().split(whereSeparator: \.isWhitespace).count
        }
        return paragraphs <= 2 && words <= 12
    }
}
