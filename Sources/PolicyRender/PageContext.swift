/// Where a rendered page stands in a site: links to its stylesheet, its other editions and
/// revisions, and a notice of a scheduled revision. `PageContext.standalone` has none of it.
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
    /// `in effect`, `scheduled` or `superseded` on the build's as-of date.
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
        html = HTMLWriter.fragment { html in
            html.element(.li) { item in
                let time = { (html: inout HTMLWriter) in html.element(.time, [.datetime: effective], text: effectiveLong) }
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
public struct IndexView: Sendable {
    public var language: String
    public var title: String
    public var policies: [PolicyListingView]
    public var page: PageContext

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

    /// Makes a listing.
    public init(
        title: String, publisher: String, href: String, effective: String, effectiveLong: String,
        hasScheduled: Bool, scheduledLong: String
    ) {
        self.title = title
        self.publisher = publisher
        self.href = href
        self.effective = effective
        self.effectiveLong = effectiveLong
        self.hasScheduled = hasScheduled
        self.scheduledLong = scheduledLong
    }
}
