/// An HTML start or end tag written inline, as the text between `<` and `>`.
struct HTMLTag {
    var name: String
    var closing: Bool
    var attributes: [String: String]

    /// Reads a tag; nil unless it names a known HTML element (`<Data Protection Officer>` is text).
    init?(_ inside: String) {
        var rest = Substring(inside)
        closing = rest.hasPrefix("/")
        if closing { rest = rest.dropFirst() }
        let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard let first = name.first, first.isLetter, HTMLVocabulary.isElement(name) else { return nil }
        rest = rest.dropFirst(name.count)
        guard rest.isEmpty || rest.first!.isWhitespace || rest.first == "/" else { return nil }
        self.name = name.lowercased()
        attributes = HTMLTag.attributes(in: rest)
    }

    /// The value of an attribute, when present.
    func attribute(_ name: String) -> String? { attributes[name] }

    private static func attributes(in text: Substring) -> [String: String] {
        var result: [String: String] = [:]
        var rest = text
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != "/" }
            guard !name.isEmpty else { return result }
            rest = rest.dropFirst(name.count).drop { $0.isWhitespace }
            var value = ""
            if rest.first == "=" {
                rest = rest.dropFirst().drop { $0.isWhitespace }
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    let body = rest.dropFirst()
                    let stop = body.firstIndex(of: quote) ?? body.endIndex
                    value = String(body[..<stop])
                    rest = stop < body.endIndex ? body[body.index(after: stop)...] : body[stop...]
                } else {
                    let word = rest.prefix { !$0.isWhitespace }
                    value = String(word)
                    rest = rest.dropFirst(word.count)
                }
            }
            result[name.lowercased()] = value
        }
    }
}
