extension Policy {
    /// Recomputes every section number, list marker, item and row citation and note number from
    /// position, in the styles `numbering`, the sections' and lists' `numberStyle` declare, and
    /// from any stated numbers. Call it after changing the structure or the styles of a policy.
    public mutating func renumber() {
        let numbering = self.numbering
        preamble = Policy.numbered(preamble, under: "Preamble", numeral: nil, orderedDepth: 0, numbering)
        sections = Policy.numbered(sections, parent: nil, level: 1, numbering)
        closing = Policy.numbered(closing, under: "Closing", numeral: nil, orderedDepth: 0, numbering)
        renumberNotes()
    }

    /// Recomputes the notes' numbers from their order: all `renumber()` would change when only
    /// notes were added, removed or moved since the policy was last numbered.
    public mutating func renumberNotes() {
        for index in notes.indices { notes[index].number = index + 1 }
    }

    /// Numbers one level of sections; `parent` is the enclosing section, nil at the top.
    private static func numbered(_ sections: [Section], parent: Section?, level: Int, _ numbering: Numbering)
        -> [Section]
    {
        var sequence = NumberSequence(numbering.sectionStyle(depth: level))
        return sections.enumerated().map { place, section in
            var section = section
            section.level = level
            if section.isUnnumbered {
                // Its siblings count on as if it were not there; its place keeps its citation unique.
                section.ownNumber = ""
                section.positionalNumber = ""
                section.label = ""
                section.numeral = ""
                section.number = parent.map { "\($0.number) §\(place + 1)" } ?? "§\(place + 1)"
            } else {
                let (style, own, positional) = sequence.next(
                    restyled: section.numberStyle, stated: section.statedNumber)
                let repeats = style.repeatsParent && parent?.numeral.isEmpty == false
                let numeral = repeats ? parent.map { $0.numeral + "." + own } ?? own : own
                section.ownNumber = own
                section.positionalNumber = positional
                section.label = style.label(numeral)
                section.number = citation(of: numeral, own: own, style: style, repeats: repeats, parent: parent)
                section.numeral = numeral
            }
            section.blocks = numbered(
                section.blocks, under: section.number, numeral: section.numeral.isEmpty ? nil : section.numeral,
                orderedDepth: 0, numbering)
            section.subsections = numbered(section.subsections, parent: section, level: level + 1, numbering)
            return section
        }
    }

    /// How a reader cites a section: its prefix and numeral when it is at the top or repeats its
    /// parent's number (`Clause 3`, `7.1`); else the parent's citation with its own number
    /// (`3.4` for a `4.` under `3`, `3 (a)` for an `(a)`, `Part I, Section 2`, `§2.1` under an
    /// unnumbered `§2`), so that no two sections are cited alike.
    private static func citation(
        of numeral: String, own: String, style: NumberStyle, repeats: Bool, parent: Section?
    ) -> String {
        guard let parent, !repeats else { return style.prefix.map { $0 + " " + numeral } ?? numeral }
        if let prefix = style.prefix { return "\(parent.number), \(prefix) \(own)" }
        switch style.punctuation {
        case .parentheses, .parenthesis: return parent.number + (parent.number.hasSuffix(")") ? "" : " ") + "(\(own))"
        case .none, .period, .colon: return parent.number + "." + own
        }
    }

    private static func numbered(
        _ blocks: [Block], under citation: String, numeral: String?, orderedDepth: Int, _ numbering: Numbering
    ) -> [Block] {
        let places = listPlaces(blocks)
        let tables = tablePlaces(blocks)
        return blocks.enumerated().map { offset, block in
            if case .table(var table) = block {
                let tableCitation = tables[offset].map { "\(citation) \($0)" } ?? citation
                for index in table.rows.indices { table.rows[index].citation = "\(tableCitation) (row \(index + 1))" }
                return .table(table)
            }
            guard case .list(var list) = block else { return block }
            let depth = list.style == .ordered ? orderedDepth + 1 : orderedDepth
            let listCitation = places[offset].map { "\(citation) \($0)" } ?? citation
            var sequence = NumberSequence(list.numberStyle ?? numbering.itemStyle(depth: depth))
            for index in list.items.indices {
                var itemNumeral = numeral
                var part = "(bullet \(index + 1))"
                if list.style == .ordered {
                    let (style, own, positional) = sequence.next(restyled: nil, stated: list.items[index].statedNumber)
                    let joined = style.repeatsParent ? numeral.map { $0 + "." + own } ?? own : own
                    list.items[index].marker = own
                    list.items[index].positionalMarker = positional
                    list.items[index].label = style.label(joined)
                    itemNumeral = joined
                    part = "(\(own))"
                }
                let itemCitation = listCitation.hasSuffix(")") ? listCitation + part : listCitation + " " + part
                list.items[index].citation = itemCitation
                list.items[index].blocks = numbered(
                    list.items[index].blocks, under: itemCitation, numeral: itemNumeral, orderedDepth: depth, numbering)
            }
            return .list(list)
        }
    }
}

