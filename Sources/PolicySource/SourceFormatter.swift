import PolicyModel

/// What `codicil fmt` does to one source: lays it out as `SourceLayout` does, keeping every
/// character of its text, its comments and what it means.
public enum SourceFormatter {
    /// What formatting one source gave.
    public struct Result: Sendable {
        /// The source in the canonical layout; nil when it has an error.
        public var text: String?
        /// The errors that kept it from being formatted.
        public var diagnostics: [Diagnostic]
    }

    /// Formats source bytes; `path` is used only in diagnostics. The line breaks written inside
    /// text are kept unless `rewrap`, which fills every text anew. A source with an error is not
    /// formatted, and neither is one whose layout would change the policy it reads as.
    public static func format(bytes: [UInt8], path: String, rewrap: Bool = false) -> Result {
        let parsed = PolicyParser.parse(bytes: bytes, path: path)
        let errors = parsed.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let policy = parsed.policy else { return Result(text: nil, diagnostics: errors) }
        let whole = SourceLocation(file: path, line: 0)
        guard let tree = SourceTree.parse(bytes) else {
            return Result(
                text: nil,
                diagnostics: [Diagnostic(.error, "fmt", "the source could not be read for formatting", at: whole)])
        }
        let layout = SourceLayout.text(of: tree.nodes, rewrap: rewrap)
        let source = SourceText(path: path, bytes: bytes)
        let glued = layout.gluedBlocks.map { block in
            Diagnostic(
                .error, "fmt-glued",
                "<\(block.name)> stands between two words with no space on either side, so it cannot have a line of its own; add a space before or after it",
                at: source.location(offset: block.offset))
        }
        guard glued.isEmpty else { return Result(text: nil, diagnostics: glued) }
        let formatted = PolicyParser.parse(bytes: Array(layout.text.utf8), path: path).policy
        guard let formatted, PolicyWriter.source(of: formatted) == PolicyWriter.source(of: policy) else {
            let message =
                "formatting would change what the policy says, so the file is left as it is; please report this"
            return Result(text: nil, diagnostics: [Diagnostic(.error, "fmt", message, at: whole)])
        }
        return Result(text: layout.text, diagnostics: [])
    }
}
