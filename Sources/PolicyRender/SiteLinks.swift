import PolicyModel

/// Where a page stands in a site, as the site build knows it: relative links to the pages
/// around it. The renderer lays them out; a page without them stands alone.
public struct SiteLinks: Sendable, Hashable {
    /// The stylesheet.
    public var stylesheet: String
    /// The site's index page; nil on the index itself.
    public var home: String?
    /// The revision's permanent address, for a page that shows it at another.
    public var canonical: String?
    /// The revision's own page, for a page about it (what it allows, what changed in it).
    public var revision: String?
    /// The previous revision's page, for a page about what changed since it.
    public var previous: String?
    /// The folder holding the revision's other editions (`policy.md`, `policy.txt`, `policy.json`).
    public var editions: String?
    /// The folder holding the revision's rules pages (`allows/`, `rules.json`), when it has rules.
    public var rules: String?
    /// The policy's changelog and Atom feed.
    public var changelog: String?
    public var feed: String?
    /// The redline against the previous revision, when there is one.
    public var diff: String?
    /// Every revision of the policy, newest first.
    public var revisions: [RevisionLink] = []
    /// The revision scheduled after the one shown, announced at the top.
    public var scheduled: RevisionLink?
    /// Whether a later revision replaced the one shown, or it is yet to take effect; said at the top.
    public var standing: RevisionStanding?
    /// The policy's main page, which shows the revision in effect, from a page of another revision.
    public var current: String?
    /// Every language of the policy, the original first, the page's own marked current; empty
    /// for a policy in one language.
    public var languages: [LanguageLink] = []
    /// How far the translation the page shows lags its original; nil for an original or a
    /// translation that is up to date.
    public var translationLag: TranslationLag?

    /// Links to the stylesheet and the index page; the other links are set by the caller.
    public init(stylesheet: String, home: String?) {
        self.stylesheet = stylesheet
        self.home = home
    }
}

/// A translation the original has changed since: said at the top of its pages.
public struct TranslationLag: Sendable, Hashable {
    /// The original's language tag.
    public var originalLanguage: String
    /// The original's language named in itself (`English`).
    public var originalName: String
    /// When the original's newest revision took effect.
    public var updated: PolicyDate
    /// The original revision the translation follows.
    public var follows: PolicyDate
    /// The relative link to the original's version of the policy.
    public var originalHref: String

    /// Makes a lag from its parts.
    public init(originalLanguage: String, originalName: String, updated: PolicyDate, follows: PolicyDate, originalHref: String) {
        self.originalLanguage = originalLanguage
        self.originalName = originalName
        self.updated = updated
        self.follows = follows
        self.originalHref = originalHref
    }
}

/// A link to one revision of a policy.
public struct RevisionLink: Sendable, Hashable {
    public var effective: PolicyDate
    public var href: String
    /// True for the revision the page shows.
    public var isCurrentPage: Bool
    /// Whether the revision is in effect, scheduled or superseded on the build's as-of date.
    public var status: RevisionStatus

    /// Makes a link.
    public init(effective: PolicyDate, href: String, isCurrentPage: Bool = false, status: RevisionStatus) {
        self.effective = effective
        self.href = href
        self.isCurrentPage = isCurrentPage
        self.status = status
    }
}

/// Where a revision stands on the build's as-of date.
public enum RevisionStatus: String, Sendable, Hashable {
    case inEffect
    case scheduled
    case superseded
}

/// What the top of a revision's page says about it, on the build's as-of date.
public enum RevisionStanding: Sendable, Hashable {
    /// A later revision, effective on the date, replaced it.
    case superseded(on: PolicyDate)
    /// It takes effect on the date, after the as-of date.
    case upcoming(on: PolicyDate)
}

extension PageContext {
    /// The page context templates see for `links`; standalone (the style inlined) without them.
    /// Dates, link labels and statuses are in `words`' language.
    init(_ links: SiteLinks?, style: String, words: UIStrings) {
        guard let links else {
            self = .standalone(style: style)
            return
        }
        self = .site(stylesheetHref: links.stylesheet, homeHref: links.home ?? "")
        hasHome = links.home != nil
        if let canonical = links.canonical {
            hasCanonical = true
            canonicalHref = canonical
        }
        if let folder = links.editions {
            hasEditions = true
            editions = [
                LinkView(label: words.text("markdown"), href: folder + "policy.md"),
                LinkView(label: words.text("plainText"), href: folder + "policy.txt"),
                LinkView(label: words.text("json"), href: folder + "policy.json"),
            ]
        }
        hasRevisions = !links.revisions.isEmpty
        revisions = links.revisions.map {
            RevisionLinkView(
                effective: $0.effective.description, effectiveLong: words.date($0.effective), href: $0.href,
                isCurrentPage: $0.isCurrentPage, status: words.text($0.status.rawValue))
        }
        if let folder = links.rules {
            hasRules = true
            allowsHref = folder + "allows/"
            rulesHref = folder + "rules.json"
        }
        if let changelog = links.changelog, let feed = links.feed {
            hasHistory = true
            changelogHref = changelog
            feedHref = feed
        }
        if let diff = links.diff {
            hasDiff = true
            diffHref = diff
        }
        if let next = links.scheduled {
            hasNotice = true
            noticeDate = words.date(next.effective)
            noticeEffective = next.effective.description
            noticeHref = next.href
        }
        switch links.standing {
        case .superseded(let date):
            isSuperseded = true
            (versionDate, versionEffective) = (words.date(date), date.description)
        case .upcoming(let date):
            isUpcoming = true
            (versionDate, versionEffective) = (words.date(date), date.description)
        case nil: break
        }
        if let current = links.current {
            hasCurrentLink = true
            currentHref = current
        }
        hasLanguages = !links.languages.isEmpty
        languages = links.languages
        if let lag = links.translationLag {
            isTranslationBehind = true
            translationNotice = words.text(
                "translationBehind",
                ["language": lag.originalName, "date": words.date(lag.updated), "followed": words.date(lag.follows)])
            originalHref = lag.originalHref
            originalLanguage = lag.originalLanguage
        }
    }
}
