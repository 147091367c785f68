import PolicyDiff
import PolicyRender
import PolicyRules

/// The redlines of a change set through the built-in templates, as `codicil diff` prints them.
extension ChangeSet {
    /// The built-in renderer; nil would make every redline empty, which every test sees.
    private static let renderer = try? PolicyRenderer()

    /// The plain-text redline, with `materiality` when given.
    func text(colour: Bool = false, materiality: Materiality? = nil) -> String {
        Self.renderer?.redline(self, assessment: materiality, as: .text(colour: colour)) ?? ""
    }

    /// The Markdown redline, with `materiality` when given.
    func markdown(materiality: Materiality? = nil) -> String {
        Self.renderer?.redline(self, assessment: materiality, as: .markdown) ?? ""
    }

    /// The standalone HTML redline page, with `materiality` when given.
    func html(language: String = "en", materiality: Materiality? = nil) -> String {
        Self.renderer?.redline(self, assessment: materiality, as: .html, language: language) ?? ""
    }
}
