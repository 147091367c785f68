/// Where a rendered page stands in a site: links to its stylesheet, its other editions and
/// revisions, a notice of a scheduled revision, and whether the page's own revision is
/// superseded or upcoming. `PageContext.standalone` has none of it.
struct PageContext: Sendable {
    /// The relative link to the stylesheet; empty to inline the built-in style instead.
    var stylesheetHref: String
    /// The stylesheet text when it is inlined.
    var inlineStyle: String
    var hasInlineStyle: Bool
    var hasStylesheetHref: Bool
    /// The relative link to the site's index page.
    var homeHref: String
    var hasHome: Bool
    var hasCanonical: Bool
    /// The relative link to the revision's permalink.
    var canonicalHref: String
    var hasNotice: Bool
    /// The effective date of the scheduled revision, long form.
    var noticeDate: String
    /// `YYYY-MM-DD` of the scheduled revision.
    var noticeEffective: String
    var noticeHref: String
    var hasEditions: Bool
    var editions: [LinkView]
    var hasRevisions: Bool
    var revisions: [RevisionLinkView]
    /// True when the page links to its revision's rules (`allows/` and `rules.json`).
    var hasRules: Bool
    /// The relative link to the "What this policy allows" page.
    var allowsHref: String
    /// The relative link to the rules export.
    var rulesHref: String
    /// True when the page links the policy's changelog and Atom feed.
    var hasHistory = false
    /// The relative link to the policy's changelog folder.
    var changelogHref = ""
    /// The relative link to the policy's Atom feed.
    var feedHref = ""
    /// True when the page links the redline against the previous revision.
    var hasDiff = false
    /// The relative link to that redline.
    var diffHref = ""
    /// True when the page shows the row of links to its editions, rules and history.
    var hasPageLinks: Bool { hasEditions || hasRules || hasHistory }
    /// True when a later revision has replaced the one the page shows.
    var isSuperseded = false
    /// True when the revision the page shows takes effect after the build's as-of date.
    var isUpcoming = false
    /// When the shown revision was replaced (superseded) or takes effect (upcoming), long form.
    var versionDate = ""
    /// `YYYY-MM-DD` of `versionDate`.
    var versionEffective = ""
    /// True when the page links the policy's main page, which shows the revision in effect.
    var hasCurrentLink = false
    /// The relative link to the policy's main page.
    var currentHref = ""
    /// True when the policy is published in several languages: the page links each language's
    /// version (`<link rel="alternate" hreflang>` and a switcher).
    var hasLanguages = false
    /// Every language of the policy, the original first, the page's own marked current.
    var languages: [LanguageLink] = []
    /// True when the page shows a translation that the original has changed since.
    var isTranslationBehind = false
    /// What the page says of it, in the page's language ("The original (English) was updated on …").
    var translationNotice = ""
    /// The relative link to the original's version of the page.
    var originalHref = ""
    /// The original's language tag.
    var originalLanguage = ""

    /// A page that stands alone: inline style, no site links.
    static func standalone(style: String) -> PageContext {
        PageContext(
            stylesheetHref: "", inlineStyle: style, hasInlineStyle: !style.isEmpty, hasStylesheetHref: false,
            homeHref: "", hasHome: false, hasCanonical: false, canonicalHref: "", hasNotice: false, noticeDate: "",
            noticeEffective: "", noticeHref: "", hasEditions: false, editions: [], hasRevisions: false, revisions: [],
            hasRules: false, allowsHref: "", rulesHref: "")
    }

    /// A page of a site, linking its stylesheet; the other links are set by the caller.
    static func site(stylesheetHref: String, homeHref: String) -> PageContext {
        var page = PageContext.standalone(style: "")
        page.stylesheetHref = stylesheetHref
        page.hasStylesheetHref = true
        page.homeHref = homeHref
        page.hasHome = true
        return page
    }
}

/// One language of a policy, as a page links it.
public struct LanguageLink: Sendable, Hashable {
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
struct LinkView: Sendable {
    var label: String
    var href: String

    /// Makes a link.
    init(label: String, href: String) {
        self.label = label
        self.href = href
    }
}

/// One revision in a list of all revisions of a policy.
struct RevisionLinkView: Sendable {
    var effective: String
    var effectiveLong: String
    var href: String
    /// True for the revision the page shows.
    var isCurrentPage: Bool
    /// `in effect`, `scheduled` or `superseded` on the build's as-of date, in the page's language.
    var status: String
    /// The whole link as an HTML list item, as the built-in `partials/revisions` shows it. A
    /// template may instead lay it out from the fields above.
    var html: String

    /// Makes a revision link.
    init(effective: String, effectiveLong: String, href: String, isCurrentPage: Bool, status: String) {
        self.effective = effective
        self.effectiveLong = effectiveLong
        self.href = href
        self.isCurrentPage = isCurrentPage
        self.status = status
        html = HTMLWriter.fragment { html in
            html.element(.li) { item in
                let time = { (html: inout HTMLWriter) in
                    html.element(.time, [.datetime: effective], text: effectiveLong)
                }
                if isCurrentPage {
                    item.element(.span, [.ariaCurrent: "page"], content: time)
                } else {
                    item.element(.a, [.href: href], content: time)
                }
                item.text(" ")
                item.element(.span, [.class: "status"], text: status)
            }
        }
    }
}

/// What the site's index page template sees.
struct IndexView: Sendable {
    var language: String
    var title: String
    var policies: [PolicyListingView]
    var page: PageContext
    /// The words of the page in its language; the renderer fills them in.
    var strings: [String: UIText] = [:]

    /// Makes an index page view.
    init(language: String, title: String, policies: [PolicyListingView], page: PageContext) {
        self.language = language
        self.title = title
        self.policies = policies
        self.page = page
    }
}

/// One policy on the index page.
struct PolicyListingView: Sendable {
    var title: String
    var publisher: String
    var href: String
    var effective: String
    var effectiveLong: String
    var hasScheduled: Bool
    var scheduledLong: String
    /// `YYYY-MM-DD` of the scheduled revision.
    var scheduledEffective: String
    /// The policy's language (BCP 47), which may differ from the index page's.
    var language: String

    /// Makes a listing.
    init(
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
