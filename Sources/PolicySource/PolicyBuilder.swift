import PolicyModel

/// Turns a parsed document into the model, collecting the problems a schema cannot see.
/// It never stops early: what the schema rejects is skipped here, since the schema reports it.
struct PolicyBuilder {
    let source: SourceText
    let offsets: ElementOffsets
    private(set) var diagnostics: [Diagnostic] = []
    /// Where the `effective` attribute of `<revision>` is written.
    private(set) var effectiveDateLocation: SourceLocation?
    /// Where each id of the document is first declared, and whether it names a note.
    var declared: [String: (location: SourceLocation, isNote: Bool)] = [:]
    private var references: [(id: String, toNote: Bool, location: SourceLocation)] = []
    /// The vocabulary's terms by id, and what rules and terms refer to, checked at the end.
    var terms: [String: Term] = [:]
    var ruleUses: [(rule: Rule, node: XMLNode)] = []
    var termDefinitions: [(target: String, location: SourceLocation)] = []
    /// Where each stated `number` attribute is written, by its element's location.
    var statedNumberLocations: [SourceLocation: SourceLocation] = [:]

    init(source: SourceText, offsets: ElementOffsets) {
        self.source = source
        self.offsets = offsets
    }

    mutating func build(_ root: XMLNode) -> Policy {
        let policyID = root.attribute("id") ?? ""
        if root.attribute("id") != nil, !policyID.isValidIdentifier {
            error("invalid-id", "policy id '\(policyID)' is not a valid id (a letter, then letters, digits, '-', '_' or '.')", attribute: "id", of: root)
        }
        let language = root.xmlLang ?? ""
        if root.xmlLang != nil, !Self.isLanguageTag(language) {
            error("invalid-language", "xml:lang '\(language)' is not a language tag such as 'en' or 'ja'", attribute: "xml:lang", of: root)
        }
        let children = root.elementChildren
        let title = children.first { $0.name == "title" }.map { text(of: $0, what: "title") } ?? []
        let publisher = children.first { $0.name == "publisher" }.map { text(of: $0, what: "publisher") } ?? []
        let revision = children.first { $0.name == "revision" }.map { buildRevision($0) }
        let vocabulary = children.first { $0.name == "vocabulary" }.map { buildVocabulary($0) } ?? []
        let numbering = children.first { $0.name == "numbering" }.map { buildNumbering($0) } ?? Numbering()
        var preamble: [Block] = []
        var sections: [Section] = []
        var closing: [Block] = []
        var notes: [Note] = []
        for child in children {
            switch child.name {
            case "preamble": preamble = blocks(in: child)
            case "section": sections.append(buildSection(child))
            case "closing": closing = blocks(in: child)
            case "notes": notes = child.elementChildren.filter { $0.name == "note" }.map { buildNote($0) }
            default: break
            }
        }
        checkReferences(notes: notes)
        checkRuleTerms()
        let policy = Policy(
            id: PolicyID(policyID), language: language, title: title, publisher: publisher,
            revision: revision ?? Revision(effective: PolicyDate(year: 1, month: 1, day: 1)!),
            vocabulary: vocabulary, numbering: numbering, preamble: preamble, sections: sections, closing: closing,
            notes: notes, location: location(of: root))
        checkSequence(policy)
        return policy
    }

    // MARK: Elements

    private mutating func buildRevision(_ node: XMLNode) -> Revision {
        let effectiveText = node.attribute("effective") ?? ""
        effectiveDateLocation = attributeLocation("effective", of: node)
        let effective = PolicyDate(effectiveText)
        if node.attribute("effective") != nil, effective == nil {
            error("invalid-date", "effective date '\(effectiveText)' is not a real date written YYYY-MM-DD", attribute: "effective", of: node)
        }
        let summary = node.elementChildren.first { $0.name == "summary" }.map { text(of: $0, what: "summary") }
        let label = node.attribute("label")
        if let label, label.allSatisfy(\.isWhitespace) {
            error("empty-text", "revision label is empty; leave it out to show the effective date", attribute: "label", of: node)
        }
        let translatesText = node.attribute("translates")
        let translates = translatesText.flatMap(PolicyDate.init)
        if let translatesText, translates == nil {
            error(
                "invalid-date", "translates date '\(translatesText)' is not a real date written YYYY-MM-DD",
                attribute: "translates", of: node)
        }
        return Revision(
            effective: effective ?? PolicyDate(year: 1, month: 1, day: 1)!, label: label, summary: summary,
            translates: translates)
    }

