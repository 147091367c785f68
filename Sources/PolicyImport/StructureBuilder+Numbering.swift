import PolicyModel

extension StructureBuilder {
    /// Sets the numbering styles that give back the numbers the headings were written with: a
    /// level's style where every group of sections at that depth starts numbered in it, a
    /// section's own style where the style changes, a stated number where the sequence skips, and
    /// no number where a heading has none written. Returns the level styles; none when no heading carries a number.
    mutating func applyNumbering(_ drafts: inout [DraftSection]) -> Numbering {
        var levels = Numbering()
        guard Self.flattened(drafts).contains(where: { $0.number != nil }) else { return levels }
        for (depth, style) in levelStyles(drafts) { levels.sections[depth] = style }
        number(&drafts, depth: 1, parent: nil, levels)
        return levels
    }

    /// For each depth, the style most of its numbered sections have, kept only when every group of
    /// sections at that depth that uses it starts with a numbered section.
    private func levelStyles(_ drafts: [DraftSection]) -> [Int: NumberStyle] {
        var counts: [Int: [(NumberStyle, Int)]] = [:]
        var startsNumbered: [Int: Bool] = [:]
        func visit(_ group: [DraftSection], depth: Int) {
            let roman = group.contains { $0.number?.isSurelyRoman == true }
            if group.contains(where: { $0.number != nil }) {
                startsNumbered[depth] = (startsNumbered[depth] ?? true) && group[0].number != nil
            }
            for draft in group {
                if let style = draft.number?.style(roman: roman)?.style {
                    if let index = counts[depth, default: []].firstIndex(where: { $0.0 == style }) {
                        counts[depth]![index].1 += 1
                    } else {
                        counts[depth, default: []].append((style, 1))
                    }
                }
                visit(draft.subsections, depth: depth + 1)
            }
        }
        visit(drafts, depth: 1)
        var result: [Int: NumberStyle] = [:]
        for (depth, styles) in counts where startsNumbered[depth] == true {
            // The first of the most used, so the choice does not depend on dictionary order.
            let most = styles.map(\.1).max() ?? 0
            if let style = styles.first(where: { $0.1 == most })?.0 { result[depth] = style }
        }
        return result
    }

    /// Walks one group of sibling sections, giving a section its own style where it leaves the
    /// current one and its number where it leaves the sequence.
    private mutating func number(_ group: inout [DraftSection], depth: Int, parent: WrittenNumber?, _ levels: Numbering)
    {
        var current = levels.sectionStyle(depth: depth)
        var expected = current.start
        // True once a numbered section of the group has been counted.
        var counted = false
        let roman = group.contains { $0.number?.isSurelyRoman == true }
        for index in group.indices {
            defer { number(&group[index].subsections, depth: depth + 1, parent: group[index].number, levels) }
            guard let written = group[index].number, case (var style, let value)? = written.style(roman: roman) else {
                // A heading the publisher did not number shows no number, and takes none from the sequence.
                group[index].unnumbered = true
                continue
            }
            if style.repeatsParent, parent?.numeral != written.parts.dropLast().joined(separator: ".") {
                // "2.a." under a section not numbered 2: stated as written, in a style of its own.
                style.repeatsParent = false
                style.start = 1
                group[index].numberStyle = style
                group[index].statedNumber = written.numeral
                current = style
                expected = 2
                counted = true
                warnings.add(
                    "number-stated",
                    "'\(written.numeral)' does not continue its parent's number; it is stated as written",
                    line: group[index].line)
                continue
            }
            style.start = value
            var shape = current
            shape.start = value
            if shape != style || (value != expected && !counted) {
                // A new style, or a first number that is not the level's start ("2." after an
                // unnumbered heading): the sequence starts here, in its own style.
                group[index].numberStyle = style
                current = style
            } else if value != expected {
                group[index].statedNumber = written.parts[written.parts.count - 1]
            }
            expected = value + 1
            counted = true
        }
    }
}
