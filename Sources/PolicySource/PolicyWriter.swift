import PolicyModel

/// Writes a policy as source XML in the layout `codicil fmt` gives (`SourceLayout`): ids and
/// rules kept, numbers never written. Parsing what it writes gives the same policy.
public enum PolicyWriter {
    /// The source text of a policy.
    public static func source(of policy: Policy) -> String {
        SourceLayout.text(of: [
            .markup(#"<?xml version="1.0" encoding="UTF-8"?>"#), .text("\n"), .element(tree(of: policy)),
        ]).text
    }

    /// A blank line between two parts.
    private static let blank = SourceNode.text("\n\n")

    private static func tree(of policy: Policy) -> SourceElement {
        var children: [SourceNode] = [
            inline("title", policy.title), inline("publisher", policy.publisher), revision(policy.revision),
        ]
        if !policy.vocabulary.isEmpty {
            let terms = policy.vocabulary.map { term -> SourceNode in
                var attributes = [("id", term.id.rawValue)]
                if let dpv = term.dpv { attributes.append(("dpv", dpv)) }
                if let definedIn = term.definedIn { attributes.append(("defined-in", definedIn)) }
                return .element(
                    SourceElement(
                        term.kind.rawValue, Self.attributes(attributes), [.text(SourceLayout.escape(term.label))]))
            }
            children += [blank, element("vocabulary", terms)]
        }
        if !policy.numbering.isEmpty { children += [blank, numbering(policy.numbering)] }
        if !policy.preamble.isEmpty { children += [blank, element("preamble", blocks(policy.preamble))] }
        for section in policy.sections { children += [blank, .element(write(section))] }
        if !policy.closing.isEmpty { children += [blank, element("closing", blocks(policy.closing))] }
        if !policy.notes.isEmpty {
            let notes = policy.notes.map { inline("note", $0.content, [("id", $0.id.rawValue)]) }
            children += [blank, element("notes", notes)]
        }
        let attributes = [("xmlns", PolicySchema.namespace), ("id", policy.id.rawValue), ("xml:lang", policy.language)]
        return SourceElement("policy", Self.attributes(attributes), children)
    }

    private static func revision(_ revision: Revision) -> SourceNode {
        var attributes = [("effective", revision.effective.description)]
        if let label = revision.label { attributes.append(("label", label)) }
        return element("revision", revision.summary.map { [inline("summary", $0)] } ?? [], attributes)
    }

    private static func write(_ section: Section) -> SourceElement {
        var attributes = [("id", section.id.rawValue)]
        if let number = section.statedNumber { attributes.append(("number", number)) }
        if section.isUnnumbered { attributes.append(("numbered", "no")) }
        var children: [SourceNode] = []
        if let style = section.numberStyle { children.append(numberStyle(style, repeatsParentByDefault: true)) }
        children.append(inline("heading", section.heading))
        children += rules(section.rules) + blocks(section.blocks)
        for subsection in section.subsections { children += [blank, .element(write(subsection))] }
        return SourceElement("section", Self.attributes(attributes), children)
    }

    private static func blocks(_ blocks: [Block]) -> [SourceNode] {
        blocks.map { block in
            switch block {
            case .paragraph(let paragraph):
                let name =
                    switch paragraph.role {
                    case .body: "p"
                    case .date: "date"
                    case .signature: "signature"
                    }
                return inline(
                    name, paragraph.content, paragraph.id.map { [("id", $0.rawValue)] } ?? [], rules: paragraph.rules)
            case .list(let list):
                var children: [SourceNode] = []
                if let style = list.numberStyle { children.append(numberStyle(style, repeatsParentByDefault: false)) }
                for item in list.items {
                    var attributes = item.id.map { [("id", $0.rawValue)] } ?? []
                    if let number = item.statedNumber { attributes.append(("number", number)) }
                    children.append(
                        element(
                            "item", rules(item.rules) + Inline.nodes(item.content) + self.blocks(item.blocks),
                            attributes))
                }
                return element("list", children, [("style", list.style.rawValue)])
            case .table(let table):
                return Self.table(table)
            }
        }
    }

    /// `<numbering>` with one `<level>` per declared level, sections first, each by depth.
    private static func numbering(_ numbering: Numbering) -> SourceNode {
        var levels: [SourceNode] = []
        for (of, declared) in [("sections", numbering.sections), ("items", numbering.items)] {
            for depth in declared.keys.sorted() {
                let style = styleAttributes(declared[depth]!, repeatsParentByDefault: of == "sections")
                levels.append(element("level", [], [("of", of), ("depth", String(depth))] + style))
            }
        }
        return element("numbering", levels)
    }

    private static func numberStyle(_ style: NumberStyle, repeatsParentByDefault: Bool) -> SourceNode {
        element("number-style", [], styleAttributes(style, repeatsParentByDefault: repeatsParentByDefault))
    }

    /// The attributes of a style that differ from their defaults.
    private static func styleAttributes(_ style: NumberStyle, repeatsParentByDefault: Bool) -> [(String, String)] {
        var attributes: [(String, String)] = []
        if style.format != .decimal { attributes.append(("format", style.format.rawValue)) }
        if let prefix = style.prefix { attributes.append(("prefix", prefix)) }
        if style.punctuation != .none { attributes.append(("punctuation", style.punctuation.rawValue)) }
        if style.repeatsParent != repeatsParentByDefault {
            attributes.append(("repeat-parent", style.repeatsParent ? "yes" : "no"))
        }
        if style.start != 1 { attributes.append(("start", String(style.start))) }
        return attributes
    }

    private static func table(_ table: Table) -> SourceNode {
        var children: [SourceNode] = []
        if let caption = table.caption { children.append(inline("caption", caption)) }
        if let header = table.header { children.append(element("header", header.map { inline("cell", $0) })) }
        for row in table.rows {
            let cells = row.cells.map { inline("cell", $0) }
            children.append(element("row", rules(row.rules) + cells, row.id.map { [("id", $0.rawValue)] } ?? []))
        }
        return element("table", children)
    }

    private static func rules(_ rules: [Rule]) -> [SourceNode] {
        rules.map { rule in
            let lists: [(String, [TermID])] = [
                ("action", rule.actions), ("purpose", rule.purposes), ("recipient", rule.recipients),
                ("data", rule.data), ("requires", rule.requires), ("unless", rule.unless),
            ]
            let attributes = lists.filter { !$0.1.isEmpty }.map { ($0.0, $0.1.map(\.rawValue).joined(separator: " ")) }
            return element(rule.effect.rawValue, [], attributes)
        }
    }

    /// An element holding inline content, after its rules.
    private static func inline(
        _ name: String, _ content: [Inline], _ attributes: [(String, String)] = [], rules: [Rule] = []
    )
        -> SourceNode
    {
        element(name, self.rules(rules) + Inline.nodes(content), attributes)
    }

    private static func element(_ name: String, _ children: [SourceNode], _ attributes: [(String, String)] = [])
        -> SourceNode
    {
        .element(SourceElement(name, Self.attributes(attributes), children))
    }

    /// Attributes with their values escaped.
    static func attributes(_ pairs: [(String, String)]) -> [SourceAttribute] {
        pairs.map { SourceAttribute($0.0, SourceLayout.escape($0.1, quote: true)) }
    }
}

extension Inline {
    /// Inline content as source nodes.
    static func nodes(_ content: [Inline]) -> [SourceNode] {
        content.map { inline -> SourceNode in
            switch inline {
            case .text(let text): .text(SourceLayout.escape(text))
            case .emphasis(let children): .element(SourceElement("em", [], nodes(children)))
            case .strong(let children): .element(SourceElement("strong", [], nodes(children)))
            case .term(let children): .element(SourceElement("term", [], nodes(children)))
            case .link(let href, let children):
                .element(SourceElement("a", PolicyWriter.attributes([("href", href)]), nodes(children)))
            case .noteReference(let id):
                .element(SourceElement("noteref", PolicyWriter.attributes([("to", id.rawValue)])))
            case .crossReference(let id):
                .element(SourceElement("xref", PolicyWriter.attributes([("to", id.rawValue)])))
            case .lineBreak: .element(SourceElement("br"))
            }
        }
    }
}
