import PolicyModel

/// Whether a revision changes what the policy allows, found by comparing the decisions of the
/// two revisions' rules over every request their vocabularies can form.
public struct Materiality: Sendable, Equatable {
    /// How a revision changes the policy's meaning.
    public enum Classification: String, Sendable, Equatable {
        /// Some request once denied is now permitted.
        case broadens = "material-broadens"
        /// Some request once permitted is now denied.
        case narrows = "material-narrows"
        /// Both: some requests gain permission, others lose it.
        case broadensAndNarrows = "material-broadens-and-narrows"
        /// No decision changes, but the words of a clause that carries rules changed while its
        /// rules did not: what the words now say may differ from what the rules decide.
        case needsReview = "needs-review"
        /// No decision changes; the wording changes beyond small edits.
        case clarifying
        /// No decision changes; only small edits to the wording.
        case editorial
        /// No decision and no wording changes.
        case unchanged
        /// Neither revision carries rules, so nothing tells whether the wording changes a decision.
        case notAssessed = "not-assessed"

        /// True for the classes that change a decision.
        public var isMaterial: Bool { [.broadens, .narrows, .broadensAndNarrows].contains(self) }
    }

    public var classification: Classification
    /// How many requests of the compared space changed decision.
    public var flipCount: Int
    /// Requests that changed decision, the most general first, at most `Materiality.exampleLimit`.
    public var flips: [DecisionFlip]

    /// Clauses that carry rules whose words changed while their rules did not, in the new
    /// revision's order: each needs a person to check that the rules still say what the words do.
    public var reviews: [RuleReview]

    /// The most flips kept as examples.
    public static let exampleLimit = 20

    public init(classification: Classification, flipCount: Int, flips: [DecisionFlip], reviews: [RuleReview] = []) {
        self.classification = classification
        self.flipCount = flipCount
        self.flips = flips
        self.reviews = reviews
    }
}

/// A clause that carries rules and whose words changed while its rules did not.
public struct RuleReview: Sendable, Equatable {
    /// How a reader cites the clause in the new revision (`4 (1)`).
    public var clause: String
    /// The clause's id.
    public var id: ClauseID
    /// How many rules the clause carries.
    public var rules: Int

    public init(clause: String, id: ClauseID, rules: Int) {
        self.clause = clause
        self.id = id
        self.rules = rules
    }
}

/// One request whose decision differs between the two revisions.
public struct DecisionFlip: Sendable, Equatable {
    /// The request in words: "disclose to financial-institution for marketing, when consent".
    public var request: String
    /// `permit` or `deny` under the old revision.
    public var old: String
    /// `permit` or `deny` under the new revision.
    public var new: String
    /// The clauses of the new revision that now decide it.
    public var citations: [Citation]
    /// The request itself, for words in another language than `request`'s; nil when unknown.
    public var asked: Request?

    public init(request: String, old: String, new: String, citations: [Citation], asked: Request? = nil) {
        self.request = request
        self.old = old
        self.new = new
        self.citations = citations
        self.asked = asked
    }
}
