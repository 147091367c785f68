import PolicyDiff
import PolicyModel

extension Materiality {
    /// Most words a revision may change, with no clause added, removed or moved, to be editorial.
    public static let editorialWordLimit = 10
    /// Most facts that may bear on one action, purpose, recipient and data category.
    public static let maximumFactsCompared = 24
    /// Most requests one assessment decides, about a second of work.
    public static let maximumWork = 1 << 24

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
    /// Nil when the comparison is too large to make exhaustively: more than
    /// `maximumFactsCompared` facts bear on one combination, more than `maximumWork` requests
    /// would be decided, or the count of requests would overflow.
    public static func assess(old: Policy, new: Policy, changes: ChangeSet) -> Materiality? {
        assess(
            old: AnalysedRevision(policy: old, rules: RuleSet(policy: old)),
            new: AnalysedRevision(policy: new, rules: RuleSet(policy: new)), changes: changes)
    }

    /// Classifies the revision `new` against `old` from their rule sets, as `assess(old:new:changes:)` does.
    public static func assess(old: AnalysedRevision, new: AnalysedRevision, changes: ChangeSet) -> Materiality? {
        // A decision depends only on which rules exist, not where they are written: the same
        // rules decide every request the same way.
        func meanings(_ rules: RuleSet) -> Set<RuleMeaning> { Set(rules.rules.map { RuleMeaning($0.rule) }) }
        let reviews = reviews(old: old.policy, new: new.policy, changes: changes)
        let meant = (meanings(old.rules), meanings(new.rules))
        if meant.0 == meant.1 {
            if meant.1.isEmpty, !changes.saysTheSame {
                return Materiality(classification: .notAssessed, flipCount: 0, flips: [])
            }
            return Materiality(
                classification: classify(false, false, changes, reviews), flipCount: 0, flips: [], reviews: reviews)
        }
        let before = old.rules
        let after = new.rules
        let full = RequestSpace(before.vocabulary, after.vocabulary)
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
        var flips: [Int: [FoundFlip]] = [:]
        // Rules of both revisions by index (`isAfter` tells which), narrowed level by level so
        // that each combination only looks at the rules that apply to it.
        let isAfter = Array(repeating: false, count: before.rules.count) + Array(repeating: true, count: after.rules.count)
        func admits(_ list: [TermID], _ value: TermID?) -> Bool { list.isEmpty || value.map(list.contains) == true }
        // First every combination with the facts that bear on it, so the work is known before any is done.
        var cells: [(request: Request, facts: [TermID], was: CellRules, now: CellRules, weight: Int, attributes: Int)] = []
        var work = 0
        for action in full.actions {
            let forAction = rules.indices.filter { rules[$0].actions.contains(action) }
            for purpose in purposes {
                let forPurpose = forAction.filter { admits(rules[$0].purposes, purpose) }
                for recipient in recipients {
                    let forRecipient = forPurpose.filter { admits(rules[$0].recipients, recipient) }
                    for datum in data {
                        let applying = forRecipient.filter { admits(rules[$0].data, datum) }
                        let facts = full.facts.filter { fact in
                            applying.contains { rules[$0].requires.contains(fact) || rules[$0].unless.contains(fact) }
                        }
                        guard facts.count <= maximumFactsCompared, full.facts.count - facts.count < Int.bitWidth - 1,
                            case let subsets = 1 << facts.count, work <= maximumWork - subsets
                        else { return nil }
                        work += subsets
                        var cellWeight = weight(purpose, full.purposes, purposes)
                        for factor in [
                            weight(recipient, full.recipients, recipients), weight(datum, full.data, data),
                            1 << (full.facts.count - facts.count),
                        ] {
                            let (product, overflow) = cellWeight.multipliedReportingOverflow(by: factor)
                            guard !overflow else { return nil }
                            cellWeight = product
                        }
                        cells.append(
                            (
                                Request(action: action, purpose: purpose, recipient: recipient, data: datum, facts: []),
                                facts, CellRules(applying.filter { !isAfter[$0] }.map { rules[$0] }, facts: facts),
                                CellRules(applying.filter { isAfter[$0] }.map { rules[$0] }, facts: facts), cellWeight,
                                [purpose, recipient, datum].compactMap { $0 }.count
                            ))
                    }
                }
            }
        }
        for cell in cells {
            for mask in 0..<UInt64(1 << cell.facts.count) {
                let permitsNow = cell.now.permits(mask)
                guard cell.was.permits(mask) != permitsNow else { continue }
                let (total, overflow) = count.addingReportingOverflow(cell.weight)
                guard !overflow else { return nil }
                count = total
                if permitsNow { broadens = true } else { narrows = true }
                // Only the first few of each generality can become examples.
                let generality = cell.attributes + mask.nonzeroBitCount
                if flips[generality, default: []].count < exampleLimit {
                    flips[generality, default: []].append(FoundFlip(cell: cell.request, facts: cell.facts, mask: mask))
                }
            }
        }
        // The most general requests first, then in the order they were found.
        let examples = flips.keys.sorted().flatMap { flips[$0]! }
            .prefix(exampleLimit)
            .map { found -> DecisionFlip in
                let request = found.request
                let was = before.decide(request)
                let now = after.decide(request)
                return DecisionFlip(
                    request: request.description, old: was.decision.rawValue, new: now.decision.rawValue,
                    citations: now.citations, asked: request)
            }
        return Materiality(
            classification: classify(broadens, narrows, changes, reviews), flipCount: count, flips: examples,
            reviews: reviews)
    }

