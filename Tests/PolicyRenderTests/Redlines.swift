import PolicyDiff
import PolicyRender

/// The redlines of a change set through the built-in templates, as `codicil diff` prints them.
extension ChangeSet {
    /// The built-in renderer; nil would make every redline empty, which every test sees.
    private static let renderer = try? PolicyRenderer()

    /// The plain-text redline.
    func text(colour: Bool = false) -> String {
        Self.renderer?.redline(self, assessment: materiality, as: .text(colour: colour)) ?? ""
    }

    /// The Markdown redline.
    func markdown() -> String {
        Self.renderer?.redline(self, assessment: materiality, as: .markdown) ?? ""
    }

    /// The standalone HTML redline page.
    func html(language: String = "en") -> String {
        Self.renderer?.redline(self, assessment: materiality, as: .html, language: language) ?? ""
    }
}
