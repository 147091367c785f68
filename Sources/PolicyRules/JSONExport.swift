import PolicyModel

/// Writes a rule set as JSON (`rules.json`, `rules export --format json`): the vocabulary and
/// every rule with its clause.
public enum JSONExport {
    /// The JSON document, ending in a newline.
    public static func document(_ rules: RuleSet) -> String {
        rules.json.pretty() + "\n"
    }
}

extension RuleSet {
    /// `{"policy", "effective", "vocabulary", "rules"}`.
    public var json: JSONValue {
        .object([
            "effective": .string(effective.description), "policy": .string(policyID.rawValue),
            "rules": .array(rules.map(\.json)), "vocabulary": .array(vocabulary.map(\.json)),
        ])
    }
}

extension Term {
    /// `{"id", "kind", "label", "dpv"?, "definedIn"?}`.
    public var json: JSONValue {
        .object([
            "definedIn": definedIn.map(JSONValue.string), "dpv": dpv.map(JSONValue.string), "id": .string(id.rawValue),
            "kind": .string(kind.rawValue), "label": .string(label),
        ])
    }
}

extension ClauseRule {
    /// The rule with the clause that carries it.
    public var json: JSONValue {
        func ids(_ ids: [TermID]) -> JSONValue { .array(ids.map { .string($0.rawValue) }) }
        return .object([
            "actions": ids(rule.actions), "citation": citation.json, "data": ids(rule.data),
            "effect": .string(rule.effect.rawValue), "purposes": ids(rule.purposes), "recipients": ids(rule.recipients),
            "requires": ids(rule.requires), "unless": ids(rule.unless),
        ])
    }
}
