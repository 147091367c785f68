import PolicyModel

extension PolicyBuilder {
    /// The terms declared in `<vocabulary>`, in document order.
    mutating func buildVocabulary(_ node: XMLNode) -> [Term] {
        node.elementChildren.compactMap { child in
            guard let kind = Term.Kind(rawValue: child.name), let id = child.attribute("id") else { return nil }
            let here = attributeLocation("id", of: child)
            if !id.isValidIdentifier {
                error("invalid-id", "'\(id)' is not a valid id (a letter, then letters, digits, '-', '_' or '.')", at: here)
            } else if let first = terms[id] {
                error("duplicate-id", "duplicate term '\(id)'; first declared at line \(first.location.line)", at: here)
            }
            var collector = InlineCollector()
            collector.append(text: child.children.filter(\.isText).map(\.text).joined())
            let label = collector.result.plainText()
            if label.isEmpty { error("empty-text", "\(kind.rawValue) '\(id)' has no label", at: location(of: child)) }
            let term = Term(
                id: TermID(id), kind: kind, label: label, dpv: child.attribute("dpv"),
                definedIn: child.attribute("defined-in"), location: location(of: child))
            if terms[id] == nil { terms[id] = term }
            if let target = term.definedIn { termDefinitions.append((target, attributeLocation("defined-in", of: child))) }
            return term
        }
    }

    /// The rules among an element's children; their terms are checked once the vocabulary is known.
    mutating func rules(in node: XMLNode) -> [Rule] {
        node.elementChildren.compactMap { child in
            let effect: Rule.Effect
            switch child.name {
            case "permit": effect = .permit
            case "forbid": effect = .forbid
            case "deny-by-default": effect = .denyByDefault
            default: return nil
            }
            func terms(_ attribute: String) -> [TermID] {
                (child.attribute(attribute) ?? "").utf8
                    .split(whereSeparator: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
                    .map { TermID(String(decoding: $0, as: UTF8.self)) }
            }
            let rule = Rule(
                effect: effect, actions: terms("action"), purposes: terms("purpose"), recipients: terms("recipient"),
                data: terms("data"), requires: terms("requires"), unless: terms("unless"), location: location(of: child))
            ruleUses.append((rule, child))
            if node.attribute("id") == nil {
                error("missing-attribute", "<\(node.name)> carries rules but has no 'id' to cite it by", at: location(of: node))
            }
            return rule
        }
    }

    /// Reports rule attributes that name undeclared terms or terms of the wrong kind.
    mutating func checkRuleTerms() {
        let attributes: [(String, Term.Kind, KeyPath<Rule, [TermID]>)] = [
            ("action", .action, \.actions), ("purpose", .purpose, \.purposes), ("recipient", .recipient, \.recipients),
            ("data", .data, \.data), ("requires", .fact, \.requires), ("unless", .fact, \.unless),
        ]
        for (rule, node) in ruleUses {
            for (attribute, kind, path) in attributes {
                for id in rule[keyPath: path] {
                    let here = attributeLocation(attribute, of: node)
                    guard let term = terms[id.rawValue] else {
                        let known = terms.values.filter { $0.kind == kind }.map(\.id.rawValue).sorted()
                        error(
                            "undeclared-term",
                            "\(attribute) '\(id)' is not declared in <vocabulary>; declared \(kind.rawValue) terms: "
                                + (known.isEmpty ? "none" : known.joined(separator: ", ")), at: here)
                        continue
                    }
                    if term.kind != kind {
                        error("undeclared-term", "\(attribute) '\(id)' is a \(term.kind.rawValue), not a \(kind.rawValue)", at: here)
                    }
                }
            }
        }
        for (target, here) in termDefinitions where declared[target] == nil {
            error("dangling-reference", "defined-in '\(target)', which is not declared", at: here)
        }
    }
}
