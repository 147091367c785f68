import PolicyModel

extension StructureBuilder {
    /// Every draft section, depth first, as the policy's `allSections` lists them.
    static func flattened(_ drafts: [DraftSection]) -> [DraftSection] {
        drafts.flatMap { [$0] + flattened($0.subsections) }
    }

    /// Replaces in-page links by cross-references to the clauses they point at (ids final), and
    /// warns once for each link whose anchor names no clause. A paragraph or bulleted item a link
    /// points at is given an id: the anchor the document names it by when that is a free id,
    /// else one made from its bold opening words or its first words.
    mutating func resolveInPageLinks(_ policy: inout Policy, drafts: [DraftSection]) {
        guard Self.hasInPageLink(policy) else { return }
        let index = zip(Self.flattened(drafts), policy.allSections).map { draft, section in
            (written: draft.written, heading: section.heading.plainText(), id: section.id)
        }
        // Elements without an id get a provisional one ('#' is in no id) until links are resolved.
        var elements: [(content: [Inline], id: ClauseID)] = []
        policy.transformTargets { id, content in
            if id == nil { id = ClauseID("#\(elements.count)") }
            elements.append((content, id!))
        }
        let links = InPageLinks(sections: index, elements: elements, anchors: document.anchors)
        var unresolved: [SourceLocation] = []
        func resolve(_ content: [Inline], at location: SourceLocation) -> [Inline] {
            var count = 0
            let result = links.resolve(content, unresolved: &count)
            unresolved += Array(repeating: location, count: count)
            return result
        }
        func mapBlocks(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                switch block {
                case .paragraph(var paragraph):
                    paragraph.content = resolve(paragraph.content, at: paragraph.location)
                    return .paragraph(paragraph)
                case .list(var list):
                    for index in list.items.indices {
                        list.items[index].content = resolve(list.items[index].content, at: list.items[index].location)
                        list.items[index].blocks = mapBlocks(list.items[index].blocks)
                    }
                    return .list(list)
                case .table(var table):
                    table.caption = table.caption.map { resolve($0, at: table.location) }
                    table.header = table.header?.map { resolve($0, at: table.location) }
                    for row in table.rows.indices {
                        let location = table.rows[row].location
                        table.rows[row].cells = table.rows[row].cells.map { resolve($0, at: location) }
                    }
                    return .table(table)
                }
            }
        }
        func mapSections(_ sections: [Section]) -> [Section] {
            sections.map { section in
                var result = section
                result.heading = InPageLinks.unwrap(section.heading)
                result.blocks = mapBlocks(section.blocks)
                result.subsections = mapSections(section.subsections)
                return result
            }
        }
        policy.title = InPageLinks.unwrap(policy.title)
        policy.preamble = mapBlocks(policy.preamble)
        policy.sections = mapSections(policy.sections)
        policy.closing = mapBlocks(policy.closing)
        for index in policy.notes.indices {
            policy.notes[index].content = resolve(policy.notes[index].content, at: policy.notes[index].location)
        }
        nameTargets(&policy, anchorNames: links.anchorNames)
        for location in unresolved {
            warnings.add(
                "anchor-link", "link to an in-page anchor that names no clause kept as text only", line: location.line,
                column: location.column)
        }
    }

    /// Gives final ids to the provisional ones that cross-references point at, and drops the rest.
    private func nameTargets(_ policy: inout Policy, anchorNames: [ClauseID: String]) {
        var referenced: Set<ClauseID> = []
        func collect(_ content: [Inline]) {
            for inline in content {
                switch inline {
                case .crossReference(let id) where id.rawValue.hasPrefix("#"): referenced.insert(id)
                case .emphasis(let children), .strong(let children), .term(let children), .link(_, let children):
                    collect(children)
                case .text, .noteReference, .crossReference, .lineBreak: break
                }
            }
        }
        policy.forEachInlines { content in
            collect(content)
            return true
        }
        var used = UsedIdentifiers(
            policy.clauses.map(\.id.rawValue).filter { !$0.hasPrefix("#") } + policy.notes.map(\.id.rawValue))
        var names: [ClauseID: ClauseID] = [:]
        policy.transformTargets { id, content in
            guard let provisional = id, provisional.rawValue.hasPrefix("#") else { return }
            guard referenced.contains(provisional) else { return id = nil }
            // The bold words an item starts with name it ("**Cookies**." is `cookies`).
            let words = if case .strong(let bold)? = content.first { bold } else { content }
            var base =
                anchorNames[provisional].flatMap { Slug.isIdentifier($0) ? $0 : nil }
                ?? Slug.make(words.plainText(), maxWords: 3)
            if base.isEmpty { base = "clause" }
            let name = ClauseID(used.unique(base))
            names[provisional] = name
            id = name
        }
        guard !names.isEmpty else { return }
        policy.transformInlines { $0.replacingCrossReferences(names) }
    }

    /// True when any text of the policy links to an in-page anchor; most documents have none,
    /// and then there is nothing to index or resolve.
    static func hasInPageLink(_ policy: Policy) -> Bool {
        var found = false
        policy.forEachInlines { content in
            found = InPageLinks.hasInPageLink(content)
            return !found
        }
        return found
    }
}
