/// The id of a vocabulary term: an action, purpose, recipient, data category or fact.
public struct TermID: StringIdentifier {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// One word of a policy's rule vocabulary, declared once and used by rules.
public struct Term: Sendable, Hashable, Codable {
    /// What a term names.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case action
        case purpose
        case recipient
        case data
        case fact
    }

    public var id: TermID
    public var kind: Kind
    /// The words the policy uses for it ("business partner").
    public var label: String
    /// The matching W3C Data Privacy Vocabulary term (`dpv:Marketing`), if any.
    public var dpv: String?
    /// The note or clause that defines the term, if any.
    public var definedIn: String?
    public var location: SourceLocation

    public init(
        id: TermID, kind: Kind, label: String, dpv: String? = nil, definedIn: String? = nil, location: SourceLocation
    ) {
        self.id = id
        self.kind = kind
        self.label = label
        self.dpv = dpv
        self.definedIn = definedIn
        self.location = location
    }
}

/// A machine-readable rule carried by a clause.
public struct Rule: Sendable, Hashable, Codable {
    /// What a rule does when it matches a request.
    public enum Effect: String, Sendable, Hashable, Codable {
        /// Allows the request, unless a `forbid` rule also matches.
        case permit
        /// Refuses the request, whatever permits it.
        case forbid
        /// States, for citation, that the clause sets the default (deny) for its actions.
        case denyByDefault = "deny-by-default"
    }

    public var effect: Effect
    /// The actions it covers; a request's action must be one of them.
    public var actions: [TermID]
    /// When not empty, the request's purpose must be one of these.
    public var purposes: [TermID]
    /// When not empty, the request's recipient must be one of these.
    public var recipients: [TermID]
    /// When not empty, the request's data category must be one of these.
    public var data: [TermID]
    /// Facts that must all hold.
    public var requires: [TermID]
    /// Facts none of which may hold.
    public var unless: [TermID]
    public var location: SourceLocation

    public init(
        effect: Effect, actions: [TermID], purposes: [TermID] = [], recipients: [TermID] = [], data: [TermID] = [],
        requires: [TermID] = [], unless: [TermID] = [], location: SourceLocation
    ) {
        self.effect = effect
        self.actions = actions
        self.purposes = purposes
        self.recipients = recipients
        self.data = data
        self.requires = requires
        self.unless = unless
        self.location = location
    }
}
