import PolicyDiff
import PolicyModel
import PolicyRules

extension RedlineView {
    /// The view of `changes` for a redline template whose format writes `words`, in the
    /// language of `strings`, with the rules' assessment of the changes when there is one
    /// (its requests named by `labels` where the language names terms by label), placed in a
    /// site by `links`.
    init(
        _ changes: ChangeSet, assessment: Materiality?, words: RedlineWords, strings table: UIStrings,
        labels: [TermID: String], language: String, links: SiteLinks?
    ) {
        self.language = language
        title = words.escape(changes.new.title)
        oldDate = words.escape(table.date(changes.old))
        newDate = words.escape(table.date(changes.new))
        oldEffective = changes.old.effective
        newEffective = changes.new.effective
        hasLinks = links != nil
        homeHref = links?.home ?? ""
        newHref = links?.revision ?? ""
        oldHref = links?.previous ?? ""
        changelogHref = links?.changelog ?? ""
        hasMateriality = assessment != nil
        materialityLine = assessment.map { words.escape(table.headline($0)) } ?? ""
        materialityLines = assessment.map { table.textLines($0, labels: labels) } ?? []
        reviews = assessment.map { $0.reviews.map { words.escape(table.review($0)) } } ?? []
        hasReviews = !reviews.isEmpty
        flips = assessment?.flips.map { words.escape(ChangeWording.flipLine($0, words: table, labels: labels)) } ?? []
        hasFlips = !flips.isEmpty
        summaryLine = words.escape(changes.summaryLine(materiality: assessment, words: table))
        metadata = changes.metadata.map {
            RedlineFieldView(field: words.escape(table.field($0.field)), words: words.segments($0.segments))
        }
        hasMetadata = !metadata.isEmpty
        var groups: [RedlineGroupView] = []
        for change in changes.changes {
            let view = RedlineChangeView(change, words, table)
            let heading = words.escape(table.context(change))
            if groups.last?.heading == heading {
                groups[groups.count - 1].changes.append(view)
            } else {
                groups.append(RedlineGroupView(heading: heading, changes: [view]))
            }
        }
        self.groups = groups
        unchanged = changes.summary.unchanged
        unchangedNoun = unchanged == 1 ? "block" : "blocks"
        unchangedLine = words.escape(table.unchangedNotShown(unchanged))
        hasUnchanged = unchanged > 0
        boldOn = words.colour ? "\u{1B}[1m" : ""
        boldOff = words.colour ? "\u{1B}[0m" : ""
    }
}

extension RedlineChangeView {
    init(_ change: Change, _ words: RedlineWords, _ table: UIStrings) {
        kind = change.kind.rawValue
        sign = change.kind.sign
        numberLine = words.escape(table.numberLine(change))
        oldNumber = words.escape(
            table.numbered(change.kind == .added ? "—" : table.citation(change.shownOldNumber), for: change))
        newNumber = words.escape(
            table.numbered(change.kind == .removed ? "—" : table.citation(change.shownNewNumber), for: change))
        kindLine = words.escape(table.kindLine(change))
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
                return RedlinePartView(
                    number: words.escape(table.citation(number)), words: words.segments(inner.segments))
            } : []
        markups = change.markup.map {
            RedlineMarkupView(
                text: words.markupText($0.text), old: table.described($0.old, address: words.address),
                new: table.described($0.new, address: words.address))
        }
    }
}
