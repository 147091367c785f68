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

    /// Links to the stylesheet and the index page; the other links are set by the caller.
    public init(stylesheet: String, home: String?) {
        self.stylesheet = stylesheet
        self.home = home
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
    case inEffect = "in effect"
    case scheduled
    case superseded
}

extension PageContext {
    /// The page context templates see for `links`; standalone (the style inlined) without them.
    init(_ links: SiteLinks?, style: String) {
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
                LinkView(label: "Markdown", href: folder + "policy.md"),
                LinkView(label: "plain text", href: folder + "policy.txt"),
                LinkView(label: "JSON", href: folder + "policy.json"),
            ]
        }
        hasRevisions = !links.revisions.isEmpty
        revisions = links.revisions.map {
            RevisionLinkView(
                effective: $0.effective.description, effectiveLong: $0.effective.longDescription, href: $0.href,
                isCurrentPage: $0.isCurrentPage, status: $0.status.rawValue)
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
            noticeDate = next.effective.longDescription
            noticeEffective = next.effective.description
            noticeHref = next.href
        }
    }
}
