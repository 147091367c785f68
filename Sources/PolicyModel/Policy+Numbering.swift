extension Policy {
    /// Recomputes every section number, list marker, item and row citation and note number from position.
    public mutating func renumber() {
        preamble = Policy.numbered(preamble, under: "Preamble", orderedDepth: 0)
        sections = Policy.numbered(sections, prefix: "", level: 1)
        closing = Policy.numbered(closing, under: "Closing", orderedDepth: 0)
        for index in notes.indices { notes[index].number = index + 1 }
    }

    private static func numbered(_ sections: [Section], prefix: String, level: Int) -> [Section] {
        sections.enumerated().map { offset, section in
            var section = section
            section.number = prefix + String(offset + 1)
            section.level = level
            section.blocks = numbered(section.blocks, under: section.number, orderedDepth: 0)
            section.subsections = numbered(section.subsections, prefix: section.number + ".", level: level + 1)
            return section
        }
    }

    private static func numbered(_ blocks: [Block], under citation: String, orderedDepth: Int) -> [Block] {
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
            for index in list.items.indices {
                let marker = list.style == .ordered ? ListMarker.marker(for: index + 1, depth: depth) : nil
                let part = marker.map { "(\($0))" } ?? "(bullet \(index + 1))"
                let itemCitation = listCitation.hasSuffix(")") ? listCitation + part : listCitation + " " + part
                list.items[index].marker = marker
                list.items[index].citation = itemCitation
                list.items[index].blocks = numbered(list.items[index].blocks, under: itemCitation, orderedDepth: depth)
            }
            return .list(list)
        }
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
