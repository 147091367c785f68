import PolicyModel

/// Writes a policy as source XML: two-space indentation, text wrapped at 100 columns, ids and
/// rules kept, numbers never written. Parsing what it writes gives the same policy.
public enum PolicyWriter {
    /// The source text of a policy.
    public static func source(of policy: Policy) -> String {
        var out = XMLOutput()
        out.line(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        out.open("policy", ["xmlns": PolicySchema.namespace, "id": policy.id.rawValue, "xml:lang": policy.language], order: ["xmlns", "id", "xml:lang"])
        out.inline("title", [:], policy.title)
        out.inline("publisher", [:], policy.publisher)
        var revisionAttributes = ["effective": policy.revision.effective.description]
        if let label = policy.revision.label { revisionAttributes["label"] = label }
        if let translates = policy.revision.translates { revisionAttributes["translates"] = translates.description }
        if let summary = policy.revision.summary {
            out.open("revision", revisionAttributes, order: ["effective", "label", "translates"])
            out.inline("summary", [:], summary)
            out.close("revision")
        } else {
            out.empty("revision", revisionAttributes, order: ["effective", "label", "translates"])
        }
        if !policy.vocabulary.isEmpty {
            out.blank()
            out.open("vocabulary")
            for term in policy.vocabulary {
                var attributes = ["id": term.id.rawValue]
                if let dpv = term.dpv { attributes["dpv"] = dpv }
                if let definedIn = term.definedIn { attributes["defined-in"] = definedIn }
                let start = term.kind.rawValue + XMLOutput.attributes(attributes, order: ["id", "dpv", "defined-in"])
                out.line("<\(start)>\(XMLOutput.escape(term.label))</\(term.kind.rawValue)>")
            }
            out.close("vocabulary")
        }
        if !policy.numbering.isEmpty {
            out.blank()
            numbering(policy.numbering, &out)
        }
        if !policy.preamble.isEmpty {
            out.blank()
            out.open("preamble")
            blocks(policy.preamble, &out)
            out.close("preamble")
        }
        for section in policy.sections {
            out.blank()
            write(section, &out)
        }
        if !policy.closing.isEmpty {
            out.blank()
            out.open("closing")
            blocks(policy.closing, &out)
            out.close("closing")
        }
        if !policy.notes.isEmpty {
            out.blank()
            out.open("notes")
            for note in policy.notes { out.inline("note", ["id": note.id.rawValue], note.content) }
            out.close("notes")
        }
        out.close("policy")
        return out.text
    }

    private static func write(_ section: Section, _ out: inout XMLOutput) {
        var attributes = ["id": section.id.rawValue]
        if let number = section.statedNumber { attributes["number"] = number }
        if section.isUnnumbered { attributes["numbered"] = "no" }
        out.open("section", attributes, order: ["id", "number", "numbered"])
        if let style = section.numberStyle { numberStyle(style, repeatsParentByDefault: true, &out) }
        out.inline("heading", [:], section.heading)
        rules(section.rules, &out)
        blocks(section.blocks, &out)
        for subsection in section.subsections {
            out.blank()
            write(subsection, &out)
        }
        out.close("section")
    }

    private static func blocks(_ blocks: [Block], _ out: inout XMLOutput) {
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                let name = switch paragraph.role {
                case .body: "p"
                case .date: "date"
                case .signature: "signature"
                }
                let attributes = paragraph.id.map { ["id": $0.rawValue] } ?? [:]
                out.inline(name, attributes, paragraph.content, rules: ruleLines(paragraph.rules))
            case .list(let list):
                out.open("list", ["style": list.style.rawValue])
                if let style = list.numberStyle { numberStyle(style, repeatsParentByDefault: false, &out) }
                for item in list.items {
                    var attributes = item.id.map { ["id": $0.rawValue] } ?? [:]
                    if let number = item.statedNumber { attributes["number"] = number }
                    if item.blocks.isEmpty {
                        out.inline("item", attributes, item.content, rules: ruleLines(item.rules), order: ["id", "number"])
                    } else {
                        out.open("item", attributes, order: ["id", "number"])
                        rules(item.rules, &out)
                        out.wrapped(Inline.xml(item.content))
                        self.blocks(item.blocks, &out)
                        out.close("item")
                    }
                }
                out.close("list")
            case .table(let table):
                Self.table(table, &out)
            }
        }
    }

    /// `<numbering>` with one `<level>` per declared level, sections first, each by depth.
    private static func numbering(_ numbering: Numbering, _ out: inout XMLOutput) {
        out.open("numbering")
        for (of, levels) in [("sections", numbering.sections), ("items", numbering.items)] {
            for depth in levels.keys.sorted() {
                var attributes = styleAttributes(levels[depth]!, repeatsParentByDefault: of == "sections")
                attributes["of"] = of
                attributes["depth"] = String(depth)
                out.empty("level", attributes, order: ["of", "depth"] + styleOrder)
            }
        }
        out.close("numbering")
    }

    private static func numberStyle(_ style: NumberStyle, repeatsParentByDefault: Bool, _ out: inout XMLOutput) {
        out.empty("number-style", styleAttributes(style, repeatsParentByDefault: repeatsParentByDefault), order: styleOrder)
    }

    private static let styleOrder = ["format", "prefix", "punctuation", "repeat-parent", "start"]

    /// The attributes of a style that differ from their defaults.
    private static func styleAttributes(_ style: NumberStyle, repeatsParentByDefault: Bool) -> [String: String] {
        var attributes: [String: String] = [:]
        if style.format != .decimal { attributes["format"] = style.format.rawValue }
        if let prefix = style.prefix { attributes["prefix"] = prefix }
        if style.punctuation != .none { attributes["punctuation"] = style.punctuation.rawValue }
        if style.repeatsParent != repeatsParentByDefault { attributes["repeat-parent"] = style.repeatsParent ? "yes" : "no" }
        if style.start != 1 { attributes["start"] = String(style.start) }
        return attributes
    }

    private static func table(_ table: Table, _ out: inout XMLOutput) {
        out.open("table")
        if let caption = table.caption { out.inline("caption", [:], caption) }
        if let header = table.header {
            out.open("header")
            for cell in header { out.inline("cell", [:], cell) }
            out.close("header")
        }
        for row in table.rows {
            out.open("row", row.id.map { ["id": $0.rawValue] } ?? [:])
            rules(row.rules, &out)
            for cell in row.cells { out.inline("cell", [:], cell) }
            out.close("row")
        }
        out.close("table")
    }

    private static func rules(_ rules: [Rule], _ out: inout XMLOutput) {
        for line in ruleLines(rules) { out.line(line) }
    }

    private static func ruleLines(_ rules: [Rule]) -> [String] {
        rules.map { rule in
            let lists: [(String, [TermID])] = [
                ("action", rule.actions), ("purpose", rule.purposes), ("recipient", rule.recipients),
                ("data", rule.data), ("requires", rule.requires), ("unless", rule.unless),
            ]
            let attributes = lists.filter { !$0.1.isEmpty }
                .map { " \($0.0)=\"\(XMLOutput.escape($0.1.map(\.rawValue).joined(separator: " "), quote: true))\"" }
            return "<\(rule.effect.rawValue)\(attributes.joined())/>"
        }
    }
}
