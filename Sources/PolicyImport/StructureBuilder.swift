import PolicyModel

/// A section while the structure is built: raw blocks until they are converted.
struct DraftSection {
    var heading: [Inline]
    /// The heading's words as written, number included.
    var written = ""
    /// The number the heading was written with, when one was dropped from it.
    var number: WrittenNumber?
    /// The numbering style that starts at this section, when it leaves its level's.
    var numberStyle: NumberStyle?
    /// The number stated outright, where the written sequence skips.
    var statedNumber: String?
    /// True when the section shows no number: its heading was not numbered among numbered ones,
    /// or keeps its written number in its words.
    var unnumbered = false
    var level: Int
    var raw: [RawBlock] = []
    var blocks: [Block] = []
    var subsections: [DraftSection] = []
    var line: Int
}

/// Gives raw blocks policy structure: title, preamble, nested sections from headings, closing
/// matter, notes and ids. Anything it cannot place stays a paragraph, with a warning.
struct StructureBuilder {
    let document: RawDocument
    let options: ImportOptions
    var warnings: Warnings

    mutating func build() -> Policy {
        var blocks = dropNavigation(document.blocks)
        let notes = NoteFinder.extract(from: &blocks, footnotes: document.footnotes, warnings: &warnings)
        let title = takeTitle(&blocks)
        var (preambleRaw, roots) = nest(blocks)
        var closingRaw: [RawBlock] = []
        if roots.isEmpty {
            closingRaw = ClosingFinder.take(from: &preambleRaw)
        } else {
            closingRaw = ClosingFinder.take(from: &roots[roots.count - 1])
        }
        var preamble = modelBlocks(preambleRaw)
        var drafts = roots.map { convert($0) }
        placeEmptySections(&drafts, parentBlocks: &preamble)
        let numbering = applyNumbering(&drafts)
        var sections = drafts.map { section($0) }
        if sections.isEmpty {
            warnings.add("no-sections", "the document has no headings; its text is kept in one section named after the title", line: 1)
            sections = [Section(id: "", heading: title, blocks: preamble.isEmpty ? [.paragraph(Paragraph(content: title, location: location(1)))] : preamble, location: location(1))]
            preamble = []
        }
        let closing = ClosingFinder.roles(modelBlocks(closingRaw))
        let label = closing.first { if case .paragraph(let p) = $0 { p.role == .date } else { false } }
            .flatMap { if case .paragraph(let p) = $0 { ClosingFinder.writtenDate(p.content.plainText()) } else { nil } }
        var policy = Policy(
            id: options.policyID, language: language(), title: title,
            publisher: [.text(publisher(closing: closing, title: title))],
            revision: Revision(effective: options.effective, label: label), numbering: numbering,
            preamble: preamble, sections: sections, closing: closing, notes: [], location: location(1))
        policy.notes = NoteFinder.link(&policy, notes: notes, warnings: &warnings)
        IdentifierAssigner.assign(&policy)
        if let previous = options.like { IdentifierAlignment.align(&policy, like: previous) }
        if let original = options.translationOf {
            TranslationAlignment.align(&policy, to: original)
            policy.revision.translates = original.revision.effective
        }
        resolveInPageLinks(&policy, drafts: drafts)
        // Since the policy was made (and numbered) only ids, text and its notes changed, and
        // numbering reads none but the notes' count: the notes are numbered, nothing else again.
        policy.renumberNotes()
        return policy
    }

    func location(_ line: Int) -> SourceLocation { warnings.location(line: line) }

    /// Drops "Go to top"-style navigation paragraphs, with a warning each.
    private mutating func dropNavigation(_ blocks: [RawBlock]) -> [RawBlock] {
        let navigation: Set<String> = ["go to top", "back to top", "top of page", "to top", "page top", "return to top"]
        return blocks.filter { block in
            guard case .paragraph(let content, let line) = block else { return true }
            // Each of those has under 12 letters: a paragraph with more ASCII letters is text
            // (counted in its pieces, read no further than the twelfth).
            var asciiLetters = 0
            content.forEachPlainTextPiece { piece in
                for byte in piece.utf8 where (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                    asciiLetters += 1
                    if asciiLetters == 12 { return false }
                }
                return true
            }
            guard asciiLetters < 12 else { return true }
            let text = content.plainText().lowercased().filter { $0.isLetter || $0 == " " }.trimmingSpaces
            guard navigation.contains(text) else { return true }
            warnings.add("navigation-dropped", "navigation link '\(content.plainText())' dropped", line: line)
            return false
        }
    }

    /// Nests sections by heading level; blocks before the first heading are the preamble.
    private mutating func nest(_ blocks: [RawBlock]) -> ([RawBlock], [DraftSection]) {
        var preamble: [RawBlock] = []
        var roots: [DraftSection] = []
        var stack: [DraftSection] = []
        func close(to level: Int) {
            while let last = stack.last, last.level >= level {
                stack.removeLast()
                if stack.isEmpty { roots.append(last) } else { stack[stack.count - 1].subsections.append(last) }
            }
        }
        for block in blocks {
            if case .heading(let level, let content, let line) = block {
                close(to: level)
                var heading = HeadingNumber.strip(content)
                let number = heading != content ? WrittenNumber.parse(content.plainText()) : nil
                if heading != content, number == nil {
                    // "第3条": no style writes it, so it stays in the heading's words.
                    warnings.add(
                        "number-as-text", "the number of heading '\(content.plainText())' has no numbering style; it is kept as text",
                        line: line)
                    heading = content
                }
                var draft = DraftSection(heading: heading, written: content.plainText(), level: level, line: line)
                draft.number = number
                draft.unnumbered = heading == content && HeadingNumber.prefixLength(content.plainText()) != nil
                stack.append(draft)
            } else if stack.isEmpty {
                preamble.append(block)
            } else {
                stack[stack.count - 1].raw.append(block)
            }
        }
        close(to: 0)
        return (preamble, roots)
    }

    private mutating func convert(_ draft: DraftSection) -> DraftSection {
        var result = draft
        result.blocks = modelBlocks(draft.raw)
        result.raw = []
        result.subsections = draft.subsections.map { convert($0) }
        return result
    }
}
