import PolicyDiff
import PolicyModel
import PolicyRender
import PolicyRules

/// The pages made from each policy's changelog: redlines, changelog pages and feeds.
enum HistoryPages {
    static func add(_ context: inout SiteContext) throws {
        let changelogs = context.analyses.map(Changelog.init(history:))
        RedlinePages.add(&context, changelogs: changelogs)
        // The changelog pages and the feed word each entry in the same language four times.
        let renderer = context.renderer
        let worded = changelogs.concurrentMap { renderer.worded($0) }
        ChangelogPages.add(&context, changelogs: worded)
        FeedPages.add(&context, changelogs: worded)
    }
}

/// `<policy>/<date>/diff/index.html`: the redline of each revision against the one before it.
enum RedlinePages {
    static func add(_ context: inout SiteContext, changelogs: [Changelog]) {
        let redlines = zip(context.histories, changelogs).flatMap { history, changelog in
            changelog.entries.compactMap {
                entry -> (
                    path: String, changes: ChangeSet, materiality: Materiality?, language: String,
                    labels: [TermID: String], root: String
                )? in
                guard let changes = entry.changes, let diff = entry.diffPath else { return nil }
                let path = "\(LanguageVersions.folder(history))/\(diff)index.html"
                return (
                    path, changes, entry.materiality, changelog.language, entry.labels,
                    "../../" + LanguageVersions.up(history)
                )
            }
        }
        let renderer = context.renderer
        let pages = redlines.concurrentMap { redline in
            let changes = redline.changes
            var links = SiteLinks(stylesheet: redline.root + "style.css", home: redline.root)
            links.revision = "../"
            links.previous = "../../\(changes.old.effective)/"
            links.changelog = "../../changelog/"
            links.feed = "../../feed.xml"
            return Array(
                renderer.redline(
                    changes, assessment: redline.materiality, as: .html, language: redline.language,
                    labels: redline.labels, links: links
                ).utf8)
        }
        for (redline, page) in zip(redlines, pages) { context.files.add(redline.path, bytes: page) }
    }
}

/// `<policy>/changelog/`: `index.html`, `changelog.md` and `changelog.txt`.
enum ChangelogPages {
    static func add(_ context: inout SiteContext, changelogs: [Changelog]) {
        let (baseURL, renderer, asOf) = (context.baseURL, context.renderer, context.asOf)
        let pages = Array(zip(context.histories, changelogs)).concurrentMap { history, changelog in
            let folder = "\(LanguageVersions.folder(history))/changelog"
            let prefix = baseURL.isEmpty ? "../" : baseURL + LanguageVersions.folder(history) + "/"
            let page = ChangelogOptions(
                linkPrefix: prefix, stylesheetHref: "../" + LanguageVersions.up(history) + "style.css",
                homeHref: "../" + LanguageVersions.up(history), asOf: asOf)
            let file = ChangelogOptions(linkPrefix: prefix, asOf: asOf)
            return [
                ("\(folder)/index.html", renderer.renderChangelog(changelog, as: .html, options: page)),
                ("\(folder)/changelog.md", renderer.renderChangelog(changelog, as: .markdown, options: file)),
                ("\(folder)/changelog.txt", renderer.renderChangelog(changelog, as: .text, options: file)),
            ]
        }
        for (path, text) in pages.joined() { context.files.add(path, text) }
    }
}

/// `<policy>/feed.xml`: the Atom feed of every revision, scheduled ones marked upcoming.
enum FeedPages {
    static func add(_ context: inout SiteContext, changelogs: [Changelog]) {
        let (baseURL, renderer, asOf) = (context.baseURL, context.renderer, context.asOf)
        let feeds = Array(zip(context.histories, changelogs)).concurrentMap { history, changelog in
            let folder = LanguageVersions.folder(history)
            let policyURL = baseURL.isEmpty ? "" : baseURL + folder + "/"
            let options = ChangelogOptions(linkPrefix: policyURL, asOf: asOf)
            return ("\(folder)/feed.xml", renderer.renderFeed(changelog, options: options))
        }
        for (path, text) in feeds { context.files.add(path, text) }
    }
}
