internal import CLibXML2

/// A read-only view of one libxml2 node; valid only while its document is alive.
struct XMLNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }
    var isEntityReference: Bool { pointer.pointee.type == XML_ENTITY_REF_NODE }

    /// The local name of an element.
    var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

    /// Whether the local name is `name`, asked without making a string of it.
    func hasName(_ name: StaticString) -> Bool {
        guard let own = pointer.pointee.name, own.pointee == name.utf8Start.pointee else { return false }
        return xmlStrEqual(own, name.utf8Start) != 0
    }

    /// The name as written in the source, with its prefix if it has one.
    var qualifiedName: String {
        guard let prefix = pointer.pointee.ns?.pointee.prefix else { return name }
        return String(cString: prefix) + ":" + name
    }

    /// The namespace URI of an element, if any.
    var namespace: String? { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// Whether the element is in the policy namespace (`namespace == PolicySchema.namespace`),
    /// asked without making a string of its URI.
    var isInPolicyNamespace: Bool {
        guard let href = pointer.pointee.ns?.pointee.href else { return false }
        var policy = PolicySchema.namespace
        return policy.withUTF8 { own in
            var at = 0
            while at < own.count, href[at] == own[at] { at += 1 }
            return at == own.count && href[at] == 0
        }
    }

    /// The 1-based line the node starts on.
    var line: Int { Int(xmlGetLineNo(pointer)) }

    /// The text of a text node.
    var text: String { pointer.pointee.content.map { String(cString: $0) } ?? "" }

    /// The UTF-8 bytes of a text node's text, valid while the document is.
    var textBytes: UnsafeBufferPointer<UInt8> {
        guard let content = pointer.pointee.content else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
    }

    var children: [XMLNode] {
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            result.append(XMLNode(pointer: node))
            child = node.pointee.next
        }
        return result
    }

    var elementChildren: [XMLNode] {
        // One pass over the sibling list: every check and builder step asks for it.
        var result: [XMLNode] = []
        var child = pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { result.append(XMLNode(pointer: node)) }
            child = node.pointee.next
        }
        return result
    }

    /// Appends the element children to `nodes`, in document order or, `reversed`, the other way,
    /// without an array of their own (the walks over a whole document take every element).
    func appendElementChildren(to nodes: inout [XMLNode], reversed: Bool = false) {
        var child = reversed ? pointer.pointee.last : pointer.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE { nodes.append(XMLNode(pointer: node)) }
            child = reversed ? node.pointee.prev : node.pointee.next
        }
    }

    /// The value of an attribute without a namespace, or nil when absent.
    func attribute(_ name: String) -> String? {
        guard let value = xmlGetNoNsProp(pointer, name) else { return nil }
        defer { codicil_xml_free(value) }
        return String(cString: value)
    }

    /// Whether the element has attribute `name` without a namespace (`attribute(name) != nil`).
    func hasAttribute(_ name: String) -> Bool {
        xmlHasNsProp(pointer, name, nil) != nil
    }

    /// Every attribute of an element as written (`xml:lang` with its prefix), with its value.
    var attributes: [(name: String, value: String)] {
        var result: [(String, String)] = []
        var attribute = pointer.pointee.properties
        while let current = attribute {
            var name = current.pointee.name.map { String(cString: $0) } ?? ""
            if let prefix = current.pointee.ns?.pointee.prefix { name = String(cString: prefix) + ":" + name }
            var value = ""
            if let text = xmlNodeListGetString(pointer.pointee.doc, current.pointee.children, 1) {
                value = String(cString: text)
                codicil_xml_free(text)
            }
            result.append((name, value))
            attribute = current.pointee.next
        }
        return result
    }

    /// Whether some attribute value may hold a control character: a value not held as plain
    /// text, or one with a byte below 0x20, 0x7F, or 0xC2 (the lead byte of U+0080…U+009F).
    /// False means none does; true asks `attributes` to tell.
    var mayHaveControlCharacters: Bool {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            var child = current.pointee.children
            while let node = child {
                guard node.pointee.type == XML_TEXT_NODE else { return true }
                if let content = node.pointee.content {
                    var byte = content
                    while byte.pointee != 0 {
                        if byte.pointee < 0x20 || byte.pointee == 0x7F || byte.pointee == 0xC2 { return true }
                        byte += 1
                    }
                }
                child = node.pointee.next
            }
            attribute = current.pointee.next
        }
        return false
    }

    /// The value of `xml:lang` on this element.
    var xmlLang: String? {
        guard let value = xmlGetNsProp(pointer, "lang", "http://www.w3.org/XML/1998/namespace") else { return nil }
        defer { codicil_xml_free(value) }
        return String(cString: value)
    }
}