    private mutating func buildSection(_ node: XMLNode) -> Section {
        let id = declare(node, isNote: false)
        let numberStyle = ownNumberStyle(of: node, repeatsParentByDefault: true)
        let statedNumber = statedNumber(of: node)
        let unnumbered = isUnnumbered(node, stated: statedNumber)
        let headingNode = node.elementChildren.first { $0.name == "heading" }
        var heading: [Inline] = []
        if let headingNode {
            heading = inlines(in: headingNode)
            if Self.isBlank(heading) {
                error("empty-heading", "section '\(id)' has an empty heading", at: location(of: headingNode))
            }
        }
        let sectionRules = rules(in: node)
        let body = blocks(in: node)
        let subsections = node.elementChildren.filter { $0.name == "section" }.map { buildSection($0) }
        if body.isEmpty, subsections.isEmpty {
            error("empty-section", "section '\(id)' has no paragraphs, lists or subsections", at: location(of: node))
        }
        return Section(
            id: ClauseID(id), heading: heading, rules: sectionRules, blocks: body, subsections: subsections,
            location: location(of: node), numberStyle: numberStyle, statedNumber: statedNumber,
            unnumbered: unnumbered)
    }

    private mutating func buildNote(_ node: XMLNode) -> Note {
        let id = declare(node, isNote: true)
        return Note(id: NoteID(id), content: text(of: node, what: "note '\(id)'"), location: location(of: node))
    }

    /// The paragraphs, lists and tables among an element's children (date and signature lines too).
    private mutating func blocks(in node: XMLNode) -> [Block] {
        var result: [Block] = []
        for child in node.elementChildren {
            switch child.name {
            case "p", "date", "signature":
                let role: Paragraph.Role = child.name == "date" ? .date : child.name == "signature" ? .signature : .body
                let id = child.attribute("id") != nil ? ClauseID(declare(child, isNote: false)) : nil
                let paragraphRules = rules(in: child)
                let content = text(of: child, what: child.name == "p" ? "paragraph" : "\(child.name) line")
                result.append(
                    .paragraph(Paragraph(id: id, role: role, rules: paragraphRules, content: content, location: location(of: child))))
            case "list":
                let style = List.Style(rawValue: child.attribute("style") ?? "") ?? .bulleted
                let numberStyle = style == .ordered ? ownNumberStyle(of: child, repeatsParentByDefault: false) : nil
                if style == .bulleted { checkBulleted(child) }
                let items = child.elementChildren.filter { $0.name == "item" }.map { buildItem($0, ordered: style == .ordered) }
                result.append(.list(List(style: style, items: items, location: location(of: child), numberStyle: numberStyle)))
            case "table":
                result.append(.table(buildTable(child)))
            default: break
            }
        }
        return result
    }

    private mutating func buildItem(_ node: XMLNode, ordered: Bool) -> Item {
        let id = node.attribute("id") != nil ? ClauseID(declare(node, isNote: false)) : nil
        let stated = ordered ? statedNumber(of: node) : nil
        let itemRules = rules(in: node)
        let content = inlines(in: node)
        let nested = blocks(in: node)
        if Self.isBlank(content), nested.isEmpty {
            error("empty-text", "list item has no text", at: location(of: node))
        }
        return Item(id: id, rules: itemRules, content: content, blocks: nested, location: location(of: node), statedNumber: stated)
    }

    // MARK: Inline content

    /// Inline content that must not be empty.
    private mutating func text(of node: XMLNode, what: String) -> [Inline] {
        let content = inlines(in: node)
        if Self.isBlank(content) { error("empty-text", "\(what) has no text", at: location(of: node)) }
        return content
    }

