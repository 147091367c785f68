import PolicyModel

/// Writes a rule set as JSON: the vocabulary and every rule with its clause, keys sorted, two-space indent.
public enum JSONExport {
    /// The JSON document, ending in a newline.
    public static func document(_ rules: RuleSet) -> String {
        let terms = rules.vocabulary.map { term in
            var fields = [("id", JSONText.string(term.id.rawValue)), ("kind", JSONText.string(term.kind.rawValue))]
            fields.append(("label", JSONText.string(term.label)))
            if let dpv = term.dpv { fields.append(("dpv", JSONText.string(dpv))) }
            if let definedIn = term.definedIn { fields.append(("definedIn", JSONText.string(definedIn))) }
            return object(fields, indent: 4)
        }
        let entries = rules.rules.map { entry in
            let rule = entry.rule
            let citation = object(
                [
                    ("clause", JSONText.string(entry.citation.clause)), ("id", JSONText.string(entry.citation.id.rawValue)),
                    ("text", JSONText.string(entry.citation.text)),
                ], indent: 6)
            return object(
                [
                    ("effect", JSONText.string(rule.effect.rawValue)), ("citation", citation),
                    ("actions", ids(rule.actions)), ("purposes", ids(rule.purposes)),
                    ("recipients", ids(rule.recipients)), ("data", ids(rule.data)),
                    ("requires", ids(rule.requires)), ("unless", ids(rule.unless)),
                ], indent: 4)
        }
        return object(
            [
                ("policy", JSONText.string(rules.policyID.rawValue)),
                ("effective", JSONText.string(rules.effective.description)),
                ("vocabulary", array(terms, indent: 2)), ("rules", array(entries, indent: 2)),
            ], indent: 0) + "\n"
    }

    private static func ids(_ ids: [TermID]) -> String { JSONText.array(ids.map(\.rawValue)) }

    /// An object with its keys sorted; `indent` is the indent of its closing brace.
    private static func object(_ fields: [(String, String)], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        let lines = fields.sorted { $0.0 < $1.0 }.map { "\(pad)  \(JSONText.string($0.0)): \($0.1)" }
        return "{\n" + lines.joined(separator: ",\n") + "\n\(pad)}"
    }

    private static func array(_ elements: [String], indent: Int) -> String {
        guard !elements.isEmpty else { return "[]" }
        let pad = String(repeating: " ", count: indent)
        return "[\n" + elements.map { "\(pad)  \($0)" }.joined(separator: ",\n") + "\n\(pad)]"
    }
}
