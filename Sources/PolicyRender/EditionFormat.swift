/// The editions a revision can be rendered to.
public enum EditionFormat: String, Sendable, Hashable, CaseIterable {
    case html
    case markdown = "md"
    case text = "txt"
    case json

    /// The file extension of the edition (`html`, `md`, `txt`, `json`).
    public var fileExtension: String { rawValue }

    /// The folder of `Templates/` that holds the edition's templates; nil for JSON, which has none.
    public var templateFolder: String? {
        switch self {
        case .html: "html"
        case .markdown: "markdown"
        case .text: "text"
        case .json: nil
        }
    }
}
