/// One revision of a policy, as one source file holds it.
public struct Policy: Sendable, Hashable, Codable {
    public var id: PolicyID
    /// The BCP 47 language tag of the text (`en`).
    public var language: String
    public var title: [Inline]
    public var publisher: [Inline]
    public var revision: Revision
    /// The terms the policy's rules may use.
    public var vocabulary: [Term]
    /// The numbering styles declared per level; empty for the built-in styles.
    public var numbering: Numbering
    public var preamble: [Block]
    public var sections: [Section]
    public var closing: [Block]
    public var notes: [Note]
    /// Where the `<policy>` element starts.
    public var location: SourceLocation

    /// Makes a policy and numbers its sections, items and notes from their positions.
    public init(
        id: PolicyID, language: String, title: [Inline], publisher: [Inline], revision: Revision,
        vocabulary: [Term] = [], numbering: Numbering = Numbering(), preamble: [Block] = [], sections: [Section],
        closing: [Block] = [], notes: [Note] = [], location: SourceLocation
    ) {
        self.id = id
        self.language = language
        self.title = title
        self.publisher = publisher
        self.revision = revision
        self.vocabulary = vocabulary
        self.numbering = numbering
        self.preamble = preamble
        self.sections = sections
        self.closing = closing
        self.notes = notes
        self.location = location
        renumber()
    }
}

/// What a revision says about itself: when it takes effect and what it changes.
public struct Revision: Sendable, Hashable, Codable {
    /// The day the revision takes effect.
    public var effective: PolicyDate
    /// How the publisher writes the date, when it differs from the plain date ("December, 2012").
    public var label: String?
    /// The author's summary of the revision, for the changelog.
    public var summary: [Inline]?
    /// For a translation, the effective date of the original's revision it translates (the one
    /// it follows); nil in the original language.
    public var translates: PolicyDate?

    public init(effective: PolicyDate, label: String? = nil, summary: [Inline]? = nil, translates: PolicyDate? = nil) {
        self.effective = effective
        self.label = label
        self.summary = summary
        self.translates = translates
    }

    /// The label when there is one, else the long form of the effective date.
    public var displayDate: String { label ?? effective.longDescription }
}
