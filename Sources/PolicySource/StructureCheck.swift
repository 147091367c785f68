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
        "fact": ["id"],
    ]

    /// Problems found in one element, reported at the element's start tag.
    static func problems(in node: XMLNode) -> [(code: String, message: String)] {
        let name = node.name
        guard requiredChildren[name] != nil || requiredAttributes[name] != nil,
            node.namespace == PolicySchema.namespace
        else { return [] }
        var result: [(String, String)] = []
        let childNames = Set(node.elementChildren.filter { $0.namespace == PolicySchema.namespace }.map(\.name))
        for required in requiredChildren[node.name] ?? [] where !childNames.contains(required) {
            result.append(("missing-element", "<\(node.name)> has no <\(required)>"))
        }
        for attribute in requiredAttributes[node.name] ?? [] {
            let value = attribute == "xml:lang" ? node.xmlLang : node.attribute(attribute)
            if value == nil { result.append(("missing-attribute", "<\(node.name)> has no '\(attribute)' attribute")) }
        }
        if node.name == "list", let style = node.attribute("style"), List.Style(rawValue: style) == nil {
            result.append(("invalid-attribute", "list style '\(style)' must be 'ordered' or 'bulleted'"))
        }
        return result
    }
}
