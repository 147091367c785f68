import PolicyDiff
import PolicyRules

extension RedlineView {
    /// The view of `changes` for a redline template whose format writes `words`, with the
    /// rules' assessment of the changes when there is one, placed in a site by `links`.
    init(
        _ changes: ChangeSet, assessment: Materiality?, words: RedlineWords, language: String,
        links: SiteLinks?
    ) {
        self.language = language
        title = words.escape(changes.new.title)
        oldDate = words.escape(ChangeWording.date(changes.old))
        newDate = words.escape(ChangeWording.date(changes.new))
        oldEffective = changes.old.effective
        newEffective = changes.new.effective
        hasLinks = links != nil
        homeHref = links?.home ?? ""
        newHref = links?.revision ?? ""
        oldHref = links?.previous ?? ""
        changelogHref = links?.changelog ?? ""
        hasMateriality = assessment != nil
        materialityLine = assessment.map { words.escape(ChangeWording.materialityLine($0)) } ?? ""
        materialityLines = assessment?.textLines ?? []
        reviews = assessment.map { ChangeWording.reviewLines($0).map(words.escape) } ?? []
        hasReviews = !reviews.isEmpty
        flips = assessment?.flips.map { words.escape(ChangeWording.flipLine($0)) } ?? []
        hasFlips = !flips.isEmpty
        summaryLine = words.escape(changes.summaryLine(materiality: assessment))
        metadata = changes.metadata.map {
            RedlineFieldView(field: $0.field.rawValue, words: words.segments($0.segments))
        }
        hasMetadata = !metadata.isEmpty
        var groups: [RedlineGroupView] = []
        for change in changes.changes {
            let view = RedlineChangeView(change, words)
            if groups.last?.heading == words.escape(change.context) {
                groups[groups.count - 1].changes.append(view)
            } else {
                groups.append(RedlineGroupView(heading: words.escape(change.context), changes: [view]))
            }
        }
        self.groups = groups
        unchanged = changes.summary.unchanged
        unchangedNoun = unchanged == 1 ? "block" : "blocks"
        hasUnchanged = unchanged > 0
        boldOn = words.colour ? "\u{1B}[1m" : ""
        boldOff = words.colour ? "\u{1B}[0m" : ""
    }
}

extension RedlineChangeView {
    init(_ change: Change, _ words: RedlineWords) {
        kind = change.kind.rawValue
        sign = change.kind.sign
        numberLine = words.escape(change.numberLine)
        let element = change.element == .note ? "note " : ""
        oldNumber = words.escape(element + (change.kind == .added ? "—" : change.shownOldNumber))
        newNumber = words.escape(element + (change.kind == .removed ? "—" : change.shownNewNumber))
        kindLine = words.escape(change.kindLine)
        let cells = change.showsText ? change.cells : nil
        row = cells.map(words.row) ?? ""
        hasRow = cells != nil
        hasWords = change.showsText && cells == nil
        self.words = hasWords ? words.segments(change.segments) : ""
        // The parts of a merge or split and the members of a run are in the number line.
        parts =
            change.kind == .added || change.kind == .removed
            ? change.contents.map { inner in
                let number = (change.kind == .added ? inner.newNumber : inner.oldNumber) ?? ""
                return RedlinePartView(number: words.escape(number), words: words.segments(inner.segments))
            } : []
        markups = change.markup.map {
            RedlineMarkupView(
                text: words.markupText($0.text), old: $0.old.described(address: words.address),
                new: $0.new.described(address: words.address))
        }
    }
}
