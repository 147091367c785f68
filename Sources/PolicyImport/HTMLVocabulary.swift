/// What the importer knows about HTML: element names, block elements and character references.
enum HTMLVocabulary {
    /// Every HTML element name; a `<word>` whose name is not here is text, not a tag.
    static let elements: Set<String> = [
        "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "body", "br", "button",
        "caption", "center", "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt",
        "em", "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "li", "link", "main",
        "mark", "meta", "nav", "noscript", "ol", "p", "picture", "pre", "q", "s", "section", "small", "source",
        "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template",
        "tfoot", "th", "thead", "time", "title", "tr", "tt", "u", "ul", "var", "wbr", "script", "select",
        "option", "textarea", "video", "audio", "object", "embed", "canvas", "dialog", "menu", "data",
    ]

    /// Elements that start an HTML block in Markdown.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "details", "dialog", "dd", "div", "dl",
        "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul", "script", "style", "iframe", "noscript", "template",
    ]

    /// Elements whose content is never policy text.
    static let dropped: Set<String> = [
        "script", "style", "nav", "noscript", "template", "head", "iframe", "svg", "button", "form", "select",
        "option", "textarea", "input", "video", "audio", "object", "embed", "canvas", "link", "meta", "title",
    ]

    /// True when `name`, as written, is an HTML element: lower or upper case, and known.
    static func isElement(_ name: Substring) -> Bool {
        guard name == name.lowercased() || name == name.uppercased() else { return false }
        return elements.contains(name.lowercased())
    }
}