/// The numbers of one sequence of siblings, in a style that a sibling may replace.
struct NumberSequence {
    private var style: NumberStyle
    private var value: Int

    init(_ style: NumberStyle) {
        self.style = style
        self.value = style.start
    }

    /// The style, own number and positional number of the next sibling: a new style starts a new
    /// count; a stated number replaces the positional one, and the count goes on from its value
    /// (or, when it is not a number of the style's format, as if it had the positional one).
    mutating func next(restyled: NumberStyle?, stated: String?) -> (NumberStyle, own: String, positional: String) {
        if let restyled {
            style = restyled
            value = restyled.start
        }
        let positional = style.formatted(value)
        if let stated, let statedValue = style.value(of: stated) { value = statedValue }
        value += 1
        return (style, stated ?? positional, positional)
    }
}

extension Policy {
    /// Where each list stands among its sibling blocks, for citing its items when the blocks hold
    /// several lists (nil for every list when they hold one): `¶2` for the list after the second
    /// paragraph, `¶2 list 2` for the second of two lists after it, `list 1` for the first of two
    /// lists before any paragraph, nil for the only list before any paragraph. Paragraphs keep their
    /// numbers, so a paragraph's citation never changes.
    static func listPlaces(_ blocks: [Block]) -> [String?] {
        var places = [String?](repeating: nil, count: blocks.count)
        var lists = 0
        // For each list, the paragraphs before it and its rank among the lists after them.
        var anchors: [(offset: Int, paragraphs: Int, rank: Int)] = []
        var listsAfter: [Int: Int] = [:]
        var paragraphs = 0
        for (offset, block) in blocks.enumerated() {
            switch block {
            case .paragraph: paragraphs += 1
            case .table: break
            case .list:
                lists += 1
                listsAfter[paragraphs, default: 0] += 1
                anchors.append((offset, paragraphs, listsAfter[paragraphs]!))
            }
        }
        guard lists > 1 else { return places }
        for anchor in anchors {
            var parts: [String] = []
            if anchor.paragraphs > 0 { parts.append("¶\(anchor.paragraphs)") }
            if listsAfter[anchor.paragraphs]! > 1 { parts.append("list \(anchor.rank)") }
            places[anchor.offset] = parts.isEmpty ? nil : parts.joined(separator: " ")
        }
        return places
    }

    /// Where each table stands among its sibling blocks, for citing its rows when the blocks hold
    /// several tables: `table 2` for the second; nil for every table when they hold one.
    static func tablePlaces(_ blocks: [Block]) -> [String?] {
        var places = [String?](repeating: nil, count: blocks.count)
        var count = 0
        for (offset, block) in blocks.enumerated() {
            guard case .table = block else { continue }
            count += 1
            places[offset] = "table \(count)"
        }
        return count > 1 ? places : [String?](repeating: nil, count: blocks.count)
    }
}

/// The markers of ordered lists: `1, 2, 3` at the first depth, `a, b, c` at the second,
/// `i, ii, iii` at the third, then again from decimals.
public enum ListMarker {
    /// The marker of the item at 1-based `position` in an ordered list at 1-based `depth`.
    public static func marker(for position: Int, depth: Int) -> String {
        switch (depth - 1) % 3 {
        case 1: return alphabetic(position)
        case 2: return roman(position)
        default: return String(position)
        }
    }

    /// `a` … `z`, `aa`, `ab` …
    static func alphabetic(_ position: Int) -> String {
        var value = position
        var result = ""
        while value > 0 {
            value -= 1
            result = String(UnicodeScalar(UInt8(97 + value % 26))) + result
            value /= 26
        }
        return result
    }

    /// Lower-case Roman numerals.
    static func roman(_ position: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
            (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
        ]
        var value = position
        var result = ""
        for (amount, numeral) in table {
            while value >= amount {
                result += numeral
                value -= amount
            }
        }
        return result
    }
}

extension Policy {
    /// True when the policy declares any numbering: a level's style, a section's or list's own
    /// style, a stated number, or an unnumbered section. Without one, every number has the built-in style.
    ///
    /// - Complexity: O(n) in the number of sections, lists and items.
    public var declaresNumbering: Bool {
        func declares(_ blocks: [Block]) -> Bool {
            blocks.contains { block in
                guard case .list(let list) = block else { return false }
                return list.numberStyle != nil
                    || list.items.contains { $0.statedNumber != nil || declares($0.blocks) }
            }
        }
        func declares(_ sections: [Section]) -> Bool {
            sections.contains {
                $0.numberStyle != nil || $0.statedNumber != nil || $0.isUnnumbered || declares($0.blocks)
                    || declares($0.subsections)
            }
        }
        return !numbering.isEmpty || declares(preamble) || declares(sections) || declares(closing)
    }
}
