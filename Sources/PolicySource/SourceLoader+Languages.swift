import PolicyModel

extension SourceLoader {
    /// One policy's history from its revisions grouped by language folder (nil for the policy's
    /// own folder): the original language's history with the others as its translations, and
    /// every problem with how the languages fit together.
    static func assemble(_ id: PolicyID, _ byFolder: [String?: [Policy]]) -> (
        history: PolicyHistory, diagnostics: [Diagnostic]
    ) {
        let languages = byFolder.keys.compactMap { $0 }.sorted()
        guard !languages.isEmpty else { return (PolicyHistory(id: id, revisions: byFolder[nil] ?? []), []) }
        var diagnostics: [Diagnostic] = []
        if let plain = byFolder[nil]?.first {
            diagnostics.append(
                Diagnostic(
                    .error, "policy-layout",
                    "policy '\(id)' has revisions both in its own folder and in language folders; move them into one "
                        + "folder per language", at: plain.location))
        }
        let originals = languages.filter { tag in byFolder[tag]!.allSatisfy { $0.revision.translates == nil } }
        // One translation's folder checked alone: its original is not loaded, so it stands alone.
        if originals.isEmpty, languages.count == 1 {
            return (PolicyHistory(id: id, revisions: byFolder[languages[0]]!), diagnostics)
        }
        guard originals.count == 1, let originalTag = originals.first else {
            let message =
                originals.isEmpty
                ? "policy '\(id)' has no original language: every language folder names revisions it translates"
                : "policy '\(id)' has more than one original language (\(originals.joined(separator: ", "))); give each "
                    + "revision of a translation translates=\"YYYY-MM-DD\", the original revision it follows"
            let at = (originals.isEmpty ? languages : originals).compactMap { byFolder[$0]?.first?.location }
            diagnostics += at.map { Diagnostic(.error, "translation-original", message, at: $0) }
            return (PolicyHistory(id: id, revisions: byFolder[languages[0]]!), diagnostics)
        }
        let original = PolicyHistory(id: id, revisions: byFolder[originalTag]!)
        var translations: [PolicyHistory] = []
        for tag in languages where tag != originalTag {
            let translation = PolicyHistory(id: id, revisions: byFolder[tag]!)
            diagnostics += translationDiagnostics(translation, of: original)
            translations.append(translation)
        }
        return (PolicyHistory(id: id, revisions: original.revisions, translations: translations), diagnostics)
    }

    /// A translation's revisions that name no original revision or one that is not there, that
    /// carry rules of their own, or whose clause ids differ from those of the revision they translate.
    static func translationDiagnostics(_ translation: PolicyHistory, of original: PolicyHistory) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let originalLanguage = original.language
        for revision in translation.revisions {
            let date = revision.revision.effective
            guard let translates = revision.revision.translates else {
                diagnostics.append(
                    Diagnostic(
                        .error, "translates-missing",
                        "revision \(date) of the '\(revision.language)' translation does not say which revision of the "
                            + "original ('\(originalLanguage)') it translates; add translates=\"YYYY-MM-DD\" to <revision>",
                        at: revision.location))
                continue
            }
            for clause in revision.clauses where !clause.rules.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        .error, "translation-rules",
                        "clause \(clause.citation) of a translation carries rules; rules are declared once, in the "
                            + "original ('\(originalLanguage)'), and apply to every language", at: clause.location))
            }
            guard let followed = original.revision(effective: translates) else {
                diagnostics.append(
                    Diagnostic(
                        .error, "translates-unknown",
                        "revision \(date) translates \(translates), but the original ('\(originalLanguage)') has no "
                            + "revision effective that day", at: revision.location))
                continue
            }
            diagnostics += clauseIDDiagnostics(revision, against: followed)
        }
        return diagnostics
    }

    /// Warnings for the clause and note ids of the original revision that a translation lacks,
    /// and for those it has that the original does not.
    static func clauseIDDiagnostics(_ translation: Policy, against original: Policy) -> [Diagnostic] {
        let theirs = citable(original)
        let ours = citable(translation)
        let theirKeys = Set(theirs.map(\.key))
        let ourKeys = Set(ours.map(\.key))
        let date = original.revision.effective
        let missing = theirs.filter { !ourKeys.contains($0.key) }.map {
            Diagnostic(
                .warning, "translation-missing", "\($0.name) of the original \(date) is missing from this translation",
                at: translation.location)
        }
        let extra = ours.filter { !theirKeys.contains($0.key) }.map {
            Diagnostic(
                .warning, "translation-extra", "\($0.name) is not in the original \(date) it translates",
                at: $0.location)
        }
        return missing + extra
    }

    /// Every clause and note with an id, keyed apart (a note's key is `note:` and its id), named
    /// as a message cites it.
    private static func citable(_ policy: Policy) -> [(key: String, name: String, location: SourceLocation)] {
        policy.clauses.map { ($0.id.rawValue, "clause \($0.citation) ('\($0.id)')", $0.location) }
            + policy.notes.map { ("note:" + $0.id.rawValue, "note \($0.number) ('\($0.id)')", $0.location) }
    }
}
