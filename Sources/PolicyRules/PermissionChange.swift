import PolicyDiff
import PolicyModel

/// What a revision newly permits or no longer permits, for one action, purpose, recipient and set
/// of facts: the decision flips of a material revision grouped as a reader asks about them,
/// listing the data categories concerned.
public struct PermissionChange: Sendable, Hashable {
    /// Which way the decisions flipped.
    public enum Direction: String, Sendable, Hashable {
        /// Denied before, permitted now.
        case nowPermitted = "now-permitted"
        /// Permitted before, denied now.
        case noLongerPermitted = "no-longer-permitted"
    }

    /// Whether the requests are now permitted or no longer permitted.
    public var direction: Direction
    /// The action asked about (`disclose`).
    public var action: TermID
    /// The purpose; nil when the change holds whatever the purpose.
    public var purpose: TermID?
    /// The recipient; nil when the change holds whatever the recipient.
    public var recipient: TermID?
    /// The data categories, in vocabulary order; empty when the change holds whatever the data.
    public var data: [TermID]
    /// The facts that must hold for the change to apply (none: it applies unconditionally).
    public var facts: [TermID]
    /// The clauses of the new revision that now decide, in document order.
    public var citations: [Citation]

    public init(
        direction: Direction, action: TermID, purpose: TermID? = nil, recipient: TermID? = nil, data: [TermID] = [],
        facts: [TermID] = [], citations: [Citation] = []
    ) {
        self.direction = direction
        self.action = action
        self.purpose = purpose
        self.recipient = recipient
        self.data = data
        self.facts = facts
        self.citations = citations
    }
}

extension PermissionChange {
    /// The requests whose decision differs between two revisions' rules, grouped: one change per
    /// direction, action, purpose, recipient and facts, listing the data categories. Each
    /// combination of terms some rule names is compared with the fewest facts that flip it; a
    /// flip that a more general one (any purpose, recipient or data, with no more facts) already
    /// states is left out.
    /// Ordered by direction (now permitted first), then by the vocabulary's order of the terms.
    ///
    /// Nil when the comparison is too large to make (as `Materiality.assess` would be).
    /// - Complexity: O(r × (a × p′ × c′ × d′) × 2^f″), as `Materiality.assess`.
    public static func changes(from old: RuleSet, to new: RuleSet) -> [PermissionChange]? {
        guard let flips = minimalFlips(old, new) else { return nil }
        let space = RequestSpace(vocabularies: [old.vocabulary, new.vocabulary])
        var factsByCell: [Flip: [Set<TermID>]] = [:]
        for flip in flips { factsByCell[flip.cell, default: []].append(flip.request.facts) }
        let kept = flips.filter { !isRestated($0, in: factsByCell) }
        var groups: [GroupKey: [Flip]] = [:]
        for flip in kept { groups[GroupKey(flip), default: []].append(flip) }
        return groups.map { key, members -> (GroupKey, PermissionChange) in
            let sorted = members.sorted {
                space.order($0.request.data, in: space.data) < space.order($1.request.data, in: space.data)
            }
            let data = sorted.compactMap(\.request.data)
            var seen = Set<ClauseID>()
            let citations = sorted.flatMap { new.decide($0.request).citations }.filter { seen.insert($0.id).inserted }
            let order = Dictionary(new.rules.map { ($0.citation.id, $0.index) }, uniquingKeysWith: min)
            return (
                key,
                PermissionChange(
                    direction: key.direction, action: key.action, purpose: key.purpose, recipient: key.recipient,
                    data: sorted.contains { $0.request.data == nil } ? [] : data,
                    facts: space.facts.filter(key.facts.contains),
                    citations: citations.sorted { order[$0.id, default: .max] < order[$1.id, default: .max] })
            )
        }
        .sorted { space.isOrdered($0.0, before: $1.0) }
        .map(\.1)
    }

    /// One request whose decision flipped, with the fewest facts that flip its combination.
    struct Flip: Hashable {
        var direction: Direction
        var request: Request

        /// The flip's direction and combination of terms, without its facts.
        var cell: Flip {
            var request = request
            request.facts = []
            return Flip(direction: direction, request: request)
        }
    }

