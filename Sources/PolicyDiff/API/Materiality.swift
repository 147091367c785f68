import PolicyModel

/// Whether a revision changes what the policy allows, found by comparing the decisions of the
/// two revisions' rules over every request their vocabularies can form.
public struct Materiality: Sendable, Equatable, Codable {
    /// How a revision changes the policy's meaning.
    public enum Classification: String, Sendable, Equatable, Codable {
        /// Some request once denied is now permitted.
        case broadens = "material-broadens"
        /// Some request once permitted is now denied.
        case narrows = "material-narrows"
        /// Both: some requests gain permission, others lose it.
        case broadensAndNarrows = "material-broadens-and-narrows"
        /// No decision changes; the wording changes beyond small edits.
        case clarifying
        /// No decision changes; only small edits to the wording.
        case editorial
        /// No decision and no wording changes.
        case unchanged

        /// The reader's name for the class: "material — broadens", "editorial".
        public var label: String {
            switch self {
            case .broadens: "material — broadens"
            case .narrows: "material — narrows"
            case .broadensAndNarrows: "material — broadens and narrows"
            case .clarifying: "clarifying"
            case .editorial: "editorial"
            case .unchanged: "unchanged"
            }
        }

        /// True for the classes that change a decision.
        public var isMaterial: Bool { [.broadens, .narrows, .broadensAndNarrows].contains(self) }
    }

    public var classification: Classification
    /// How many requests of the compared space changed decision.
    public var flipCount: Int
    /// Requests that changed decision, the most general first, at most `Materiality.exampleLimit`.
    public var flips: [DecisionFlip]

    /// The most flips kept as examples.
    public static let exampleLimit = 20

    public init(classification: Classification, flipCount: Int, flips: [DecisionFlip]) {
        self.classification = classification
        self.flipCount = flipCount
        self.flips = flips
    }
}

/// One request whose decision differs between the two revisions.
public struct DecisionFlip: Sendable, Equatable, Codable {
    /// The request in words: "disclose to financial-institution for marketing, when consent".
    public var request: String
    /// `permit` or `deny` under the old revision.
    public var old: String
    /// `permit` or `deny` under the new revision.
    public var new: String
    /// The clauses of the new revision that now decide it.
    public var citations: [Citation]

    public init(request: String, old: String, new: String, citations: [Citation]) {
        self.request = request
        self.old = old
        self.new = new
        self.citations = citations
    }
}

extension Materiality {
    /// The class, the number of changed decisions and the example flips, as plain-text lines.
    public var textLines: [String] {
        var lines = ["Materiality: \(classification.label)"]
        guard flipCount > 0 else { return lines }
        lines[0] += " (\(flipCount) \(flipCount == 1 ? "request changes" : "requests change") decision)"
        for flip in flips {
            lines.append("  \(flip.old) → \(flip.new): \(flip.request)")
            for citation in flip.citations { lines.append("    \(citation.clause) [\(citation.id)] \(citation.text)") }
        }
        if flipCount > flips.count { lines.append("  … and \(flipCount - flips.count) more") }
        return lines
    }
}
