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
