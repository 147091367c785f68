import PolicyModel
import PolicyRender

/// `<policy>/<effective-date>/`: every revision in every edition, at a permanent address.
enum RevisionPages {
    static func add(_ context: inout SiteContext) throws {
        let revisions = context.histories.flatMap { history in history.revisions.map { (history, $0) } }
        let pages = try revisions.concurrentMap { [context] history, policy in
            let folder = "\(LanguageVersions.folder(history))/\(policy.revision.effective)"
            let root = "../" + LanguageVersions.up(history)
            var page = PageContext.site(stylesheetHref: root + "style.css", homeHref: root)
            let words = context.renderer.strings(for: policy.language)
            page.hasEditions = true
            page.editions = editionLinks(prefix: "", words)
            VersionNotice.mark(&page, history, showing: policy, context: context, currentHref: "../")
            context.versions.mark(
                &page, history, showing: policy, pageFolder: folder + "/", asOf: context.asOf, renderer: context.renderer)
            page.hasRevisions = true
            page.revisions = revisionLinks(history, showing: policy, context: context, prefix: "../")
            linkRules(&page, context.versions.rulesSource(of: policy), prefix: "")
            page.hasHistory = true
            page.changelogHref = "../changelog/"
            page.feedHref = "../feed.xml"
            page.hasDiff = history.predecessor(of: policy.revision.effective) != nil
            page.diffHref = "diff/"
            let renderer = context.renderer
            return [
                ("\(folder)/index.html", try renderer.render(policy, as: .html, page: page)),
                ("\(folder)/policy.md", try renderer.render(policy, as: .markdown)),
                ("\(folder)/policy.txt", try renderer.render(policy, as: .text)),
                ("\(folder)/policy.json", try renderer.render(policy, as: .json)),
            ]
        }
        for (path, text) in pages.joined() { context.files.add(path, text) }
    }

    /// Links to the Markdown, text and JSON editions in the folder at `prefix`.
    static func editionLinks(prefix: String, _ words: UIStrings) -> [LinkView] {
        [
            LinkView(label: words.text("markdown"), href: prefix + "policy.md"),
            LinkView(label: words.text("plainText"), href: prefix + "policy.txt"),
            LinkView(label: words.text("json"), href: prefix + "policy.json"),
        ]
    }

    /// Links a page to the revision's rules pages in the folder at `prefix`, when it has rules.
    static func linkRules(_ page: inout PageContext, _ policy: Policy, prefix: String) {
        guard RulesPages.hasRules(policy) else { return }
        page.hasRules = true
        page.allowsHref = prefix + "allows/"
        page.rulesHref = prefix + "rules.json"
    }

    /// Every revision of a policy, newest first, linked from a page `prefix` away from the
    /// policy's folder.
    static func revisionLinks(
        _ history: PolicyHistory, showing shown: Policy, context: SiteContext, prefix: String
    ) -> [RevisionLinkView] {
        let inEffect = history.revision(inEffectOn: context.asOf)?.revision.effective
        let words = context.renderer.strings(for: shown.language)
        return history.revisions.reversed().map { policy in
            let date = policy.revision.effective
            let status = words.text(date > context.asOf ? "scheduled" : date == inEffect ? "inEffect" : "superseded")
            return RevisionLinkView(
                effective: date.description, effectiveLong: words.date(date), href: "\(prefix)\(date)/",
                isCurrentPage: date == shown.revision.effective, status: status)
        }
    }
}

/// `<policy>/index.html`: the revision in effect on the as-of date, with a notice of any
/// revision already scheduled.
enum CurrentPages {
    static func add(_ context: inout SiteContext) throws {
        let pages = try context.histories.concurrentMap { [context] history -> (String, String)? in
            guard let policy = context.current(history) else { return nil }
            let date = policy.revision.effective
            let root = LanguageVersions.up(history)
            var page = PageContext.site(stylesheetHref: root + "style.css", homeHref: root)
            page.hasCanonical = true
            page.canonicalHref = "\(date)/"
            let words = context.renderer.strings(for: policy.language)
            page.hasEditions = true
            page.editions = RevisionPages.editionLinks(prefix: "\(date)/", words)
            VersionNotice.mark(&page, history, showing: policy, context: context, currentHref: nil)
            context.versions.mark(
                &page, history, showing: nil, pageFolder: LanguageVersions.folder(history) + "/", asOf: context.asOf,
                renderer: context.renderer)
            page.hasRevisions = true
            page.revisions = RevisionPages.revisionLinks(history, showing: policy, context: context, prefix: "")
            RevisionPages.linkRules(&page, context.versions.rulesSource(of: policy), prefix: "\(date)/")
            page.hasHistory = true
            page.changelogHref = "changelog/"
            page.feedHref = "feed.xml"
            page.hasDiff = history.predecessor(of: date) != nil
            page.diffHref = "\(date)/diff/"
            if let next = context.scheduled(history) {
                page.hasNotice = true
                page.noticeDate = words.date(next.revision.effective)
                page.noticeEffective = next.revision.effective.description
                page.noticeHref = "\(next.revision.effective)/"
            }
            let path = "\(LanguageVersions.folder(history))/index.html"
            return (path, try context.renderer.render(policy, as: .html, page: page))
        }
        for case let (path, text)? in pages { context.files.add(path, text) }
    }
}
