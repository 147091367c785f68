import Foundation
import PolicyModel

/// Turns links to in-page anchors (`[Information You Provide](#info-you-provide)`) into
/// cross-references to the sections they point at. An anchor finds its section by the anchor the
/// document names on the heading, else by the heading's words (`#a-definitions` finds
/// "A. Definitions", `#1-1-privacy-principles` finds "1.1 Privacy Principles"), else by the
/// link's words when one heading has them.
struct InPageLinks {
    private var byAnchor: [String: ClauseID] = [:]
    private var byKey: [String: ClauseID] = [:]
    /// Keys two headings share: the link's words cannot choose between them.
    private var ambiguous: Set<String> = []

    /// True for a link to an anchor of the same page (`#name`).
    static func isInPage(_ href: String) -> Bool { href.hasPrefix("#") && href.count > 1 }

    /// The letters and digits of a text, lower-cased: what anchors and headings have in common.
    static func key(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }

    /// An index of sections by their headings as written (number included) and as kept, and of
    /// the document's named anchors (anchor to the heading's words as written).
    init(sections: [(written: String, heading: String, id: ClauseID)], anchors: [String: String]) {
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
        for (anchor, written) in anchors {
            if let id = byWritten[written] { byAnchor[anchor] = id }
        }
    }

    /// The section a link points at, when one is found.
    func target(_ href: String, text: String) -> ClauseID? {
        let fragment = String(href.dropFirst())
        let anchor = fragment.removingPercentEncoding ?? fragment
        if let id = byAnchor[anchor] ?? byAnchor[fragment] { return id }
        if let id = byKey[Self.key(anchor)] { return id }
        let words = Self.key(text)
        return ambiguous.contains(words) ? nil : byKey[words]
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
