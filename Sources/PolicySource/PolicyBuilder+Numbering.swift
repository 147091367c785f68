import PolicyModel

extension PolicyBuilder {
    /// The styles `<numbering>` declares per level; a level declared twice is an error.
    mutating func buildNumbering(_ node: XMLNode) -> Numbering {
        var numbering = Numbering()
        for level in node.elementChildren where level.name == "level" {
            guard let of = level.attribute("of"), let depthText = level.attribute("depth"),
                let depth = Self.positiveInteger(depthText)
            else { continue }
            let sections = of == "sections"
            let style = numberStyle(level, repeatsParentByDefault: sections)
            let taken = sections ? numbering.sections[depth] != nil : numbering.items[depth] != nil
            if taken {
                error(
                    "duplicate-level", "numbering of \(of) at depth \(depth) is declared twice",
                    at: attributeLocation("depth", of: level))
            } else if sections {
                numbering.sections[depth] = style
            } else {
                numbering.items[depth] = style
            }
        }
        return numbering
    }

    /// The style of a `<level>` or `<number-style>`; what the schema refuses falls back to the default.
    mutating func numberStyle(_ node: XMLNode, repeatsParentByDefault: Bool) -> NumberStyle {
        let prefix = node.attribute("prefix")
        if let prefix, prefix.allSatisfy(\.isWhitespace) {
            error(
                "empty-text", "numbering prefix is empty; leave it out for none",
                at: attributeLocation("prefix", of: node))
        }
        return NumberStyle(
            format: node.attribute("format").flatMap(NumberStyle.Format.init(rawValue:)) ?? .decimal,
            prefix: prefix.map { $0.trimmingSpaces() },
            punctuation: node.attribute("punctuation").flatMap(NumberStyle.Punctuation.init(rawValue:)) ?? .none,
            repeatsParent: node.attribute("repeat-parent").map { $0 == "yes" } ?? repeatsParentByDefault,
            start: node.attribute("start").flatMap(Self.positiveInteger) ?? 1)
    }

    /// The `<number-style>` child of a section or list, if it has one.
    mutating func ownNumberStyle(of node: XMLNode, repeatsParentByDefault: Bool) -> NumberStyle? {
        guard let child = node.elementChildren.first(where: { $0.name == "number-style" }) else { return nil }
        return numberStyle(child, repeatsParentByDefault: repeatsParentByDefault)
    }

    /// The number a section or item states outright, recording where it is written for `checkSequence`.
    mutating func statedNumber(of node: XMLNode) -> String? {
        guard let number = node.attribute("number") else { return nil }
        let here = attributeLocation("number", of: node)
        if number.allSatisfy(\.isWhitespace) {
            error("empty-text", "stated number is empty; leave it out to number by position", at: here)
        }
        statedNumberLocations[location(of: node)] = here
        return number
    }

    /// True when a section says `numbered="no"`; an error when it also states a number.
    mutating func isUnnumbered(_ node: XMLNode, stated: String?) -> Bool {
        guard node.attribute("numbered") == "no" else { return false }
        if stated != nil {
            error(
                "invalid-attribute", "an unnumbered section states no number; leave out 'number' or 'numbered'",
                at: attributeLocation("numbered", of: node))
        }
        return true
    }

    /// Reports what a bulleted list cannot have: a numbering style, or items with stated numbers.
    mutating func checkBulleted(_ node: XMLNode) {
        if let style = node.elementChildren.first(where: { $0.name == "number-style" }) {
            error(
                "invalid-attribute", "a bulleted list has no numbers; <number-style> applies to ordered lists",
                at: location(of: style))
        }
        for item in node.elementChildren where item.name == "item" && item.attribute("number") != nil {
            error(
                "invalid-attribute", "a bulleted list has no numbers; 'number' applies to items of ordered lists",
                at: attributeLocation("number", of: item))
        }
    }

    /// A warning for every stated number that differs from the one its position gives.
    mutating func checkSequence(_ policy: Policy) {
        func check(_ blocks: [Block]) {
            for case .list(let list) in blocks {
                for item in list.items {
                    if let stated = item.statedNumber, !stated.allSatisfy(\.isWhitespace),
                        stated != item.positionalMarker
                    {
                        warnBreak(
                            stated, expected: item.positionalMarker ?? "", what: "item \(item.citation)",
                            at: item.location)
                    }
                    check(item.blocks)
                }
            }
        }
        func check(_ sections: [Section]) {
            for section in sections {
                if let stated = section.statedNumber, !section.isUnnumbered, !stated.allSatisfy(\.isWhitespace),
                    stated != section.positionalNumber
                {
                    warnBreak(
                        stated, expected: section.positionalNumber, what: "section '\(section.id)'",
                        at: section.location)
                }
                check(section.blocks)
                check(section.subsections)
            }
        }
        check(policy.preamble)
        check(policy.sections)
        check(policy.closing)
    }

    private mutating func warnBreak(_ stated: String, expected: String, what: String, at location: SourceLocation) {
        warning(
            "number-sequence", "\(what) is numbered '\(stated)' where the sequence gives '\(expected)'",
            at: statedNumberLocations[location] ?? location)
    }

    static func positiveInteger(_ text: String) -> Int? {
        guard !text.isEmpty, text.count < 10, text.utf8.allSatisfy({ (48...57).contains($0) }), let value = Int(text),
            value > 0
        else { return nil }
        return value
    }
}

extension String {
    /// The text without the spaces at its ends.
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
