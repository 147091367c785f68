import PolicyRules

/// A JSON value, written pretty-printed with sorted keys exactly as Foundation's `JSONEncoder`
/// writes it with `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes`, without its
/// reflection and boxing.
enum JSONValue {
    case string(String)
    case int(Int)
    case array([JSONValue])
    /// Members whose value is nil are left out, as `encodeIfPresent` leaves them out.
    case object(KeyValuePairs<String, JSONValue?>)

    /// Two spaces a level, `"key" : value`, keys in byte order, empty containers as `[\n\n]`.
    func pretty() -> String {
        var output = ""
        write(to: &output, indent: "")
        return output
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .string(let text):
            output += JSONText.string(text)
        case .int(let number):
            output += String(number)
        case .array(let elements):
            let inner = indent + "  "
            output += "[\n"
            for (index, element) in elements.enumerated() {
                if index > 0 { output += ",\n" }
                output += inner
                element.write(to: &output, indent: inner)
            }
            output += "\n" + indent + "]"
        case .object(let members):
            let inner = indent + "  "
            // Keys are few per object: sorting the present ones beats hashing them into a dictionary.
            let present = members.compactMap { key, value in value.map { (key, $0) } }
                .sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            output += "{\n"
            for (index, (key, value)) in present.enumerated() {
                if index > 0 { output += ",\n" }
                output += inner + JSONText.string(key) + " : "
                value.write(to: &output, indent: inner)
            }
            output += "\n" + indent + "}"
        }
    }
}
