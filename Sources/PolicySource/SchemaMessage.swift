import Foundation

/// Rewrites libxml2's RELAX NG messages into plain English, and drops the generic ones
/// ("failed to validate content") when a more precise message says the same.
enum SchemaMessage {
    /// The rewritten message, or nil when the message only repeats what others say.
    static func rewrite(_ message: String, othersExist: Bool) -> String? {
        if let (element, detail) = match(message, "Element ", " failed to validate ") {
            return othersExist ? nil : "<\(element)> does not match the schema (its \(detail))"
        }
        if let (attribute, element) = match(message, "Invalid attribute ", " for element ") {
            return "attribute '\(attribute)' is not allowed on <\(element)>"
        }
        if let (element, _) = match(message, "Did not expect element ", " there") {
            return "element <\(element)> is not allowed here"
        }
        if let (element, _) = match(message, "Did not expect text in element ", " content") {
            let hint = element == "list" ? "; put it in an <item>" : element == "notes" ? "; put it in a <note>" : "; put it in a <p>"
            return "text is not allowed directly in <\(element)>" + (["section", "preamble", "closing", "policy", "list", "notes"].contains(element) ? hint : "")
        }
        if let (expected, found) = match(message, "Expecting element ", ", got ") {
            return "expected <\(expected)>, found <\(found)>"
        }
        if let (element, extra) = match(message, "Element ", " has extra content: ") {
            return "unexpected <\(extra)> inside <\(element)>"
        }
        return message
    }

    /// True when libxml2's `message` is about the value of one of `attributes`: an attribute
    /// refused for its value ("Invalid attribute start for element level") or a value its
    /// datatype refuses ("Type positiveInteger doesn't allow value '0'").
    static func isAboutValue(_ message: String, of attributes: Set<String>) -> Bool {
        if let (attribute, _) = match(message, "Invalid attribute ", " for element ") { return attributes.contains(attribute) }
        return message.hasPrefix("Type ") && message.contains(" doesn't allow value ")
    }

    /// Splits `prefix A infix B` into (A, B).
    private static func match(_ message: String, _ prefix: String, _ infix: String) -> (String, String)? {
        guard message.hasPrefix(prefix), let range = message.range(of: infix) else { return nil }
        let first = message[message.index(message.startIndex, offsetBy: prefix.count)..<range.lowerBound]
        return (String(first), String(message[range.upperBound...]))
    }
}
