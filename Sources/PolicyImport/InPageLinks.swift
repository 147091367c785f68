import Foundation
import PolicyModel

/// Turns links to in-page anchors (`[Information You Provide](#info-you-provide)`) into
/// cross-references to the clauses they point at. An anchor finds its clause by the anchor the
/// document names on a heading, paragraph, list item or table row, else by a heading's words
/// (`#a-definitions` finds "A. Definitions", `#1-1-privacy-principles` finds "1.1 Privacy
/// Principles"), else by the link's words when one heading has them or one paragraph or item
/// starts with them in bold ("**Cookies**. We collect …").
struct InPageLinks {
    private var byAnchor: [String: ClauseID] = [:]
    private var byKey: [String: ClauseID] = [:]
    /// Paragraphs and items by the bold words they start with.
    private var byLead: [String: ClauseID] = [:]
    /// Keys two headings (or two lead-ins) share: the link's words cannot choose between them.
    private var ambiguous: Set<String> = []
    private var ambiguousLeads: Set<String> = []
    /// For each element an anchor was found for, the anchor the document names it by (the
    /// first in order of the anchors' names, so that the choice does not depend on hashing).
    private(set) var anchorNames: [ClauseID: String] = [:]

    /// True for a link to an anchor of the same page (`#name`).
    static func isInPage(_ href: String) -> Bool {
        // More than one character, without counting them all.
        href.hasPrefix("#") && href.index(after: href.startIndex) != href.endIndex
    }

    /// True when the content links to an anchor of the same page, at any depth.
    static func hasInPageLink(_ content: [Inline]) -> Bool {
        content.contains { inline in
            switch inline {
            case .link(let href, let children): isInPage(href) || hasInPageLink(children)
            case .emphasis(let children), .strong(let children), .term(let children): hasInPageLink(children)
            case .text, .noteReference, .crossReference, .lineBreak: false
            }
        }
    }

    /// An index of sections by their headings as written (number included) and as kept, of
    /// paragraphs, items and rows (`elements`) by their words and by the bold words they start
    /// with, and of the document's named anchors (anchor to the words of the heading or element
    /// it names, as written).
    init(
        sections: [(written: String, heading: String, id: ClauseID)],
        elements: [(content: [Inline], id: ClauseID)] = [], anchors: [String: String]
    ) {
        var byWritten: [String: ClauseID] = [:]
        for section in sections {
            for key in [TextKeys.letters(section.written), TextKeys.letters(section.heading)] where !key.isEmpty {
                if byKey[key] == nil {
                    byKey[key] = section.id
                } else if byKey[key] != section.id {
                    ambiguous.insert(key)
                }
            }
            if byWritten[section.written] == nil { byWritten[section.written] = section.id }
        }
        // Elements are found by their words only for anchors that name no heading, and most
        // documents have none: only those words are looked for.
        let wanted = Set(anchors.values.filter { byWritten[$0] == nil }.map(TextKeys.letters).filter { !$0.isEmpty })
        // An element whose words are longer than every wanted key's is none of them: its words
        // are read no further.
        let longest = wanted.lazy.map(\.utf8.count).max() ?? 0
        var byText: [String: ClauseID] = [:]
        var sharedText: Set<String> = []
        for element in elements {
            if !wanted.isEmpty, let key = TextKeys.letters(element.content.plainText(), atMost: longest),
                wanted.contains(key)
            {
                if byText[key] == nil { byText[key] = element.id } else { sharedText.insert(key) }
            }
            if let lead = Self.lead(of: element.content) {
                if byLead[lead] == nil { byLead[lead] = element.id } else { ambiguousLeads.insert(lead) }
            }
        }
        for (anchor, written) in anchors.sorted(by: { $0.key < $1.key }) {
            if let id = byWritten[written] {
                byAnchor[anchor] = id
            } else if case let key = TextKeys.letters(written), !sharedText.contains(key), let id = byText[key] {
                byAnchor[anchor] = id
                if anchorNames[id] == nil { anchorNames[id] = anchor }
            }
        }
    }

    /// The key of the bold words an element starts with ("**Cookies**." gives "cookies"), when it
    /// starts with some and has more words after them.
    static func lead(of content: [Inline]) -> String? {
        guard case .strong(let bold)? = content.first, content.count > 1 else { return nil }
        let key = TextKeys.letters(bold.plainText())
        return key.isEmpty ? nil : key
    }

    /// The section a link points at, when one is found.
    func target(_ href: String, text: String) -> ClauseID? {
        let fragment = String(href.dropFirst())
        let anchor = fragment.utf8.contains(UInt8(ascii: "%")) ? fragment.removingPercentEncoding ?? fragment : fragment
        if let id = byAnchor[anchor] ?? byAnchor[fragment] { return id }
        if let id = byKey[TextKeys.letters(anchor)] { return id }
        let words = TextKeys.letters(text)
        if let id = byKey[words] { return ambiguous.contains(words) ? nil : id }
        return ambiguousLeads.contains(words) ? nil : byLead[words]
    }

    /// Content with in-page links replaced: the link's words, then the cross-reference in
    /// parentheses (in place of the number when the words are only a number: "3.1", "section 3");
    /// the words alone, counted in `unresolved`, when no section is found.
    func resolve(_ content: [Inline], unresolved: inout Int) -> [Inline] {
        guard Self.hasInPageLink(content) else { return content }
        var result: [Inline] = []
        var changed = false
        for inline in content {
            switch inline {
            case .link(let href, let children) where Self.isInPage(href):
                changed = true
                let text = children.plainText()
                guard let id = target(href, text: text) else {
                    unresolved += 1
                    result += children
                    continue
                }
                let trimmed = Self.trimmingWhitespace(text)
                let capitalised = trimmed.prefix(1).uppercased() + trimmed.dropFirst()
                if let length = HeadingNumber.prefixLength(capitalised), length == capitalised.count {
                    // "section 3.1": the word stays, the number is the cross-reference's.
                    let word = trimmed.prefix { $0.isLetter }
                    if !word.isEmpty, trimmed.dropFirst(word.count).first == " " { result.append(.text(word + " ")) }
                    result.append(.crossReference(id))
                } else {
                    result += children + [.text(" ("), .crossReference(id), .text(")")]
                }
            case .emphasis(let children): result.append(.emphasis(resolve(children, unresolved: &unresolved)))
            case .strong(let children): result.append(.strong(resolve(children, unresolved: &unresolved)))
            case .term(let children): result.append(.term(resolve(children, unresolved: &unresolved)))
            default: result.append(inline)
            }
        }
        return changed || result != content ? result.normalized : content
    }

    /// The text without the tabs, space separators and zero-width spaces it starts and ends
    /// with (what Foundation's `CharacterSet.whitespaces` holds).
    static func trimmingWhitespace(_ text: String) -> String {
        func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\u{200B}"
                || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
            let last = scalars.lastIndex(where: { !isWhitespace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// Content with in-page links reduced to their words (a heading does not refer to itself).
    static func unwrap(_ content: [Inline]) -> [Inline] {
        var unresolved = 0
        return InPageLinks(sections: [], anchors: [:]).resolve(content, unresolved: &unresolved)
    }
}
