import PolicyModel
import PolicyRules

extension UIStrings {
    /// The reader's name for a class: "material — broadens", "editorial".
    func label(_ classification: Materiality.Classification) -> String {
        switch classification {
        case .broadens: text("classBroadens")
        case .narrows: text("classNarrows")
        case .broadensAndNarrows: text("classBroadensAndNarrows")
        case .needsReview: text("classNeedsReview")
        case .clarifying: text("classClarifying")
        case .editorial: text("classEditorial")
        case .unchanged: text("classUnchanged")
        case .notAssessed: text("classNotAssessed")
        }
    }

    /// The class with what it rests on: `clarifying: 0 decisions change`, or `not assessed:
    /// neither revision has rules`.
    func headline(_ materiality: Materiality) -> String {
        if materiality.classification == .notAssessed { return text("notAssessedHeadline") }
        return text(
            materiality.flipCount == 1 ? "materialityHeadlineOne" : "materialityHeadline",
            ["label": label(materiality.classification), "count": String(materiality.flipCount)])
    }

    /// `the words of 4 (1), which carries a rule, changed; its rule did not: review it`.
    func review(_ review: RuleReview) -> String {
        text(
            review.rules == 1 ? "reviewOne" : "reviewMany",
            ["clause": citation(review.clause), "count": String(review.rules)])
    }

    /// `permit` or `deny` in words.
    func decision(_ decision: String) -> String {
        switch decision {
        case "permit": text("decisionPermit")
        case "deny": text("decisionDeny")
        default: decision
        }
    }

    /// The request of a flip in words: `disclose name data to bank for marketing, when consent`,
    /// each term by its id, or by its label in a language whose table says `requestTerms: labels`.
    func request(_ flip: DecisionFlip, labels: [TermID: String]) -> String {
        guard let request = flip.asked else { return flip.request }
        let byLabel = text("requestTerms") == "labels"
        func name(_ id: TermID) -> String { byLabel ? labels[id] ?? id.rawValue : id.rawValue }
        let facts = request.facts.sorted { $0.rawValue < $1.rawValue }.map(name)
        return text(
            "requestLine",
            [
                "action": name(request.action),
                "data": request.data.map { text("requestData", ["data": name($0)]) } ?? "",
                "recipient": request.recipient.map { text("requestTo", ["recipient": name($0)]) } ?? "",
                "purpose": request.purpose.map { text("requestFor", ["purpose": name($0)]) } ?? "",
                "facts": facts.isEmpty
                    ? text("requestNoFacts") : text("requestWhen", ["facts": facts.joined(separator: text("and"))]),
            ])
    }

    /// The class, the number of changed decisions and the example flips, as plain-text lines.
    func textLines(_ materiality: Materiality, labels: [TermID: String]) -> [String] {
        var first = text("labelled", ["label": text("materiality"), "text": label(materiality.classification)])
        if materiality.classification == .notAssessed { first += text("notAssessedWhy") }
        let count = materiality.flipCount
        if count > 0 { first += text(count == 1 ? "requestsChangeOne" : "requestsChange", ["count": String(count)]) }
        var lines = [first] + materiality.reviews.map { "  " + review($0) }
        for flip in materiality.flips {
            let values = [
                "old": decision(flip.old), "new": decision(flip.new), "request": request(flip, labels: labels),
            ]
            lines.append("  " + text("flipTextLine", values))
            for cited in flip.citations { lines.append("    \(citation(cited.clause)) [\(cited.id)] \(cited.text)") }
        }
        if count > materiality.flips.count {
            lines.append("  " + text("andMore", ["count": String(count - materiality.flips.count)]))
        }
        return lines
    }
}
