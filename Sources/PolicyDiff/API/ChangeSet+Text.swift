extension [Mark] {
    /// The markup in words, outermost first (`emphasis + link <https://…>`, or `plain`);
    /// `address` writes a link's target.
    public func described(address: (String) -> String = { "<\($0)>" }) -> String {
        isEmpty ? "plain" : map { $0.href.map { "link " + address($0) } ?? $0.kind.rawValue }.joined(separator: " + ")
    }
}

extension Change {
    /// The heading the change is shown under in every format: its section's number and heading,
    /// or its container (`Preamble`, `Closing`, `Notes`).
    public var context: String {
        let useNew = kind != .removed
        let section = useNew ? newSection : oldSection
        let heading = useNew ? newHeading : oldHeading
        if let section { return [section, heading].compactMap { $0 }.joined(separator: " ") }
        if element == .note { return "Notes" }
        let parent = (useNew ? newParent : oldParent) ?? ""
        if parent == "Sections" { return "The policy" }
        return parent.split(separator: " ").first.map(String.init) ?? parent
    }

    /// True when the change's words are worth showing (not for a renumbering or an unedited section).
    public var showsText: Bool {
        kind != .renumbered && (element != .section || textChanged)
    }
}

extension ChangeKind {
    /// The sign that starts the change's line in text output.
    public var sign: String {
        switch self {
        case .added: "+"
        case .removed: "-"
        case .modified: "~"
        case .moved: ">"
        case .renumbered: "#"
        case .merged: "&"
        case .split: "/"
        }
    }
}
