import PolicyModel

extension StructureBuilder {
    /// Model blocks from raw blocks: quotes unwrapped, tables kept as tables, headings inside
    /// lists as paragraphs, an ordered list that continues an earlier one merged into it, and a
    /// list whose items carry written numbers numbered in their style.
    mutating func modelBlocks(_ raw: [RawBlock]) -> [Block] {
        var result: [Block] = []
        for block in raw {
            switch block {
            case .paragraph(let content, let line):
                if !content.isEmpty { result.append(.paragraph(Paragraph(content: content, location: location(line)))) }
            case .heading(_, let content, let line):
                warnings.add("heading-in-block", "a heading inside a list or quote is kept as a paragraph", line: line)
                if !content.isEmpty { result.append(.paragraph(Paragraph(content: [.strong(content)], location: location(line)))) }
            case .quote(let blocks, _):
                result += modelBlocks(blocks)
            case .table(let raw):
                if let table = table(raw) { result.append(.table(table)) }
            case .list(let ordered, let start, let rawItems, let line):
                let items = rawItems.compactMap { item($0) }
                guard !items.isEmpty else { continue }
                if ordered, start > 1, mergeContinuation(items, start: start, into: &result) { continue }
                if ordered, start > 1 {
                    warnings.add("list-start", "ordered list starts at \(start); its items are numbered from 1", line: line)
                }
                let list = List(style: ordered ? .ordered : .bulleted, items: items, location: location(line))
                result.append(.list(numberedByItems(list, line: line)))
            }
        }
        return result
    }

    /// A model table: cells normalized, rows with no text left out, rows padded to the widest,
    /// and a header with no rows under it kept as the only row.
    private func table(_ raw: RawTable) -> Table? {
        func isBlank(_ row: [[Inline]]) -> Bool { row.allSatisfy { $0.plainText().allSatisfy(\.isWhitespace) } }
        var header = raw.header.map { $0.map(\.normalized) }
        var rows = raw.rows.map { $0.map(\.normalized) }.filter { !isBlank($0) }
        if let only = header, rows.isEmpty {
            rows = [only]
            header = nil
        }
        if let row = header, isBlank(row) { header = nil }
        guard !rows.isEmpty else { return nil }
        let columns = rows.reduce(header?.count ?? 0) { max($0, $1.count) }
        let caption = raw.caption.map(\.normalized).flatMap { $0.isEmpty ? nil : $0 }
        return Table(
            caption: caption, header: header.map { TableCells.padded([$0], to: columns)[0] },
            rows: TableCells.padded(rows, to: columns).map { TableRow(cells: $0, location: location(raw.line)) },
            location: location(raw.line))
    }

    private mutating func item(_ raw: RawItem) -> Item? {
        var blocks = raw.blocks
        var content: [Inline] = []
        if case .paragraph(let text, _)? = blocks.first {
            content = text
            blocks.removeFirst()
        }
        let nested = modelBlocks(blocks)
        if content.isEmpty, nested.isEmpty { return nil }
        return Item(content: content, blocks: nested, location: location(raw.line))
    }

    /// Appends items to the last ordered list when their start number continues its numbering;
    /// blocks between the two lists move into that list's last item.
    private func mergeContinuation(_ items: [Item], start: Int, into result: inout [Block]) -> Bool {
        guard let listIndex = result.lastIndex(where: { if case .list(let list) = $0 { list.style == .ordered } else { false } }),
            case .list(var list) = result[listIndex], list.items.count == start - 1
        else { return false }
        let between = Array(result[(listIndex + 1)...])
        list.items[list.items.count - 1].blocks += between
        list.items += items
        result.removeSubrange(listIndex...)
        result.append(.list(list))
        return true
    }

    /// Replaces sections with no text by a paragraph holding their heading, placed where the
    /// heading stood: at the end of the previous sibling, else in the parent's body.
    mutating func placeEmptySections(_ sections: inout [DraftSection], parentBlocks: inout [Block]) {
        var index = 0
        while index < sections.count {
            var draft = sections[index]
            placeEmptySections(&draft.subsections, parentBlocks: &draft.blocks)
            sections[index] = draft
            guard draft.blocks.isEmpty, draft.subsections.isEmpty else {
                index += 1
                continue
            }
            warnings.add("empty-section", "heading '\(draft.heading.plainText())' has no text under it; kept as a paragraph", line: draft.line)
            let paragraph = Block.paragraph(Paragraph(content: [.strong(draft.heading)], location: location(draft.line)))
            sections.remove(at: index)
            if index > 0 { Self.appendAtEnd(paragraph, of: &sections[index - 1]) } else { parentBlocks.append(paragraph) }
        }
    }

    private static func appendAtEnd(_ block: Block, of section: inout DraftSection) {
        if section.subsections.isEmpty {
            section.blocks.append(block)
        } else {
            appendAtEnd(block, of: &section.subsections[section.subsections.count - 1])
        }
    }

    /// The model section of a finished draft, ids left to the assigner.
    func section(_ draft: DraftSection) -> Section {
        Section(
            id: "", heading: draft.heading, blocks: draft.blocks, subsections: draft.subsections.map { section($0) },
            location: location(draft.line), numberStyle: draft.numberStyle, statedNumber: draft.statedNumber,
            unnumbered: draft.unnumbered)
    }

    /// The language tag: the option, then the document's own, then a guess from its script.
    func language() -> String {
        if let language = options.language ?? document.language, !language.isEmpty,
            language.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        {
            return language
        }
        var letters = 0
        var japanese = 0
        /// Counts the letters of a piece of text, and of them the kana and kanji.
        func tally(_ piece: String) -> Bool {
            var text = piece
            text.withUTF8 { bytes in
                var index = 0
                while index < bytes.count {
                    // ASCII's alphabetic characters are its letters, kana and kanji are
                    // letters, common punctuation is not: no property lookup for those.
                    if bytes[index] < 0x80 {
                        if (bytes[index] | 0x20) >= 0x61, (bytes[index] | 0x20) <= 0x7A { letters += 1 }
                        index += 1
                        continue
                    }
                    let (scalar, next) = TextKeys.decode(bytes, at: index)
                    index = next
                    switch PlainScalar.kind(scalar) {
                    case .caselessLetter?:
                        letters += 1
                        japanese += 1
                    case .ascii?, .separator?: break
                    case nil:
                        guard scalar.properties.isAlphabetic else { break }
                        letters += 1
                        let value = scalar.value
                        if (0x3040...0x30FF).contains(value) || (0x4E00...0x9FFF).contains(value) { japanese += 1 }
                    }
                }
            }
            return true
        }
        func count(_ blocks: [RawBlock]) {
            for block in blocks {
                switch block {
                // Counted in the pieces of its plain text, not joined first.
                case .heading(_, let content, _), .paragraph(let content, _): content.forEachPlainTextPiece(tally)
                case .list(_, _, let items, _): items.forEach { count($0.blocks) }
                case .quote(let inner, _): count(inner)
                case .table: break
                }
            }
        }
        count(document.blocks)
        return letters > 0 && japanese * 5 > letters ? "ja" : "en"
    }
}
