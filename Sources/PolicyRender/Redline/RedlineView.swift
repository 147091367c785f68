import PolicyDiff

/// What a redline template sees: the change set's summary, its assessment, and each changed
/// block grouped under its section, every string already written for the template's format.
struct RedlineView: Sendable {
    var language: String
    /// The new revision's title.
    var title: String
    /// The old and new revisions' dates: `2012-12-01 (December, 2012)`.
    var oldDate: String
    var newDate: String
    /// The old and new revisions' effective dates, `YYYY-MM-DD`.
    var oldEffective: String
    var newEffective: String
    /// True in a site, where the page links the index, both revisions' pages and the changelog.
    var hasLinks: Bool
    var homeHref: String
    var newHref: String
    var oldHref: String
    var changelogHref: String
    var hasMateriality: Bool
    /// `material — broadens: 3 decisions change`.
    var materialityLine: String
    /// The assessment as the plain-text redline shows it, a line each.
    var materialityLines: [String]
    var reviews: [String]
    var hasReviews: Bool
    /// `disclose to bank for marketing: deny → permit (4 (10))`, one per flipped decision.
    var flips: [String]
    var hasFlips: Bool
    /// `1 added, 0 removed, …; 40 unchanged blocks not shown`.
    var summaryLine: String
    var metadata: [RedlineFieldView]
    var hasMetadata: Bool
    var groups: [RedlineGroupView]
    /// The count of unchanged blocks left out, and `block` or `blocks`.
    var unchanged: Int
    var unchangedNoun: String
    var hasUnchanged: Bool
    /// ANSI bold on and off around a heading of the coloured text redline; empty otherwise.
    var boldOn: String
    var boldOff: String
    /// Where the HTML page stands in a site (the frame's links), standalone with the style inlined.
    var page = PageContext.standalone(style: "")
    /// The words of the HTML page in its language.
    var strings: [String: UIText] = [:] {
        didSet {
            for group in groups.indices {
                for change in groups[group].changes.indices { groups[group].changes[change].strings = strings }
            }
        }
    }
    /// `16 unchanged blocks not shown.` in the HTML page's language.
    var unchangedLine = ""
}

/// A changed field of the revision's metadata.
struct RedlineFieldView: Sendable {
    /// `effective`, `label`, `title`.
    var field: String
    /// The old and new values, the changed words marked.
    var words: String
}

/// The changes under one section heading (or `Preamble`, `Closing`, `Notes`).
struct RedlineGroupView: Sendable {
    var heading: String
    var changes: [RedlineChangeView]
}

/// One changed block.
struct RedlineChangeView: Sendable {
    /// `added`, `modified`, … (a class name in HTML).
    var kind: String
    /// `+`, `-`, `~`, `>`, `#`, `&`, `/` at the start of the plain-text line.
    var sign: String
    /// Where the block stands, old → new: `4 (5) → 4 (6)`.
    var numberLine: String
    /// The old and new numbers shown apart (`—` where there is none): `note 3`, `4 (5)`.
    var oldNumber: String
    var newNumber: String
    /// What happened: `modified`, `moved from 4 to the policy and edited`.
    var kindLine: String
    /// A changed table row laid out for the format.
    var row: String
    var hasRow: Bool
    /// The block's words with the changes marked.
    var words: String
    var hasWords: Bool
    /// The parts of an added or removed run, each with its number.
    var parts: [RedlinePartView]
    /// Changes of markup only (emphasis, links) in the block.
    var markups: [RedlineMarkupView]
    /// The page's `strings`, answered here so that a lookup inside the loop finds them at once.
    var strings: [String: UIText] = [:]
}

/// One part of an added or removed run of blocks.
struct RedlinePartView: Sendable {
    var number: String
    var words: String
}

/// A change of markup only: the words and their old and new markup.
struct RedlineMarkupView: Sendable {
    var text: String
    var old: String
    var new: String
}