    /// The inline content of an element; block children (a nested list) are left to `blocks(in:)`.
    mutating func inlines(in node: XMLNode) -> [Inline] {
        var collector = InlineCollector()
        collect(node, into: &collector)
        return collector.result
    }

    private mutating func collect(_ node: XMLNode, into collector: inout InlineCollector) {
        for child in node.children {
            if child.isText {
                collector.append(utf8: child.textBytes)
                continue
            }
            guard child.isElement else { continue }
            // The element's name is compared where libxml2 keeps it, not made a string.
            if child.hasName("em") || child.hasName("strong") || child.hasName("term") {
                let (emphasis, strong) = (child.hasName("em"), child.hasName("strong"))
                collector.open()
                collect(child, into: &collector)
                collector.close { emphasis ? .emphasis($0) : strong ? .strong($0) : .term($0) }
            } else if child.hasName("a") {
                let href = child.attribute("href") ?? ""
                if child.attribute("href") != nil, let problem = LinkTarget.problem(with: href) {
                    error("unsafe-link", problem, attribute: "href", of: child)
                }
                collector.open()
                collect(child, into: &collector)
                collector.close { .link(href: href, content: $0) }
            } else if child.hasName("noteref") || child.hasName("xref") {
                let target = child.attribute("to") ?? ""
                let toNote = child.hasName("noteref")
                references.append((target, toNote, attributeLocation("to", of: child)))
                collector.append(atom: toNote ? .noteReference(NoteID(target)) : .crossReference(ClauseID(target)))
            } else if child.hasName("br") {
                collector.appendLineBreak()
            }
        }
    }

    // MARK: Ids and references

    /// Records an element's id, reporting a malformed or repeated one; returns the id.
    mutating func declare(_ node: XMLNode, isNote: Bool) -> String {
        guard let id = node.attribute("id") else { return "" }
        let here = attributeLocation("id", of: node)
        if !id.isValidIdentifier {
            error("invalid-id", "'\(id)' is not a valid id (a letter, then letters, digits, '-', '_' or '.')", at: here)
        } else if let first = declared[id] {
            error("duplicate-id", "duplicate id '\(id)'; first declared at line \(first.location.line)", at: here)
        } else {
            declared[id] = (here, isNote)
        }
        return id
    }

    private mutating func checkReferences(notes: [Note]) {
        var referencedNotes: Set<String> = []
        for reference in references {
            guard let target = declared[reference.id] else {
                let kind = reference.toNote ? "note reference" : "cross-reference"
                error("dangling-reference", "\(kind) to '\(reference.id)', which is not declared", at: reference.location)
                continue
            }
            if reference.toNote, !target.isNote {
                error("dangling-reference", "note reference to '\(reference.id)', which is a clause, not a note; use <xref>", at: reference.location)
            } else if !reference.toNote, target.isNote {
                error("dangling-reference", "cross-reference to '\(reference.id)', which is a note; use <noteref>", at: reference.location)
            }
            if reference.toNote { referencedNotes.insert(reference.id) }
        }
        for note in notes where !note.id.rawValue.isEmpty && !referencedNotes.contains(note.id.rawValue) {
            diagnostics.append(Diagnostic(.warning, "unreferenced-note", "note '\(note.id)' is never referenced", at: note.location))
        }
    }

    // MARK: Locations and reporting

    func location(of node: XMLNode) -> SourceLocation { offsets.location(of: node, in: source) }

    func attributeLocation(_ name: String, of node: XMLNode) -> SourceLocation {
        offsets.attributeLocation(name, of: node, in: source)
    }

    mutating func error(_ code: String, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.error, code, message, at: location))
    }

    mutating func warning(_ code: String, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(.warning, code, message, at: location))
    }

    private mutating func error(_ code: String, _ message: String, attribute: String, of node: XMLNode) {
        error(code, message, at: attributeLocation(attribute, of: node))
    }

    static func isBlank(_ content: [Inline]) -> Bool {
        content.allInlines.allSatisfy {
            switch $0 {
            case .text(let text): text.allSatisfy(\.isWhitespace)
            case .lineBreak, .emphasis, .strong, .term, .link: true
            case .noteReference, .crossReference: false
            }
        }
    }

    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
