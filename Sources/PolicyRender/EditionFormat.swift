/// The editions a revision can be rendered to.
public enum EditionFormat: String, Sendable, Hashable, CaseIterable {
    case html
    case markdown = "md"
    case text = "txt"
    case json

    /// The file extension of the edition (`html`, `md`, `txt`, `json`).
    public var fileExtension: String { rawValue }
}
