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
    static func isInPage(_ href: String) -> Bool { href.hasPrefix("#") && href.count > 1 }

    /// The letters and digits of a text, lower-cased: what anchors and headings have in common.
    static func key(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: letters lower-cased and digits kept, without Unicode property lookups.
            let bytes = text.utf8.compactMap { byte -> UInt8? in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
                default: nil
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(
            text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
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
            for key in [Self.key(section.written), Self.key(section.heading)] where !key.isEmpty {
                if byKey[key] == nil {
                    byKey[key] = section.id
                } else if byKey[key] != section.id {
                    ambiguous.insert(key)
                }
            }
            if byWritten[section.written] == nil { byWritten[section.written] = section.id }
        }
        var byText: [String: ClauseID] = [:]
        var sharedText: Set<String> = []
        for element in elements {
            let key = Self.key(element.content.plainText())
            if !key.isEmpty {
                if byText[key] == nil { byText[key] = element.id } else { sharedText.insert(key) }
            }
            if let lead = Self.lead(of: element.content) {
                if byLead[lead] == nil { byLead[lead] = element.id } else { ambiguousLeads.insert(lead) }
            }
        }
        for (anchor, written) in anchors.sorted(by: { $0.key < $1.key }) {
            if let id = byWritten[written] {
                byAnchor[anchor] = id
            } else if case let key = Self.key(written), !sharedText.contains(key), let id = byText[key] {
                byAnchor[anchor] = id
                if anchorNames[id] == nil { anchorNames[id] = anchor }
            }
        }
    }

    /// The key of the bold words an element starts with ("**Cookies**." gives "cookies"), when it
    /// starts with some and has more words after them.
    static func lead(of content: [Inline]) -> String? {
        guard case .strong(let bold)? = content.first, content.count > 1 else { return nil }
        let key = Self.key(bold.plainText())
        return key.isEmpty ? nil : key
    }

    /// The section a link points at, when one is found.
    func target(_ href: String, text: String) -> ClauseID? {
        let fragment = String(href.dropFirst())
        let anchor = fragment.removingPercentEncoding ?? fragment
        if let id = byAnchor[anchor] ?? byAnchor[fragment] { return id }
        if let id = byKey[Self.key(anchor)] { return id }
        let words = Self.key(text)
        if let id = byKey[words] { return ambiguous.contains(words) ? nil : id }
        return ambiguousLeads.contains(words) ? nil : byLead[words]
    }

    /// Content with in-page links replaced: the link's words, then the cross-reference in
    /// parentheses (in place of the number when the words are only a number: "3.1", "section 3");
    /// the words alone, counted in `unresolved`, when no section is found.
    func resolve(_ content: [Inline], unresolved: inout Int) -> [Inline] {
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
                let trimmed = text.trimmingCharacters(in: .whitespaces)
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

    /// Content with in-page links reduced to their words (a heading does not refer to itself).
    static func unwrap(_ content: [Inline]) -> [Inline] {
        var unresolved = 0
        return InPageLinks(sections: [], anchors: [:]).resolve(content, unresolved: &unresolved)
    }
}
