import PolicyModel
import PolicyRender

/// `<policy>/<effective-date>/`: every revision in every edition, at a permanent address.
enum RevisionPages {
    static func add(_ context: inout SiteContext) throws {
        let revisions = context.histories.flatMap { history in history.revisions.map { (history, $0) } }
        let pages = try revisions.concurrentMap { [context] history, policy in
            let folder = "\(LanguageVersions.folder(history))/\(policy.revision.effective)"
            let root = "../" + LanguageVersions.up(history)
            var links = SiteLinks(stylesheet: root + "style.css", home: root)
            links.editions = ""
            links.revisions = revisionLinks(history, showing: policy, context: context, prefix: "../")
            links.rules = RulesPages.hasRules(context.versions.rulesSource(of: policy)) ? "" : nil
            links.changelog = "../changelog/"
            links.feed = "../feed.xml"
            links.diff = history.predecessor(of: policy.revision.effective) != nil ? "diff/" : nil
            VersionNotice.mark(&links, history, showing: policy, context: context, currentHref: "../")
            context.versions.mark(
                &links, history, showing: policy, pageFolder: folder + "/", asOf: context.asOf,
                renderer: context.renderer)
            let renderer = context.renderer
            return [
                ("\(folder)/index.html", Array(try renderer.render(policy, as: .html, links: links).utf8)),
                ("\(folder)/policy.md", Array(try renderer.render(policy, as: .markdown).utf8)),
                ("\(folder)/policy.txt", Array(try renderer.render(policy, as: .text).utf8)),
                ("\(folder)/policy.json", Array(try renderer.render(policy, as: .json).utf8)),
            ]
        }
        for (path, bytes) in pages.joined() { context.files.add(path, bytes: bytes) }
    }

    /// Every revision of a policy, newest first, linked from a page `prefix` away from the
    /// policy's folder.
    static func revisionLinks(
        _ history: PolicyHistory, showing shown: Policy, context: SiteContext, prefix: String
    ) -> [RevisionLink] {
        let inEffect = history.revision(inEffectOn: context.asOf)?.revision.effective
        return history.revisions.reversed().map { policy in
            let date = policy.revision.effective
            let status: RevisionStatus = date > context.asOf ? .scheduled : date == inEffect ? .inEffect : .superseded
            let isShown = date == shown.revision.effective
            return RevisionLink(effective: date, href: "\(prefix)\(date)/", isCurrentPage: isShown, status: status)
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
            var links = SiteLinks(stylesheet: root + "style.css", home: root)
            VersionNotice.mark(&links, history, showing: policy, context: context, currentHref: nil)
            context.versions.mark(
                &links, history, showing: nil, pageFolder: LanguageVersions.folder(history) + "/", asOf: context.asOf,
                renderer: context.renderer)
            links.canonical = "\(date)/"
            links.editions = "\(date)/"
            links.revisions = RevisionPages.revisionLinks(history, showing: policy, context: context, prefix: "")
            links.rules = RulesPages.hasRules(context.versions.rulesSource(of: policy)) ? "\(date)/" : nil
            links.changelog = "changelog/"
            links.feed = "feed.xml"
            links.diff = history.predecessor(of: date) != nil ? "\(date)/diff/" : nil
            links.scheduled = context.scheduled(history).map {
                RevisionLink(effective: $0.revision.effective, href: "\($0.revision.effective)/", status: .scheduled)
            }
            let path = "\(LanguageVersions.folder(history))/index.html"
            return (path, try context.renderer.render(policy, as: .html, links: links))
        }
        for case let (path, text)? in pages { context.files.add(path, text) }
    }
}
