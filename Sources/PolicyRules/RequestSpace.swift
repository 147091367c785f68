import PolicyModel

/// Every request one or more vocabularies can express: each action × (each purpose or none) ×
/// (each recipient or none) × (each data category or none) × each subset of the facts.
public struct RequestSpace: Sendable, Hashable, Sequence {
    public var actions: [TermID]
    /// The purposes, with `nil` first for "no purpose named"; likewise recipients and data.
    public var purposes: [TermID?]
    public var recipients: [TermID?]
    public var data: [TermID?]
    public var facts: [TermID]

    /// The space of the union of the vocabularies' terms, each kind in first-declared order.
    ///
    /// Pass two revisions' vocabularies to compare their decisions over one space.
    public init(_ vocabularies: [Term]...) {
        self.init(vocabularies: vocabularies)
    }

    /// The space of the union of the vocabularies' terms, each kind in first-declared order.
    public init(vocabularies: [[Term]]) {
        var seen = Set<String>()
        var byKind: [Term.Kind: [TermID]] = [:]
        for term in vocabularies.joined() where seen.insert("\(term.kind.rawValue):\(term.id)").inserted {
            byKind[term.kind, default: []].append(term.id)
        }
        actions = byKind[.action] ?? []
        purposes = [nil] + (byKind[.purpose] ?? [])
        recipients = [nil] + (byKind[.recipient] ?? [])
        data = [nil] + (byKind[.data] ?? [])
        facts = byKind[.fact] ?? []
    }

    /// How many requests the space holds.
    public var count: Int {
        actions.count * purposes.count * recipients.count * data.count * (1 << facts.count)
    }

    /// The request at a position: facts vary fastest (bit *i* of the low part is `facts[i]`), then
    /// data, recipient, purpose and action.
    public func request(at index: Int) -> Request {
        let subsets = 1 << facts.count
        var rest = index
        let mask = rest % subsets
        rest /= subsets
        let datum = data[rest % data.count]
        rest /= data.count
        let recipient = recipients[rest % recipients.count]
        rest /= recipients.count
        let purpose = purposes[rest % purposes.count]
        rest /= purposes.count
        let held = facts.indices.filter { mask & (1 << $0) != 0 }.map { facts[$0] }
        return Request(action: actions[rest], purpose: purpose, recipient: recipient, data: datum, facts: Set(held))
    }

    /// Iterates the requests in index order.
    public func makeIterator() -> AnyIterator<Request> {
        var index = 0
        let total = count
        return AnyIterator {
            guard index < total else { return nil }
            defer { index += 1 }
            return request(at: index)
        }
    }
}

extension RuleSet {
    /// This rule set's decision for every request of a space, in the space's order.
    ///
    /// Diffs decide two revisions over `RequestSpace(old.vocabulary, new.vocabulary)` and compare.
    /// - Complexity: O(*n* · *r*) for *n* requests and *r* rules.
    public func decisions(over space: RequestSpace) -> [(request: Request, decision: Decision)] {
        space.map { ($0, decide($0)) }
    }
}
