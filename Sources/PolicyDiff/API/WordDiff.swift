import PolicyModel

/// The word-level diff of two texts: segments of equal, deleted and inserted words, and markup
/// changes on equal words.
public struct WordDiff: Sendable, Equatable {
    /// The text as segments; deleted words come before inserted ones within each change.
    public var segments: [WordSegment]
    /// Emphasis and link changes on words that are otherwise equal.
    public var markup: [MarkupChange]
    /// How many words (not punctuation) were inserted.
    public var wordsInserted: Int
    /// How many words were deleted.
    public var wordsDeleted: Int

    /// True when the words or their markup differ.
    public var hasChanges: Bool { !markup.isEmpty || segments.contains { $0.kind != .equal } }

    /// Compares two plain texts word by word; whitespace only separates words.
    ///
    /// - Complexity: that of `SequenceDiff.edits` over the tokens.
    public init(old: String, new: String) {
        self.init(Tokenizer.tokens(old), Tokenizer.tokens(new))
    }

    /// Compares two pieces of inline content word by word, showing references by their numbers
    /// in each revision and comparing them by their targets.
    init(old: [Inline], new: [Inline], oldNames: ReferenceNames, newNames: ReferenceNames) {
        self.init(Tokenizer.tokens(old, names: oldNames), Tokenizer.tokens(new, names: newNames))
    }

    init(_ old: [Token], _ new: [Token]) {
        // String keys, not bytes: canonically equal words (composed or decomposed accents) are
        // the same word here.
        var keys = KeyNumbers(capacity: old.count + new.count)
        let oldNumbers = keys.numbers(of: old)
        let edits = SequenceDiff.edits(oldNumbers, keys.numbers(of: new))
        var builder = SegmentBuilder()
        var i = 0
        var j = 0
        var deleted: [Token] = []
        var inserted: [Token] = []
        func flushChange() {
            builder.append(.deleted, deleted)
            builder.append(.inserted, inserted)
            deleted = []
            inserted = []
        }
        for edit in edits {
            switch edit {
            case .equal:
                flushChange()
                // Either side's whitespace, so both sides can be rebuilt from the segments.
                var token = new[j]
                token.spaceBefore = old[i].spaceBefore || new[j].spaceBefore
                builder.appendEqual(token)
                builder.compareMarks(old[i], new[j])
                i += 1
                j += 1
            case .delete:
                deleted.append(old[i])
                i += 1
            case .insert:
                inserted.append(new[j])
                j += 1
            }
        }
        flushChange()
        builder.finish()
        segments = builder.segments
        markup = builder.markup
        wordsInserted = builder.wordsInserted
        wordsDeleted = builder.wordsDeleted
    }
}

/// Numbers tokens' keys in the order they first appear, the same key the same number.
private struct KeyNumbers {
    private var numbers: [String: Int] = [:]

    /// A table sized once, so that numbering never rehashes.
    init(capacity: Int) {
        numbers.reserveCapacity(capacity)
    }

    /// The number of each token's key (a loop, not a closure: a closure capturing the table
    /// would have every lookup checked for exclusive access at run time).
    mutating func numbers(of tokens: [Token]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            if let number = numbers[token.key] {
                result.append(number)
            } else {
                result.append(numbers.count)
                numbers[token.key] = numbers.count
            }
        }
        return result
    }
}

/// Gathers tokens into segments of one kind, and equal tokens into markup changes.
private struct SegmentBuilder {
    var segments: [WordSegment] = []
    var markup: [MarkupChange] = []
    var wordsInserted = 0
    var wordsDeleted = 0
    private var run: (kind: WordSegment.Kind, tokens: [Token])?
    private var marked: (old: [Mark], new: [Mark], tokens: [Token])?

    mutating func append(_ kind: WordSegment.Kind, _ tokens: [Token]) {
        guard !tokens.isEmpty else { return }
        let words = tokens.wordCount
        if kind == .inserted { wordsInserted += words }
        if kind == .deleted { wordsDeleted += words }
        if run?.kind == kind {
            run!.tokens += tokens
        } else {
            closeRun()
            run = (kind, tokens)
        }
    }

    /// Appends one equal token, as `append(.equal, [token])` would, without making an array of it.
    mutating func appendEqual(_ token: Token) {
        if run?.kind == .equal {
            run!.tokens.append(token)
        } else {
            closeRun()
            run = (.equal, [token])
        }
    }

    mutating func compareMarks(_ old: Token, _ new: Token) {
        if old.marks == new.marks {
            closeMarked()
        } else if let current = marked, current.old == old.marks, current.new == new.marks {
            marked!.tokens.append(new)
        } else {
            closeMarked()
            marked = (old.marks, new.marks, [new])
        }
    }

    mutating func finish() {
        closeRun()
        closeMarked()
    }

    private mutating func closeRun() {
        guard let current = run else { return }
        let leading = current.tokens[0].spaceBefore && !segments.isEmpty
        let text = Tokenizer.text(current.tokens)
        segments.append(WordSegment(current.kind, text, spaceBefore: leading))
        run = nil
    }

    private mutating func closeMarked() {
        guard let current = marked else { return }
        markup.append(MarkupChange(text: Tokenizer.text(current.tokens), old: current.old, new: current.new))
        marked = nil
    }
}
