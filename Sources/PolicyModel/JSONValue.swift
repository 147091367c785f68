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
        var output = JSONOutput()
        write(to: &output, indent: 0)
        return output.string
    }

    /// The value on one line with no spaces, with no newline after it.
    public func compact() -> String {
        var output = JSONOutput()
        write(to: &output, indent: nil)
        return output.string
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, `/` and
    /// non-ASCII kept.
    public static func quoted(_ value: String) -> String {
        var output = JSONOutput()
        quote(value, to: &output)
        return output.string
    }

    /// Writes the value; `indent` is its depth in levels of two spaces, nil to write it compact.
    private func write(to output: inout JSONOutput, indent: Int?) {
        switch self {
        case .string(let text): Self.quote(text, to: &output)
        case .int(let number): output.append(String(number))
        case .bool(let truth): output.append(truth ? "true" : "false")
        case .array(let elements):
            let inner = indent.map { $0 + 1 }
            output.append(inner == nil ? "[" : "[\n")
            for (index, element) in elements.enumerated() {
                Self.begin(index, inner, &output)
                element.write(to: &output, indent: inner)
            }
            Self.end(UInt8(ascii: "]"), indent, &output)
        case .object(let members):
            let inner = indent.map { $0 + 1 }
            output.append(inner == nil ? "{" : "{\n")
            var index = 0
            func write(_ key: String, _ value: JSONValue) {
                Self.begin(index, inner, &output)
                Self.quote(key, to: &output)
                output.append(inner == nil ? ":" : " : ")
                value.write(to: &output, indent: inner)
                index += 1
            }
            // The model's objects are written with their keys in order, and need no sorting;
            // keys are few per object, so sorting the others beats hashing them into a dictionary.
            if Self.presentKeysAscend(members) {
                for case let (key, value?) in members { write(key, value) }
            } else {
                let present = members.compactMap { key, value in value.map { (key, $0) } }
                    .sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
                for (key, value) in present { write(key, value) }
            }
            Self.end(UInt8(ascii: "}"), indent, &output)
        }
    }

    /// True when the keys of the members present are in strictly ascending order of their
    /// UTF-8 bytes, so they are written as they stand.
    private static func presentKeysAscend(_ members: KeyValuePairs<String, JSONValue?>) -> Bool {
        var previous: String?
        for (key, value) in members where value != nil {
            if let previous, !previous.utf8.lexicographicallyPrecedes(key.utf8) { return false }
            previous = key
        }
        return true
    }

    /// Starts a container's member: a comma after the first, and its indent when pretty.
    private static func begin(_ index: Int, _ inner: Int?, _ output: inout JSONOutput) {
        if index > 0 { output.append(inner == nil ? "," : ",\n") }
        if let inner { output.indent(inner) }
    }

    /// Closes a container, on a line of its own when pretty.
    private static func end(_ close: UInt8, _ indent: Int?, _ output: inout JSONOutput) {
        if let indent {
            output.bytes.append(UInt8(ascii: "\n"))
            output.indent(indent)
        }
        output.bytes.append(close)
    }

    private static func quote(_ value: String, to output: inout JSONOutput) {
        output.bytes.append(UInt8(ascii: "\""))
        guard value.containsUTF8Byte(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            output.append(value)
            output.bytes.append(UInt8(ascii: "\""))
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: output.bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        output.bytes.append(UInt8(ascii: "\""))
    }
}

/// The bytes a JSON value is written into: appending a string's UTF-8 to an array costs far less
/// than appending it to a growing string.
private struct JSONOutput {
    var bytes: [UInt8] = []

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Two spaces for each of `levels`.
    mutating func indent(_ levels: Int) {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * levels))
    }

    /// The bytes as text; they are UTF-8, as every piece appended was.
    var string: String { String(decoding: bytes, as: UTF8.self) }
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
