import PolicyDiff
import PolicyModel
import PolicyRules

extension ChangeAssessment {
    /// The change set's members with `materiality` beside them, as `diff --format json` writes it.
    public var json: JSONValue {
        .object([
            "policy": .string(changes.policy), "old": changes.old.json, "new": changes.new.json,
            "metadata": .array(changes.metadata.map(\.json)), "changes": .array(changes.changes.map(\.json)),
            "summary": changes.summary.json, "materiality": materiality?.json,
        ])
    }

    /// The assessment as the JSON document `diff --format json` prints, ending in a newline.
    public func jsonDocument() -> String { json.pretty() + "\n" }
}

extension RevisionReference {
    fileprivate var json: JSONValue {
        .object(["effective": .string(effective), "label": label.map(JSONValue.string), "title": .string(title)])
    }
}

extension MetadataChange {
    fileprivate var json: JSONValue {
        .object([
            "field": .string(field.rawValue), "old": old.map(JSONValue.string), "new": new.map(JSONValue.string),
            "segments": .array(segments.map(\.json)),
        ])
    }
}

extension Change {
    fileprivate var json: JSONValue {
        let text = { (value: String?) in value.map(JSONValue.string) }
        return .object([
            "kind": .string(kind.rawValue), "element": .string(element.rawValue),
            "oldElement": text(oldElement?.rawValue), "move": text(move?.rawValue), "oldID": text(oldID),
            "newID": text(newID), "oldNumber": text(oldNumber), "newNumber": text(newNumber),
            "oldParent": text(oldParent), "newParent": text(newParent), "oldSection": text(oldSection),
            "newSection": text(newSection), "oldHeading": text(oldHeading), "newHeading": text(newHeading),
            "oldText": text(oldText), "newText": text(newText), "textChanged": .bool(textChanged),
            "segments": .array(segments.map(\.json)), "markup": .array(markup.map(\.json)),
            "contents": .array(contents.map(\.json)), "cells": cells.map { .array($0.map(\.json)) },
        ])
    }
}

extension CellChange {
    fileprivate var json: JSONValue {
        .object(["header": header.map(JSONValue.string), "segments": .array(segments.map(\.json))])
    }
}

extension WordSegment {
    fileprivate var json: JSONValue {
        .object(["kind": .string(kind.rawValue), "text": .string(text), "spaceBefore": .bool(spaceBefore)])
    }
}

extension MarkupChange {
    fileprivate var json: JSONValue {
        .object(["text": .string(text), "old": .array(old.map(\.json)), "new": .array(new.map(\.json))])
    }
}

extension Mark {
    fileprivate var json: JSONValue {
        .object(["kind": .string(kind.rawValue), "href": href.map(JSONValue.string)])
    }
}

extension ChangeSummary {
    fileprivate var json: JSONValue {
        .object([
            "added": .int(added), "removed": .int(removed), "modified": .int(modified), "moved": .int(moved),
            "renumbered": .int(renumbered), "merged": .int(merged), "split": .int(split),
            "unchanged": .int(unchanged), "wordsInserted": .int(wordsInserted), "wordsDeleted": .int(wordsDeleted),
            "metadataChanged": .int(metadataChanged),
        ])
    }
}

extension Materiality {
    fileprivate var json: JSONValue {
        .object([
            "classification": .string(classification.rawValue), "flipCount": .int(flipCount),
            "flips": .array(flips.map(\.json)), "reviews": .array(reviews.map(\.json)),
        ])
    }
}

extension DecisionFlip {
    fileprivate var json: JSONValue {
        .object([
            "request": .string(request), "old": .string(old), "new": .string(new),
            "citations": .array(citations.map(\.json)),
        ])
    }
}

extension RuleReview {
    fileprivate var json: JSONValue {
        .object(["clause": .string(clause), "id": .string(id.rawValue), "rules": .int(rules)])
    }
}