    /// For each combination of named terms and each direction, the flip with the fewest facts
    /// (then the first in fact order); nil when the work is too large.
    static func minimalFlips(_ old: RuleSet, _ new: RuleSet) -> Set<Flip>? {
        let full = RequestSpace(vocabularies: [old.vocabulary, new.vocabulary])
        let rules = old.rules.map(\.rule) + new.rules.map(\.rule)
        let isNew = old.rules.map { _ in false } + new.rules.map { _ in true }
        let named = NamedTerms(rules)
        func kept(_ values: [TermID?], _ names: Set<TermID>) -> [TermID?] {
            [nil] + values.compactMap { $0 }.filter(names.contains)
        }
        func admits(_ list: [TermID], _ value: TermID?) -> Bool { list.isEmpty || value.map(list.contains) == true }
        var flips = Set<Flip>()
        var work = 0
        for action in full.actions {
            let forAction = rules.indices.filter { rules[$0].actions.contains(action) }
            for purpose in kept(full.purposes, named.purposes) {
                let forPurpose = forAction.filter { admits(rules[$0].purposes, purpose) }
                for recipient in kept(full.recipients, named.recipients) {
                    let forRecipient = forPurpose.filter { admits(rules[$0].recipients, recipient) }
                    for datum in kept(full.data, named.data) {
                        let applying = forRecipient.filter { admits(rules[$0].data, datum) }
                        let facts = full.facts.filter { fact in
                            applying.contains { rules[$0].requires.contains(fact) || rules[$0].unless.contains(fact) }
                        }
                        guard facts.count <= Materiality.maximumFactsCompared,
                            case let subsets = 1 << facts.count, work <= Materiality.maximumWork - subsets
                        else { return nil }
                        work += subsets
                        let was = CellRules(applying.filter { !isNew[$0] }.map { rules[$0] }, facts: facts)
                        let now = CellRules(applying.filter { isNew[$0] }.map { rules[$0] }, facts: facts)
                        let cell = Request(action: action, purpose: purpose, recipient: recipient, data: datum)
                        for (direction, mask) in fewestFacts(was, now, count: facts.count) {
                            var request = cell
                            request.facts = Set(facts.indices.filter { mask & (1 << $0) != 0 }.map { facts[$0] })
                            flips.insert(Flip(direction: direction, request: request))
                        }
                    }
                }
            }
        }
        return flips
    }

    /// For each direction in which some subset of `count` facts flips the decision, the subset
    /// with the fewest facts, the lowest first.
    private static func fewestFacts(_ was: CellRules, _ now: CellRules, count: Int) -> [(Direction, UInt64)] {
        var best: [Direction: UInt64] = [:]
        for mask in 0..<UInt64(1 << count) {
            let permits = now.permits(mask)
            guard was.permits(mask) != permits else { continue }
            let direction: Direction = permits ? .nowPermitted : .noLongerPermitted
            if let found = best[direction], found.nonzeroBitCount <= mask.nonzeroBitCount { continue }
            best[direction] = mask
        }
        return best.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key, $0.value) }
    }

    /// True when a flip in the same direction, of the same action, with one or more of the
    /// purpose, recipient and data left open and with some of the same facts, is also among the
    /// flips (`factsByCell`: each flip's facts by its combination): what it says covers this one.
    static func isRestated(_ flip: Flip, in factsByCell: [Flip: [Set<TermID>]]) -> Bool {
        let cell = flip.cell
        for open in 1..<8 {
            var general = cell
            if open & 1 != 0 { general.request.purpose = nil }
            if open & 2 != 0 { general.request.recipient = nil }
            if open & 4 != 0 { general.request.data = nil }
            guard general != cell, let found = factsByCell[general] else { continue }
            if found.contains(where: { $0.isSubset(of: flip.request.facts) }) { return true }
        }
        return false
    }

    /// What the flips of one change share.
    struct GroupKey: Hashable {
        var direction: Direction
        var action: TermID
        var purpose: TermID?
        var recipient: TermID?
        var facts: Set<TermID>

        init(_ flip: Flip) {
            direction = flip.direction
            action = flip.request.action
            purpose = flip.request.purpose
            recipient = flip.request.recipient
            facts = flip.request.facts
        }
    }
}

extension RequestSpace {
    /// A term's position among `values` (nil, the open term, first).
    fileprivate func order(_ value: TermID?, in values: [TermID?]) -> Int {
        values.firstIndex(of: value) ?? values.count
    }

    /// Now permitted first, then by action, recipient, purpose and facts in vocabulary order.
    fileprivate func isOrdered(_ a: PermissionChange.GroupKey, before b: PermissionChange.GroupKey) -> Bool {
        func rank(_ key: PermissionChange.GroupKey) -> [Int] {
            [
                key.direction == .nowPermitted ? 0 : 1, actions.firstIndex(of: key.action) ?? actions.count,
                order(key.recipient, in: recipients), order(key.purpose, in: purposes), key.facts.count,
            ] + facts.map { key.facts.contains($0) ? 0 : 1 }
        }
        return rank(a).lexicographicallyPrecedes(rank(b))
    }
}
