/// Where a rendered page stands in a site: links to its stylesheet, its other editions and
/// revisions, a notice of a scheduled revision, and whether the page's own revision is
/// superseded or upcoming. `PageContext.standalone` has none of it.
public struct PageContext: Sendable {
    /// The relative link to the stylesheet; empty to inline the built-in style instead.
    public var stylesheetHref: String
    /// The stylesheet text when it is inlined.
    public var inlineStyle: String
    public var hasInlineStyle: Bool
    public var hasStylesheetHref: Bool
    /// The relative link to the site's index page.
    public var homeHref: String
    public var hasHome: Bool
    public var hasCanonical: Bool
    /// The relative link to the revision's permalink.
    public var canonicalHref: String
    public var hasNotice: Bool
    /// The effective date of the scheduled revision, long form.
    public var noticeDate: String
    /// `YYYY-MM-DD` of the scheduled revision.
    public var noticeEffective: String
    public var noticeHref: String
    public var hasEditions: Bool
    public var editions: [LinkView]
    public var hasRevisions: Bool
    public var revisions: [RevisionLinkView]
    /// True when the page links to its revision's rules (`allows/` and `rules.json`).
    public var hasRules: Bool
    /// The relative link to the "What this policy allows" page.
    public var allowsHref: String
    /// The relative link to the rules export.
    public var rulesHref: String
    /// True when the page links the policy's changelog and Atom feed.
    public var hasHistory = false
    /// The relative link to the policy's changelog folder.
    public var changelogHref = ""
    /// The relative link to the policy's Atom feed.
    public var feedHref = ""
    /// True when the page links the redline against the previous revision.
    public var hasDiff = false
    /// The relative link to that redline.
    public var diffHref = ""
    /// True when the page shows the row of links to its editions, rules and history.
    public var hasPageLinks: Bool { hasEditions || hasRules || hasHistory }
    /// True when a later revision has replaced the one the page shows.
    public var isSuperseded = false
    /// True when the revision the page shows takes effect after the build's as-of date.
    public var isUpcoming = false
    /// When the shown revision was replaced (superseded) or takes effect (upcoming), long form.
    public var versionDate = ""
    /// `YYYY-MM-DD` of `versionDate`.
    public var versionEffective = ""
    /// True when the page links the policy's main page, which shows the revision in effect.
    public var hasCurrentLink = false
    /// The relative link to the policy's main page.
    public var currentHref = ""
    /// True when the policy is published in several languages: the page links each language's
    /// version (`<link rel="alternate" hreflang>` and a switcher).
    public var hasLanguages = false
    /// Every language of the policy, the original first, the page's own marked current.
    public var languages: [LanguageLinkView] = []
    /// True when the page shows a translation that the original has changed since.
    public var isTranslationBehind = false
    /// What the page says of it, in the page's language ("The original (English) was updated on …").
    public var translationNotice = ""
    /// The relative link to the original's version of the page.
    public var originalHref = ""
    /// The original's language tag.
    public var originalLanguage = ""

    /// A page that stands alone: inline style, no site links.
    public static func standalone(style: String) -> PageContext {
        PageContext(
            stylesheetHref: "", inlineStyle: style, hasInlineStyle: !style.isEmpty, hasStylesheetHref: false,
            homeHref: "", hasHome: false, hasCanonical: false, canonicalHref: "", hasNotice: false, noticeDate: "",
            noticeEffective: "", noticeHref: "", hasEditions: false, editions: [], hasRevisions: false, revisions: [],
            hasRules: false, allowsHref: "", rulesHref: "")
    }

    /// A page of a site, linking its stylesheet; the other links are set by the caller.
    public static func site(stylesheetHref: String, homeHref: String) -> PageContext {
        var page = PageContext.standalone(style: "")
        page.stylesheetHref = stylesheetHref
        page.hasStylesheetHref = true
        page.homeHref = homeHref
        page.hasHome = true
        return page
    }
}

/// One language of a policy, as a page links it.
public struct LanguageLinkView: Sendable {
    /// The language tag (`en`, `ja`).
    public var language: String
    /// The language's name in itself (`English`, `日本語`).
    public var label: String
    /// The relative link to that language's version of the page (the language's main page when
    /// it has no matching revision).
    public var href: String
    /// True for the page's own language.
    public var isCurrent: Bool
    /// True when `href` is the same page in that language, so it is an `hreflang` alternate.
    public var isAlternate: Bool

    /// Makes a language link.
    public init(language: String, label: String, href: String, isCurrent: Bool, isAlternate: Bool) {
        self.language = language
        self.label = label
        self.href = href
        self.isCurrent = isCurrent
        self.isAlternate = isAlternate
    }
}

/// A named link.
public struct LinkView: Sendable {
    public var label: String
    public var href: String

    /// Makes a link.
    public init(label: String, href: String) {
        self.label = label
        self.href = href
    }
}

/// One revision in a list of all revisions of a policy.
public struct RevisionLinkView: Sendable {
    public var effective: String
    public var effectiveLong: String
    public var href: String
    /// True for the revision the page shows.
    public var isCurrentPage: Bool
    /// `in effect`, `scheduled` or `superseded` on the build's as-of date, in the page's language.
    public var status: String
    /// The whole link as an HTML list item, as the built-in `partials/revisions` shows it. A
    /// template may instead lay it out from the fields above.
    public var html: String

    /// Makes a revision link.
    public init(effective: String, effectiveLong: String, href: String, isCurrentPage: Bool, status: String) {
        self.effective = effective
        self.effectiveLong = effectiveLong
        self.href = href
        self.isCurrentPage = isCurrentPage
        self.status = status
        let escape = HTMLEscaping.escape
        let time = "<time datetime=\"\(escape(effective))\">\(escape(effectiveLong))</time>"
        html = "<li>"
            + (isCurrentPage ? "<span aria-current=\"page\">\(time)</span>" : "<a href=\"\(escape(href))\">\(time)</a>")
            + " <span class=\"status\">\(escape(status))</span></li>"
    }
}

/// What the site's index page template sees.
public struct IndexView: Sendable {
    public var language: String
    public var title: String
    public var policies: [PolicyListingView]
    public var page: PageContext
    /// The words of the page in its language; the renderer fills them in.
    public var strings: [String: UIText] = [:]

    /// Makes an index page view.
    public init(language: String, title: String, policies: [PolicyListingView], page: PageContext) {
        self.language = language
        self.title = title
        self.policies = policies
        self.page = page
    }
}

/// One policy on the index page.
public struct PolicyListingView: Sendable {
    public var title: String
    public var publisher: String
    public var href: String
    public var effective: String
    public var effectiveLong: String
    public var hasScheduled: Bool
    public var scheduledLong: String
    /// `YYYY-MM-DD` of the scheduled revision.
    public var scheduledEffective: String
    /// The policy's language (BCP 47), which may differ from the index page's.
    public var language: String

    /// Makes a listing.
    public init(
        title: String, publisher: String, href: String, effective: String, effectiveLong: String,
        hasScheduled: Bool, scheduledLong: String, scheduledEffective: String = "", language: String = "en"
    ) {
        self.scheduledEffective = scheduledEffective
        self.language = language
        self.title = title
        self.publisher = publisher
        self.href = href
        self.effective = effective
        self.effectiveLong = effectiveLong
        self.hasScheduled = hasScheduled
        self.scheduledLong = scheduledLong
    }
}
