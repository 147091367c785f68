import Foundation

/// The partial tags of one Mustache template (`{{> name}}`, `{{< parent}}`, `{{>* dynamic}}`),
/// each with where it is written and the sections it is inside, read the way swift-mustache
/// reads tags (set-delimiter tags included).
struct TemplateScan {
    /// One partial tag.
    struct Include: Hashable {
        /// The partial's name as written (`partials/section`), without the `*` of a dynamic one.
        var name: String
        /// True for `{{>*name}}`, whose partial is named by a value at render time.
        var isDynamic: Bool
        var line: Int
        var column: Int
        /// The names of the sections (`{{#name}}`) the tag is inside, outermost first, each
        /// split into its dotted parts, transforms removed (`first(a.b)` gives `a`, `b`).
        var sections: [[String]]
    }

    /// Every partial tag, in the order written.
    var includes: [Include] = []

    /// Scans a template that swift-mustache has parsed without error.
    /// - Complexity: O(n) in the length of the text.
    init(_ text: String) {
        // Every partial tag has a `>` or `<` for its sigil: a text without either has none.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "<") }) else { return }
        let bytes = Array(text.utf8)
        let standardOpen = Array("{{".utf8)
        var (open, close) = (standardOpen, Array("}}".utf8))
        var sections: [[String]] = []
        var (line, lineStart, offset) = (1, 0, 0)
        while offset < bytes.count {
            if bytes[offset] == 0x0A {
                (line, lineStart) = (line + 1, offset + 1)
            }
            guard Self.matches(open, in: bytes, at: offset) else {
                offset += 1
                continue
            }
            let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
            let triple = open == standardOpen && bytes[(offset + open.count)...].first == UInt8(ascii: "{")
            let terminator = triple ? Array("}".utf8) + close : close
            let start = offset + open.count + (triple ? 1 : 0)
            var end = start
            while end < bytes.count, !Self.matches(terminator, in: bytes, at: end) { end += 1 }
            // swift-mustache reads a delimiter followed by a line break as text, and may find a tag
            // inside what looks like another's name; so after such a delimiter, or where another
            // opening delimiter comes before the closing one, scan on from just after this one.
            // That finds every tag swift-mustache can find, and perhaps more.
            let inside = bytes[start..<min(end, bytes.count)]
            if inside.first == 0x0A || inside.first == 0x0D || inside.firstRange(of: open) != nil {
                offset += open.count
                continue
            }
            let tagLine = line
            for index in offset..<min(end, bytes.count) where bytes[index] == 0x0A {
                (line, lineStart) = (line + 1, index + 1)
            }
            let content = Self.trimmed(String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self))
            offset = end + terminator.count
            guard let sigil = content.first, !triple else { continue }
            let name = Self.trimmed(String(content.dropFirst()))
            switch sigil {
            case "#", "^", "$":
                sections.append(sigil == "#" ? Self.parts(of: name) : [])
            case "/":
                _ = sections.popLast()
            case ">", "<":
                let dynamic = name.hasPrefix("*")
                let partial = dynamic ? String(name.dropFirst()) : name
                includes.append(
                    Include(name: partial, isDynamic: dynamic, line: tagLine, column: column, sections: sections.filter { !$0.isEmpty }))
                if sigil == "<" { sections.append([]) }
            case "=":
                let delimiters = content.dropFirst().dropLast().split(separator: " ", omittingEmptySubsequences: true)
                if delimiters.count == 2 { (open, close) = (Array(delimiters[0].utf8), Array(delimiters[1].utf8)) }
            default:
                continue
            }
        }
    }

    /// The names of the partials and parents `text` includes (`{{> name}}`, `{{< name}}`), read
    /// quickly for a template that keeps the standard delimiters and writes no tag across lines,
    /// as the built-in ones do (a test holds this equal to `includes` for each of them).
    static func includedNames(_ text: String) -> [String] {
        var names: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset + 1 < bytes.count {
                guard bytes[offset] == UInt8(ascii: "{"), bytes[offset + 1] == UInt8(ascii: "{") else {
                    offset += 1
                    continue
                }
                var start = offset + 2
                while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
                offset = start
                guard start < bytes.count, bytes[start] == UInt8(ascii: ">") || bytes[start] == UInt8(ascii: "<") else { continue }
                start += 1
                while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
                var end = start
                while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) { end += 1 }
                var last = end
                while last > start, bytes[last - 1] == UInt8(ascii: " ") { last -= 1 }
                names.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<last]), as: UTF8.self))
                offset = end
            }
        }
        return names
    }

    /// `text` without white space at either end: the scalars Foundation's
    /// `whitespacesAndNewlines` holds (Unicode's White_Space and the zero width space), without
    /// the cost of bridging to `NSString`.
    private static func trimmed(_ text: String) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar.value == 0x200B }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// True when `delimiter` is written in `bytes` at `offset`; a plain loop, as the scan asks
    /// this at every byte of the template.
    private static func matches(_ delimiter: [UInt8], in bytes: [UInt8], at offset: Int) -> Bool {
        guard offset + delimiter.count <= bytes.count else { return false }
        for index in delimiter.indices where bytes[offset + index] != delimiter[index] { return false }
        return true
    }

    /// The dotted parts of a section's name, transforms removed: `first(a.b)` gives `a`, `b`.
    static func parts(of name: String) -> [String] {
        var key = Substring(name)
        while let open = key.firstIndex(of: "("), key.last == ")" { key = key[key.index(after: open)..<key.index(before: key.endIndex)] }
        return key.split(separator: ".").map(String.init)
    }
}
