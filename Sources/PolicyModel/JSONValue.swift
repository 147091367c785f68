/// A JSON value, and the one writer of every JSON output: keys sorted by their UTF-8 bytes,
/// strings escaped the same way everywhere, so the same value is the same bytes in any process.
///
/// `pretty()` writes exactly what Foundation's `JSONEncoder` writes with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two spaces a level, `"key" : value`, an empty
/// container as `[`, a blank line and `]`), without its reflection and boxing; `compact()` writes
/// one line with no spaces, for JSON Lines. Writing never fails.
public enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    /// Members whose value is nil are left out, as `encodeIfPresent` leaves them out.
    case object(KeyValuePairs<String, JSONValue?>)

    /// The value on indented lines, with no newline after it.
    /// - Complexity: O(n log k) for n characters written and at most k keys an object.
    public func pretty() -> String {
        var output = ""
        write(to: &output, indent: "")
        return output
    }

    /// The value on one line with no spaces, with no newline after it.
    public func compact() -> String {
        var output = ""
        write(to: &output, indent: nil)
        return output
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, `/` and
    /// non-ASCII kept.
    public static func quoted(_ value: String) -> String {
        var output = ""
        quote(value, to: &output)
        return output
    }

    /// Writes the value; a nil `indent` writes it compact.
    private func write(to output: inout String, indent: String?) {
        switch self {
        case .string(let text): Self.quote(text, to: &output)
        case .int(let number): output += String(number)
        case .bool(let truth): output += truth ? "true" : "false"
        case .array(let elements):
            let inner = indent.map { $0 + "  " }
            output += inner == nil ? "[" : "[\n"
            for (index, element) in elements.enumerated() {
                Self.begin(index, inner, &output)
                element.write(to: &output, indent: inner)
            }
            Self.end("]", indent, &output)
        case .object(let members):
            let inner = indent.map { $0 + "  " }
            // Keys are few per object: sorting the present ones beats hashing them into a dictionary.
            let present = members.compactMap { key, value in value.map { (key, $0) } }
                .sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            output += inner == nil ? "{" : "{\n"
            for (index, (key, value)) in present.enumerated() {
                Self.begin(index, inner, &output)
                Self.quote(key, to: &output)
                output += inner == nil ? ":" : " : "
                value.write(to: &output, indent: inner)
            }
            Self.end("}", indent, &output)
        }
    }

    /// Starts a container's member: a comma after the first, and its indent when pretty.
    private static func begin(_ index: Int, _ inner: String?, _ output: inout String) {
        if index > 0 { output += inner == nil ? "," : ",\n" }
        if let inner { output += inner }
    }

    /// Closes a container, on a line of its own when pretty.
    private static func end(_ close: String, _ indent: String?, _ output: inout String) {
        if let indent {
            output += "\n"
            output += indent
        }
        output += close
    }

    private static func quote(_ value: String, to output: inout String) {
        guard value.containsUTF8Byte(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            output += "\""
            output += value
            output += "\""
            return
        }
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}

extension Diagnostic {
    /// The diagnostic as `check --format json` writes it.
    public var json: JSONValue {
        .object([
            "code": .string(code), "location": location.json, "message": .string(message),
            "severity": .string(severity.rawValue),
        ])
    }
}

extension SourceLocation {
    /// `{"column", "file", "line"}`.
    public var json: JSONValue {
        .object(["column": .int(column), "file": .string(file), "line": .int(line)])
    }
}

extension Citation {
    /// `{"clause", "id", "text"}`.
    public var json: JSONValue {
        .object(["clause": .string(clause), "id": .string(id.rawValue), "text": .string(text)])
    }
}
