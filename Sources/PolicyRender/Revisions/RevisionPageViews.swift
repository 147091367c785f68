import PolicyModel

/// The changelog page and the Atom feed: every revision of a policy, newest first.
struct ChangelogView {
    var language: String
    var title: String
    var publisher: String
    /// The publisher, or the title when the policy names none (an Atom feed needs an author).
    var author: String
    var hasStylesheetHref: Bool
    var stylesheetHref: String
    var hasHome: Bool
    var homeHref: String
    /// The feed's id, `urn:codicil:<policy>`.
    var id: String
    /// The newest `updated` of any entry.
    var updated: String
    /// The feed's own address and the page it stands for.
    var selfHref: String
    var alternateHref: String
    var entries: [RevisionEntryView]
    /// Where the HTML page stands in a site (the frame's links), standalone with the style inlined.
    var page = PageContext.standalone(style: "")
    /// The words of the page, feed or file in its language.
    var strings: [String: UIText] = [:]

    /// The view of `changelog` for `format`, in the language of `words`.
    init(_ changelog: Changelog, format: RevisionFormat, options: ChangelogOptions, words: UIStrings) {
        language = changelog.language
        strings = format == .markdown ? words.markdownValues : words.templateValues
        title = format.value(changelog.title)
        publisher = format.value(changelog.publisher)
        author = format.value(changelog.publisher.isEmpty ? changelog.title : changelog.publisher)
        hasStylesheetHref = !options.stylesheetHref.isEmpty
        stylesheetHref = options.stylesheetHref
        hasHome = options.homeHref != nil
        homeHref = options.homeHref ?? ""
        id = Changelog.feedID(changelog.policy)
        selfHref = options.linkPrefix + "feed.xml"
        alternateHref = options.linkPrefix.isEmpty ? "./" : options.linkPrefix
        let dates = FeedDates(asOf: options.asOf, effective: changelog.entries.map(\.effective))
        entries = changelog.entries.map {
            RevisionEntryView(
                $0, format: format, prefix: options.linkPrefix, dates: dates, policy: changelog.policy, words: words)
        }
        for index in entries.indices { entries[index].strings = strings }
        updated = entries.map(\.updated).max() ?? Changelog.timestamp("1970-01-01")
    }
}

/// Where a changelog or feed stands: the prefix of its links, its stylesheet and home page, and
/// the day it treats as today.
public struct ChangelogOptions: Sendable {
    /// Put before `<date>/` and `<date>/diff/` (and `feed.xml`): the policy's folder.
    public var linkPrefix: String
    /// The stylesheet an HTML page links; none when empty.
    public var stylesheetHref: String
    /// The site's index page, linked from the site bar of an HTML page; none when nil.
    public var homeHref: String?
    /// The day the output is made for: a revision effective after it is upcoming. Nil treats
    /// every revision as in effect.
    public var asOf: PolicyDate?

    /// The HTML page's place in a site: its stylesheet, home, and the policy's changelog and
    /// feed; nil for a page that stands alone.
    var links: SiteLinks? {
        guard homeHref != nil || !stylesheetHref.isEmpty else { return nil }
        var links = SiteLinks(stylesheet: stylesheetHref, home: homeHref)
        (links.changelog, links.feed) = (linkPrefix + "changelog/", linkPrefix + "feed.xml")
        return links
    }

    /// Makes options; every one may be left out.
    public init(linkPrefix: String = "", stylesheetHref: String = "", homeHref: String? = nil, asOf: PolicyDate? = nil)
    {
        self.linkPrefix = linkPrefix
        self.stylesheetHref = stylesheetHref
        self.homeHref = homeHref
        self.asOf = asOf
    }
}

/// A notice about one revision, for a text or HTML body.
struct NoticeView {
    var language: String
    var title: String
    var publisher: String
    var hasPublisher: Bool
    var subject: String
    var entry: RevisionEntryView
    var textURL: String
    var hasDiff: Bool
    var diffURL: String
    /// The words of the notice in its language.
    var strings: [String: UIText]

    /// The view of `notice` for `format`, in the language of `words`.
    init(_ notice: RevisionNotice, format: RevisionFormat, words: UIStrings) {
        language = notice.language
        strings = words.templateValues
        title = format.value(notice.title)
        publisher = format.value(notice.publisher)
        hasPublisher = !notice.publisher.isEmpty
        subject = format.value(notice.subject(words: words))
        entry = RevisionEntryView(
            notice.entry, format: format, prefix: "", dates: FeedDates(asOf: nil, effective: []), policy: notice.policy,
            words: words)
        entry.strings = strings
        textURL = format.href(notice.textURL)
        hasDiff = notice.diffURL != nil
        diffURL = format.href(notice.diffURL ?? "")
    }
}

/// A notice as a complete e-mail: headers already encoded, bodies in base64.
struct EmailView {
    var from: String
    var to: String
    var date: String
    var messageID: String
    var subject: String
    var language: String
    var boundary: String
    var textBody: String
    var htmlBody: String
}