    /// The clauses of the new revision that carry rules, whose words changed while their rules
    /// (the same clause's, in the old revision) did not.
    ///
    /// - Complexity: O(n) in the clauses and changes.
    static func reviews(old: Policy, new: Policy, changes: ChangeSet) -> [RuleReview] {
        let reworded = Set(changes.changes.compactMap { $0.textChanged && $0.oldID == $0.newID ? $0.newID : nil })
        guard !reworded.isEmpty else { return [] }
        var before: [ClauseID: Set<RuleMeaning>] = [:]
        for clause in old.clauses where !clause.rules.isEmpty && before[clause.id] == nil {
            before[clause.id] = Set(clause.rules.map(RuleMeaning.init))
        }
        return new.clauses.compactMap { clause in
            guard !clause.rules.isEmpty, reworded.contains(clause.id.rawValue),
                before[clause.id] == Set(clause.rules.map(RuleMeaning.init))
            else { return nil }
            return RuleReview(clause: clause.citation, id: clause.id, rules: clause.rules.count)
        }
    }

    private static func classify(
        _ broadens: Bool, _ narrows: Bool, _ changes: ChangeSet, _ reviews: [RuleReview]
    ) -> Classification {
        switch (broadens, narrows) {
        case (true, true): return .broadensAndNarrows
        case (true, false): return .broadens
        case (false, true): return .narrows
        case (false, false):
            if changes.saysTheSame { return .unchanged }
            // New words on a rule-bearing clause may mean what its rules no longer decide.
            if !reviews.isEmpty { return .needsReview }
            let summary = changes.summary
            let small = summary.added == 0 && summary.removed == 0 && summary.moved == 0
                && summary.wordsInserted + summary.wordsDeleted <= editorialWordLimit
            return small ? .editorial : .clarifying
        }
    }
}

/// What a rule says, without where it is written.
private struct RuleMeaning: Hashable {
    var effect: Rule.Effect
    var actions: Set<TermID>
    var purposes: Set<TermID>
    var recipients: Set<TermID>
    var data: Set<TermID>
    var requires: Set<TermID>
    var unless: Set<TermID>

    init(_ rule: Rule) {
        effect = rule.effect
        actions = Set(rule.actions)
        purposes = Set(rule.purposes)
        recipients = Set(rule.recipients)
        data = Set(rule.data)
        requires = Set(rule.requires)
        unless = Set(rule.unless)
    }
}

/// A request whose decision differs, kept cheaply until it is chosen as an example.
private struct FoundFlip {
    var cell: Request
    var facts: [TermID]
    var mask: UInt64

    var request: Request {
        var request = cell
        request.facts = Set(facts.indices.filter { mask & (1 << $0) != 0 }.map { facts[$0] })
        return request
    }
}

/// The rules that apply to one action, purpose, recipient and data category, with their facts as
/// bit masks over that combination's facts, so each subset of facts is decided with a few
/// integer operations.
struct CellRules {
    private var permits: [(requires: UInt64, unless: UInt64)] = []
    private var forbids: [(requires: UInt64, unless: UInt64)] = []

    init(_ rules: [Rule], facts: [TermID]) {
        func mask(_ named: [TermID]) -> UInt64 {
            facts.indices.reduce(0) { named.contains(facts[$1]) ? $0 | (1 << UInt64($1)) : $0 }
        }
        for rule in rules {
            let masks = (requires: mask(rule.requires), unless: mask(rule.unless))
            switch rule.effect {
            case .permit: permits.append(masks)
            case .forbid: forbids.append(masks)
            case .denyByDefault: break
            }
        }
    }

    /// The decision `RuleSet.decide` reaches when exactly the facts of `held` hold.
    func permits(_ held: UInt64) -> Bool {
        func matches(_ rule: (requires: UInt64, unless: UInt64)) -> Bool {
            rule.requires & held == rule.requires && rule.unless & held == 0
        }
        return !forbids.contains(where: matches) && permits.contains(where: matches)
    }
}

/// The terms some rule names, by kind.
struct NamedTerms {
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
