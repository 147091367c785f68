import PolicyModel

/// Compares what two revisions say about themselves and about the whole policy.
struct MetadataComparison {
    var changes: [MetadataChange] = []

    init(old: Policy, new: Policy, oldNames: ReferenceNames, newNames: ReferenceNames) {
        for field in MetadataField.allCases {
            switch field {
            case .policy: whole(field, old.id.rawValue, new.id.rawValue)
            case .language: whole(field, old.language, new.language)
            case .effective: whole(field, old.revision.effective.description, new.revision.effective.description)
            case .title: words(field, old.title, new.title, oldNames, newNames)
            case .publisher: words(field, old.publisher, new.publisher, oldNames, newNames)
            case .label:
                words(
                    field, old.revision.label.map { [.text($0)] }, new.revision.label.map { [.text($0)] },
                    oldNames, newNames)
            case .summary: words(field, old.revision.summary, new.revision.summary, oldNames, newNames)
            }
        }
    }

    /// A value compared as one piece (ids, dates, language tags).
    private mutating func whole(_ field: MetadataField, _ old: String, _ new: String) {
        guard old != new else { return }
        changes.append(
            MetadataChange(
                field: field, old: old, new: new,
                segments: [WordSegment(.deleted, old), WordSegment(.inserted, new, spaceBefore: true)]))
    }

    /// Running text compared word by word; an absent value is no words.
    private mutating func words(
        _ field: MetadataField, _ old: [Inline]?, _ new: [Inline]?, _ oldNames: ReferenceNames,
        _ newNames: ReferenceNames
    ) {
        let diff = WordDiff(old: old ?? [], new: new ?? [], oldNames: oldNames, newNames: newNames)
        guard diff.hasChanges || (old == nil) != (new == nil) && !(old ?? new ?? []).isEmpty else { return }
        changes.append(
            MetadataChange(
                field: field, old: old.map(oldNames.plainText), new: new.map(newNames.plainText),
                segments: diff.segments))
    }
}
