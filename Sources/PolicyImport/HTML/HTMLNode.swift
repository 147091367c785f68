/// An element or a run of text of a parsed HTML page, copied out of the parser's tree.
struct HTMLNode {
    let isElement: Bool
    /// The lowercase element name; empty for text.
    let name: String
    /// The text, with character references decoded; empty for elements.
    let text: String
    /// The line of the start tag or text, 1-based; 0 for elements the parser inserted.
    let line: Int
    let attributes: [String: String]
    var children: [HTMLNode]

    /// Makes an element.
    init(element name: String, line: Int, attributes: [String: String], children: [HTMLNode]) {
        self.isElement = true
        self.name = name
        self.text = ""
        self.line = line
        self.attributes = attributes
        self.children = children
    }

    /// Makes a run of text.
    init(text: String, line: Int) {
        self.isElement = false
        self.name = ""
        self.text = text
        self.line = line
        self.attributes = [:]
        self.children = []
    }

    var isText: Bool { !isElement }

    /// The value of an attribute, when present.
    func attribute(_ name: String) -> String? { attributes[name] }

    /// The first element with this name, depth first, this node included.
    func first(named wanted: String) -> HTMLNode? {
        if isElement, name == wanted { return self }
        for child in children where child.isElement {
            if let found = child.first(named: wanted) { return found }
        }
        return nil
    }
}
