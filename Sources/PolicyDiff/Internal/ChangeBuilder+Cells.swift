import PolicyModel

extension ChangeBuilder {
    /// The cells of a changed table row: for a row on both sides, each column's word diff
    /// (columns paired by position); for an added or removed row, its cells inserted or deleted;
    /// nil when either side is not a row.
    ///
    /// - Complexity: that of `WordDiff` over each pair of cells, no more than over the whole row.
    func cellChanges(old oldUnit: Unit?, new newUnit: Unit?) -> [CellChange]? {
        switch (oldUnit?.cells, newUnit?.cells) {
        case (nil, let new?) where oldUnit == nil:
            return one(.inserted, new, names: self.new.names)
        case (let old?, nil) where newUnit == nil:
            return one(.deleted, old, names: self.old.names)
        case (let old?, let new?):
            let count = max(old.cells.count, new.cells.count)
            return (0..<count).map { column in
                let before = column < old.cells.count ? old.cells[column] : []
                let after = column < new.cells.count ? new.cells[column] : []
                let words = WordDiff(old: before, new: after, oldNames: self.old.names, newNames: self.new.names)
                return CellChange(header: Self.header(column, new.headers, old.headers), segments: words.segments)
            }
        default:
            return nil
        }
    }

    private func one(
        _ kind: WordSegment.Kind, _ row: (cells: [[Inline]], headers: [String]), names: ReferenceNames
    ) -> [CellChange] {
        row.cells.enumerated().map { column, cell in
            let tokens = Tokenizer.tokens(cell, names: names)
            return CellChange(
                header: Self.header(column, row.headers, []),
                segments: tokens.isEmpty ? [] : [WordSegment(kind, Tokenizer.text(tokens))])
        }
    }

    private static func header(_ column: Int, _ first: [String], _ second: [String]) -> String? {
        column < first.count ? first[column] : column < second.count ? second[column] : nil
    }
}
