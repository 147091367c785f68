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
            "policy": .string(policyID.rawValue), "effective": .string(effective.description),
            "vocabulary": .array(vocabulary.map(\.json)), "rules": .array(rules.map(\.json)),
        ])
    }
}

extension Term {
    /// `{"id", "kind", "label", "dpv"?, "definedIn"?}`.
    public var json: JSONValue {
        .object([
            "id": .string(id.rawValue), "kind": .string(kind.rawValue), "label": .string(label),
            "dpv": dpv.map(JSONValue.string), "definedIn": definedIn.map(JSONValue.string),
        ])
    }
}

extension ClauseRule {
    /// The rule with the clause that carries it.
    public var json: JSONValue {
        func ids(_ ids: [TermID]) -> JSONValue { .array(ids.map { .string($0.rawValue) }) }
        return .object([
            "effect": .string(rule.effect.rawValue), "citation": citation.json, "actions": ids(rule.actions),
            "purposes": ids(rule.purposes), "recipients": ids(rule.recipients), "data": ids(rule.data),
            "requires": ids(rule.requires), "unless": ids(rule.unless),
        ])
    }
}
