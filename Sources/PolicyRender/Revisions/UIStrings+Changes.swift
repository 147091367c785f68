import PolicyDiff
import PolicyModel

extension UIStrings {
    /// The built-in English table: the words of a revision format given no language.
    public static let english: UIStrings = StringTables.builtInTable(for: "en")

    /// A citation in this language: the containers' names (`Preamble`, `Closing`), paragraph
    /// marks (` ¶2`) and bullets (`(bullet 3)`) as the table writes them (`前文の第1段落`).
    func citation(_ citation: String) -> String {
        guard citation.contains(where: { $0 == "¶" || $0 == "P" || $0 == "C" || $0 == "(" }) else { return citation }
        var result = ""
        var rest = Substring(citation)
        func number(after prefix: String, closing: String = "") -> (String, Substring)? {
            guard rest.hasPrefix(prefix) else { return nil }
            let after = rest.dropFirst(prefix.count)
            let digits = after.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, after.dropFirst(digits.count).hasPrefix(closing) else { return nil }
            return (String(digits), after.dropFirst(digits.count + closing.count))
        }
        // Each pattern is tried only where its first character stands.
        while let first = rest.first {
            if first == " ", let (n, after) = number(after: " ¶") {
                result += text("paragraphMark", ["n": n])
                rest = after
            } else if first == "(", let (n, after) = number(after: "(bullet ", closing: ")") {
                result += text("bulletMark", ["n": n])
                rest = after
            } else if first == "P" || first == "C", let (word, key) = Self.containerNames.first(where: {
                rest.hasPrefix($0.0) && !(result.last?.isLetter ?? false)
                    && !(rest.dropFirst($0.0.count).first?.isLetter ?? false)
            }) {
                result += text(key)
                rest = rest.dropFirst(word.count)
            } else {
                result.append(first)
                rest = rest.dropFirst()
            }
        }
        return result
    }

    /// The containers a citation names in English, and their keys in a table.
    private static let containerNames = [("Preamble", "preamble"), ("Closing", "closing")]

    /// `a`, `a and b`, `a, b and c`.
    func list(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: text("listComma")) + text("listAnd") + last
    }

    /// ` (text)` after what it explains, in the language's brackets.
    func parenthesized(_ inner: String) -> String { text("parenthesized", ["text": inner]) }

    /// The reader's word for a kind of block: `section`, `list item`; plural `sections`.
    func noun(_ element: ElementKind, plural: Bool) -> String {
        let key =
            switch element {
            case .section: "nounSection"
            case .paragraph: "nounParagraph"
            case .item: "nounItem"
            case .row: "nounRow"
            case .note: "nounNote"
            }
        return text(plural ? key + "s" : key)
    }

    /// The word for a kind of change: `added`, `moved`.
    func kindWord(_ kind: ChangeKind) -> String {
        switch kind {
        case .added: text("kindAdded")
        case .removed: text("kindRemoved")
        case .modified: text("kindModified")
        case .moved: text("kindMoved")
        case .renumbered: text("kindRenumbered")
        case .merged: text("kindMerged")
        case .split: text("kindSplit")
        }
    }

    /// What happened, beside the number: `modified, now a list item`, `moved from 4 to the
    /// policy and edited`, `renumbered (6 sections)`.
    func kindLine(_ change: Change) -> String {
        var line = kindWord(change.kind)
        if change.kind == .moved, change.move == .reparented {
            line = text("kindMovedFrom", ["from": parentName(change.oldParent), "to": parentName(change.newParent)])
        }
        if [.moved, .merged, .split].contains(change.kind), change.textChanged {
            line = text("kindAndEdited", ["kind": line])
        }
        if change.kind == .renumbered, change.runLength > 1 {
            line = text(
                "kindRun",
                ["kind": line, "count": String(change.runLength), "things": noun(change.element, plural: true)])
        }
        if change.oldElement != nil {
            line = text("kindNowA", ["kind": line, "noun": noun(change.element, plural: false)])
        }
        return line
    }

    /// A parent's citation as a reader names it: `the policy` for the top level.
    func parentName(_ citation: String?) -> String {
        guard let citation else { return "" }
        return citation == "Sections" ? text("topLevel") : self.citation(citation)
    }

    /// A note's number with its word (`note 3`); other numbers as they are.
    func numbered(_ number: String, for change: Change) -> String {
        change.element == .note ? text("noteNumber", ["number": number]) : number
    }

    /// Where the block stands, old → new: `note 3`, `4 (5) → 4 (6)`, `5 ¶2 + 5 ¶3 → 5 ¶2`.
    func numberLine(_ change: Change) -> String {
        switch change.kind {
        case .added: return numbered(citation(change.newNumber ?? ""), for: change)
        case .removed: return numbered(citation(change.oldNumber ?? ""), for: change)
        default:
            let from = citation(change.shownOldNumber)
            let to = citation(change.shownNewNumber)
            return numbered(from == to ? to : "\(from) → \(to)", for: change)
        }
    }

    /// The heading a change stands under: its section's number and heading, or its container
    /// (`Preamble`, `Closing`, `Notes`, `The policy`).
    func context(_ change: Change) -> String {
        if (change.kind == .removed ? change.oldSection : change.newSection) != nil { return change.context }
        if change.element == .note { return text("notes") }
        let context = change.context
        return context == "The policy" ? text("thePolicy") : citation(context)
    }

    /// A revision's date for a title: `2013-04-01 (April 2013)` when it has a label.
    func date(_ reference: RevisionReference) -> String {
        reference.effective + (reference.label.map(parenthesized) ?? "")
    }

    /// A metadata field's name: `effective`, `title`.
    func field(_ field: MetadataField) -> String {
        let name = field.rawValue
        return text("field" + name.prefix(1).uppercased() + name.dropFirst())
    }

    /// The markup in words, outermost first (`emphasis + link <https://…>`, or `plain`);
    /// `address` writes a link's target.
    func described(_ marks: [Mark], address: (String) -> String = { "<\($0)>" }) -> String {
        guard !marks.isEmpty else { return text("markPlain") }
        return marks.map { mark in
            if let href = mark.href { return text("markLink", ["address": address(href)]) }
            let name = mark.kind == .link ? "linked" : mark.kind.rawValue
            return text("mark" + name.prefix(1).uppercased() + name.dropFirst())
        }.joined(separator: text("markJoin"))
    }
}
