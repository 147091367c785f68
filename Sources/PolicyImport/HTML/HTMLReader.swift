internal import CLibXML2
import PolicyModel

/// Reads HTML with libxml2's HTML parser (no network, errors recovered) into raw blocks.
enum HTMLReader {
    /// libxml2's lazy global initialisers race under concurrent use; run them once first.
    private static let initialized: Void = { xmlInitParser() }()

    private static let options = Int32(
        HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_RECOVER.rawValue)

    /// Reads a whole page: the `<main>` element when there is one, else the body.
    static func read(_ bytes: [UInt8], warnings: inout Warnings) -> RawDocument {
        var document = RawDocument(blocks: [])
        withDocument(bytes) { root in
            guard let root else { return }
            let page = HTMLNode(root)
            document.language = page.attribute("lang")
            if let title = page.first(named: "title") {
                var converter = HTMLConverter(warnings: warnings, lineOffset: 0)
                let content = converter.inlines(of: title)
                if !content.isEmpty { document.fallbackTitle = content }
            }
            let content = page.first(named: "main") ?? page.first(named: "body") ?? page
            var converter = HTMLConverter(warnings: warnings, lineOffset: 0)
            document.blocks = converter.blocks(of: content)
            warnings = converter.warnings
        }
        return document
    }

    /// Reads an HTML block found in Markdown, starting at `firstLine` of the Markdown file.
    static func fragment(_ html: String, firstLine: Int, references: [String: String], warnings: inout Warnings) -> [RawBlock] {
        var blocks: [RawBlock] = []
        withDocument(Array(("<html><body>" + html + "</body></html>").utf8)) { root in
            guard let root else { return }
            let page = HTMLNode(root)
            var converter = HTMLConverter(warnings: warnings, lineOffset: firstLine - 1)
            blocks = converter.blocks(of: page.first(named: "body") ?? page)
            warnings = converter.warnings
        }
        return blocks
    }

    private static func withDocument(_ bytes: [UInt8], _ body: (xmlNodePtr?) -> Void) {
        _ = initialized
        guard !bytes.isEmpty else { return body(nil) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { base in
                htmlReadMemory(base, Int32(clamping: bytes.count), "import.html", "UTF-8", options)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }
        body(document.flatMap { xmlDocGetRootElement($0) })
    }
}

/// A read-only view of a libxml2 node; never outlives the document it belongs to.
struct HTMLNode {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }
    var name: String { pointer.pointee.name.map { String(cString: $0).lowercased() } ?? "" }
    var line: Int { Int(xmlGetLineNo(pointer)) }

    var text: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    var children: [HTMLNode] {
        var result: [HTMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            result.append(HTMLNode(node))
            child = node.pointee.next
        }
        return result
    }

    func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { codicil_xml_free(value) }
        return String(cString: value)
    }

    /// The first element with this name, depth first, this node included.
    func first(named wanted: String) -> HTMLNode? {
        if isElement, name == wanted { return self }
        for child in children where child.isElement {
            if let found = child.first(named: wanted) { return found }
        }
        return nil
    }
}
