import PolicyDiff
import PolicyModel

extension Materiality {
    /// Most words a revision may change, with no clause added, removed or moved, to be editorial.
    public static let editorialWordLimit = 10

    /// Compares what the two revisions' rules decide over every request the union of their
    /// vocabularies can form, and classifies the revision.
    ///
    /// Exhaustive without enumerating every member: a term no rule of either revision names
    /// decides exactly as an unnamed attribute does, and within one action, purpose, recipient and
    /// data category only the facts of the rules that apply there can change a decision. Each such
    /// class is decided once, on its simplest member, and counted with its size.
    /// - Complexity: O(r × (a × p′ × c′ × d′) × 2^f″) for r rules, the a actions and p′ purposes,
    ///   c′ recipients and d′ data categories that some rule names, and f″ facts named by the rules
    ///   that apply to one combination.
    public static func assess(old: Policy, new: Policy, changes: ChangeSet) -> Materiality {
        let before = RuleSet(policy: old)
        let after = RuleSet(policy: new)
        let full = RequestSpace(old.vocabulary, new.vocabulary)
        let rules = before.rules.map(\.rule) + after.rules.map(\.rule)
        let named = NamedTerms(rules)
        func kept(_ values: [TermID?], _ names: Set<TermID>) -> [TermID?] {
            [nil] + values.compactMap { $0 }.filter(names.contains)
        }
        let purposes = kept(full.purposes, named.purposes)
        let recipients = kept(full.recipients, named.recipients)
        let data = kept(full.data, named.data)
        func weight(_ value: TermID?, _ all: [TermID?], _ kept: [TermID?]) -> Int {
            value == nil ? all.count - kept.count + 1 : 1
        }

        var count = 0
        var broadens = false
        var narrows = false
        var flips: [(generality: Int, flip: DecisionFlip)] = []
        for action in full.actions {
            for purpose in purposes {
                for recipient in recipients {
                    for datum in data {
                        let cell = Request(action: action, purpose: purpose, recipient: recipient, data: datum, facts: [])
                        let facts = full.facts.filter { fact in
                            rules.contains { $0.applies(to: cell) && ($0.requires.contains(fact) || $0.unless.contains(fact)) }
                        }
                        let cellWeight = weight(purpose, full.purposes, purposes) * weight(recipient, full.recipients, recipients)
                            * weight(datum, full.data, data) * (1 << (full.facts.count - facts.count))
                        for mask in 0..<(1 << facts.count) {
                            var request = cell
                            request.facts = Set(facts.indices.filter { mask & (1 << $0) != 0 }.map { facts[$0] })
                            let was = before.decide(request)
                            let now = after.decide(request)
                            guard was.decision != now.decision else { continue }
                            count += cellWeight
                            if now.isPermit { broadens = true } else { narrows = true }
                            let generality = [purpose, recipient, datum].compactMap { $0 }.count + request.facts.count
                                                        flips.append(
                                (generality, DecisionFlip(
                                    request: request.description, old: was.decision.rawValue, new: now.decision.rawValue,
                                    citations: now.citations)))
                        }
                    }
                }
            }
        }
        // Stable sort: the most general requests first, then in the order they were found.
        let examples = flips.enumerated()
            .sorted { ($0.element.generality, $0.offset) < ($1.element.generality, $1.offset) }
            .prefix(exampleLimit).map(\.element.flip)
        return Materiality(classification: classify(broadens, narrows, changes), flipCount: count, flips: Array(examples))
    }

    private static func classify(_ broadens: Bool, _ narrows: Bool, _ changes: ChangeSet) -> Classification {
        switch (broadens, narrows) {
        case (true, true): return .broadensAndNarrows
        case (true, false): return .broadens
        case (false, true): return .narrows
        case (false, false):
            if changes.saysTheSame { return .unchanged }
            let summary = changes.summary
            let small = summary.added == 0 && summary.removed == 0 && summary.moved == 0
                && summary.wordsInserted + summary.wordsDeleted <= editorialWordLimit
            return small ? .editorial : .clarifying
        }
    }
}

extension ChangeSet {
    /// The change set between two revisions, with their rules' decisions compared.
    public static func assessed(from old: Policy, to new: Policy) -> ChangeSet {
        var changes = ChangeSet(from: old, to: new)
        changes.materiality = Materiality.assess(old: old, new: new, changes: changes)
        return changes
    }
}

/// The terms some rule names, by kind.
private struct NamedTerms {
    var purposes: Set<TermID> = []
    var recipients: Set<TermID> = []
    var data: Set<TermID> = []
    var facts: Set<TermID> = []

    init(_ rules: [Rule]) {
        for rule in rules {
            purposes.formUnion(rule.purposes)
            recipients.formUnion(rule.recipients)
            data.formUnion(rule.data)
            facts.formUnion(rule.requires + rule.unless)
        }
    }
}

extension Rule {
    /// True when the rule's action, purpose, recipient and data constraints admit the request,
    /// whatever facts hold.
    func applies(to request: Request) -> Bool {
        func admits(_ list: [TermID], _ value: TermID?) -> Bool { list.isEmpty || value.map(list.contains) == true }
        return actions.contains(request.action) && admits(purposes, request.purpose)
            && admits(recipients, request.recipient) && admits(data, request.data)
    }
}

extension Request {
    /// The request in words: `disclose to financial-institution for payment-settlement, when consent`.
    /// An attribute left out stands for "none named, or a term no rule names"; facts not listed
    /// do not hold.
    public var description: String {
        var words = [action.rawValue]
        if let data { words.append("\(data) data") }
        if let recipient { words.append("to \(recipient)") }
        if let purpose { words.append("for \(purpose)") }
        let held = facts.map(\.rawValue).sorted()
        return words.joined(separator: " ") + (held.isEmpty ? ", no fact holding" : ", when " + held.joined(separator: " and "))
    }
}
