/// A change to something the revision says about itself or about the whole policy.
public struct MetadataChange: Sendable, Equatable {
    /// Which field changed.
    public var field: MetadataField
    /// The old value, as plain text; nil when the field was absent.
    public var old: String?
    /// The new value, as plain text; nil when the field is now absent.
    public var new: String?
    /// The word diff of the two values.
    public var segments: [WordSegment]

    /// Makes a metadata change.
    public init(field: MetadataField, old: String?, new: String?, segments: [WordSegment]) {
        self.field = field
        self.old = old
        self.new = new
        self.segments = segments
    }
}

/// The metadata fields a diff compares, in the order it reports them.
public enum MetadataField: String, Sendable, Equatable, CaseIterable {
    case policy
    case language
    case title
    case publisher
    case effective
    case label
    case summary

    /// True for fields that describe the revision rather than what the policy says.
    public var isAboutTheRevision: Bool {
        switch self {
        case .effective, .label, .summary: true
        case .policy, .language, .title, .publisher: false
        }
    }
}
