import PolicyModel

/// Precise messages for the structural mistakes people make most: a missing element or
/// attribute, or an attribute value outside its choices. The schema catches the rest.
enum StructureCheck {
    /// Children each element must have, in the order the schema wants them.
    static let requiredChildren: [String: [String]] = [
        "policy": ["title", "publisher", "revision", "section"],
        "section": ["heading"],
        "list": ["item"],
        "notes": ["note"],
    ]

    /// Attributes each element must have.
    static let requiredAttributes: [String: [String]] = [
        "policy": ["id", "xml:lang"], "revision": ["effective"], "section": ["id"], "list": ["style"],
        "note": ["id"], "a": ["href"], "noteref": ["to"], "xref": ["to"], "permit": ["action"], "forbid": ["action"],
        "deny-by-default": ["action"], "action": ["id"], "purpose": ["id"], "recipient": ["id"], "data": ["id"],
        "fact": ["id"], "level": ["of", "depth"],
    ]

    /// Problems found in one element, reported at the element's start tag.
    static func problems(in node: XMLNode) -> [(code: String, message: String)] {
        guard checkedNames.contains(where: node.hasName) else { return [] }
        let name = node.name
        let (children, attributes) = (requiredChildren[name], requiredAttributes[name])
        guard children != nil || attributes != nil, node.isInPolicyNamespace else { return [] }
        var result: [(String, String)] = []
        if let children {
            let childNames = Set(node.elementChildren.filter(\.isInPolicyNamespace).map(\.name))
            for required in children where !childNames.contains(required) {
                result.append(("missing-element", "<\(name)> has no <\(required)>"))
            }
        }
        for attribute in attributes ?? [] {
            let present = attribute == "xml:lang" ? node.xmlLang != nil : node.hasAttribute(attribute)
            if !present { result.append(("missing-attribute", "<\(name)> has no '\(attribute)' attribute")) }
        }
        if name == "list", let style = node.attribute("style"), List.Style(rawValue: style) == nil {
            result.append(("invalid-attribute", "list style '\(style)' must be 'ordered' or 'bulleted'"))
        }
        return result
    }

    /// The elements `requiredChildren` and `requiredAttributes` name, to pass over the others
    /// without making strings of their names.
    static let checkedNames: [StaticString] = [
        "policy", "section", "list", "notes", "revision", "note", "a", "noteref", "xref", "permit", "forbid",
        "deny-by-default", "action", "purpose", "recipient", "data", "fact", "level",
    ]

    /// The choices each numbering attribute allows.
    static let numberingChoices: [(attribute: String, values: [String])] = [
        ("of", ["sections", "items"]), ("format", NumberStyle.Format.allCases.map(\.rawValue)),
        ("punctuation", NumberStyle.Punctuation.allCases.map(\.rawValue)), ("repeat-parent", ["yes", "no"]),
    ]

    /// Values of a `<level>` or `<number-style>` outside their choices, and counts that are not
    /// positive integers, each with the attribute it is about.
    static func numberingProblems(in node: XMLNode) -> [(attribute: String, message: String)] {
        guard node.hasName("level") || node.hasName("number-style"), node.isInPolicyNamespace else { return [] }
        var result: [(String, String)] = []
        for (attribute, values) in numberingChoices {
            guard let value = node.attribute(attribute), !values.contains(value) else { continue }
            let choices = values.map { "'\($0)'" }
            let listed = choices.dropLast().joined(separator: ", ") + " or " + choices.last!
            result.append((attribute, "\(attribute) '\(value)' of <\(node.name)> must be \(listed)"))
        }
        for attribute in ["depth", "start"] {
            guard let value = node.attribute(attribute), PolicyBuilder.positiveInteger(value) == nil else { continue }
            result.append((attribute, "\(attribute) '\(value)' of <\(node.name)> must be a whole number from 1"))
        }
        return result
    }

    /// A message for each attribute of `node` whose value holds a control character (a line
    /// break, a tab, C0 or C1): every attribute is a one-line value such as a label or an id,
    /// and a line break in one would start new blocks in the Markdown editions.
    static func controlCharacters(in node: XMLNode) -> [(attribute: String, message: String)] {
        guard node.mayHaveControlCharacters else { return [] }
        return node.attributes.compactMap { attribute in
            guard let scalar = attribute.value.unicodeScalars.first(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            else { return nil }
            let kind = scalar == "\n" || scalar == "\r" ? "a line break" : scalar == "\t" ? "a tab" : "a control character"
            return (attribute.name, "attribute '\(attribute.name)' of <\(node.name)> contains \(kind) (\(SourceScan.name(of: scalar.value))); attribute values are one line")
        }
    }
}
