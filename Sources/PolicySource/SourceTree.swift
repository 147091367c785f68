/// A source document as it is written: elements with their attributes in written order, and
/// text, comments and the like as their raw characters (references not expanded), so that it can
/// be laid out again or edited in place without losing a character.
struct SourceTree {
    /// The document's top-level nodes: the XML declaration, comments, the root element.
    var nodes: [SourceNode]
}

/// One node of a `SourceTree`.
enum SourceNode {
    case element(SourceElement)
    /// Character data as written, escaped for XML.
    case text(String)
    /// A comment, CDATA section, processing instruction or document type declaration, verbatim.
    case markup(String)
}

/// One attribute of an element; `value` is escaped for a double-quoted attribute.
struct SourceAttribute {
    var name: String
    var value: String
    /// Where the attribute is written, from its name to its closing quote (parsed trees only).
    var range: Range<Int> = 0..<0
    /// Where its value is written, quotes left out, and the quote it is written with.
    var valueRange: Range<Int> = 0..<0
    var quote: UInt8 = UInt8(ascii: "\"")

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// One element of a `SourceTree`.
struct SourceElement {
    var name: String
    var attributes: [SourceAttribute]
    var children: [SourceNode]
    /// Where the whole element is written, and the offset just after its start tag (parsed trees only).
    var range: Range<Int> = 0..<0
    var startTagEnd = 0

    init(_ name: String, _ attributes: [SourceAttribute] = [], _ children: [SourceNode] = []) {
        self.name = name
        self.attributes = attributes
        self.children = children
    }

    /// The element children named `name`.
    func elements(named name: String) -> [SourceElement] {
        children.compactMap { if case .element(let element) = $0, element.name == name { element } else { nil } }
    }

    /// The attribute called `name`, if written.
    func attribute(_ name: String) -> SourceAttribute? { attributes.first { $0.name == name } }
}

extension SourceTree {
    /// Reads the bytes of a document that libxml2 found well-formed; nil when they are not.
    /// - Complexity: O(n) in the number of bytes.
    static func parse(_ bytes: [UInt8]) -> SourceTree? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = SourceTreeReader(bytes: buffer)
            return reader.document()
        }
    }
}

/// The reader behind `SourceTree.parse`.
private struct SourceTreeReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0
    var open: [SourceElement] = []
    var top: [SourceNode] = []

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func document() -> SourceTree? {
        while offset < bytes.count {
            let start = offset
            if bytes[offset] != UInt8(ascii: "<") {
                while offset < bytes.count, bytes[offset] != UInt8(ascii: "<") { offset += 1 }
                append(.text(string(start..<offset)))
            } else if starts("<!--") {
                offset = SourceScan.skip(bytes, from: offset + 4, past: "-->")
                append(.markup(string(start..<offset)))
            } else if starts("<![CDATA[") {
                offset = SourceScan.skip(bytes, from: offset + 9, past: "]]>")
                append(.markup(string(start..<offset)))
            } else if starts("<?") {
                offset = SourceScan.skip(bytes, from: offset + 2, past: "?>")
                append(.markup(string(start..<offset)))
            } else if starts("<!") {
                offset = SourceScan.skipDeclaration(bytes, from: offset + 2)
                append(.markup(string(start..<offset)))
            } else if starts("</") {
                guard endTag() else { return nil }
            } else {
                guard startTag() else { return nil }
            }
        }
        return open.isEmpty ? SourceTree(nodes: top) : nil
    }

    private mutating func append(_ node: SourceNode) {
        if open.isEmpty { top.append(node) } else { open[open.count - 1].children.append(node) }
    }

    private mutating func endTag() -> Bool {
        offset += 2
        let name = self.name()
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ">"), var element = open.popLast(),
            element.name == name
        else { return false }
        offset += 1
        element.range = element.range.lowerBound..<offset
        append(.element(element))
        return true
    }

    private mutating func startTag() -> Bool {
        let start = offset
        offset += 1
        var element = SourceElement(name())
        guard !element.name.isEmpty else { return false }
        while true {
            skipSpace()
            guard offset < bytes.count else { return false }
            if bytes[offset] == UInt8(ascii: ">") || bytes[offset] == UInt8(ascii: "/") {
                let empty = bytes[offset] == UInt8(ascii: "/")
                offset += empty ? 2 : 1
                guard offset <= bytes.count, bytes[offset - 1] == UInt8(ascii: ">") else { return false }
                element.range = start..<offset
                element.startTagEnd = offset
                if empty { append(.element(element)) } else { open.append(element) }
                return true
            }
            guard let attribute = attribute() else { return false }
            element.attributes.append(attribute)
        }
    }

    private mutating func attribute() -> SourceAttribute? {
        let start = offset
        let name = self.name()
        skipSpace()
        guard !name.isEmpty, offset < bytes.count, bytes[offset] == UInt8(ascii: "=") else { return nil }
        offset += 1
        skipSpace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") || bytes[offset] == UInt8(ascii: "'") else {
            return nil
        }
        let quote = bytes[offset]
        let valueStart = offset + 1
        offset = valueStart
        while offset < bytes.count, bytes[offset] != quote { offset += 1 }
        guard offset < bytes.count else { return nil }
        var raw = string(valueStart..<offset)
        if quote == UInt8(ascii: "'") { raw = raw.map { $0 == "\"" ? "&quot;" : String($0) }.joined() }
        offset += 1
        var attribute = SourceAttribute(name, raw)
        attribute.range = start..<offset
        attribute.valueRange = valueStart..<offset - 1
        attribute.quote = quote
        return attribute
    }

    private mutating func name() -> String {
        let start = offset
        while offset < bytes.count, !Self.isSpace(bytes[offset]),
            ![UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "=")].contains(bytes[offset])
        {
            offset += 1
        }
        return string(start..<offset)
    }

    private mutating func skipSpace() {
        while offset < bytes.count, Self.isSpace(bytes[offset]) { offset += 1 }
    }

    private func starts(_ text: StaticString) -> Bool { SourceScan.starts(bytes, at: offset, with: text) }

    private func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// XML's white space: space, tab, line feed, carriage return.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
