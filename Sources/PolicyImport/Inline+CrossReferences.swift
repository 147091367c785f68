import PolicyModel

extension Array where Element == Inline {
    /// The content with cross-references to the keys of `names` pointing at their values instead.
    func replacingCrossReferences(_ names: [ClauseID: ClauseID]) -> [Inline] {
        map { inline in
            switch inline {
            case .crossReference(let id): .crossReference(names[id] ?? id)
            case .emphasis(let children): .emphasis(children.replacingCrossReferences(names))
            case .strong(let children): .strong(children.replacingCrossReferences(names))
            case .term(let children): .term(children.replacingCrossReferences(names))
            case .link(let href, let children): .link(href: href, content: children.replacingCrossReferences(names))
            case .text, .noteReference, .lineBreak: inline
            }
        }
    }
}
