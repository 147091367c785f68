import PolicyDiff
import PolicyModel
import PolicyRender

/// The pages made from each policy's changelog: redlines, changelog pages and feeds.
enum HistoryPages {
    static func add(_ context: inout SiteContext) throws {
        let changelogs = context.histories.map(Changelog.init(history:))
        RedlinePages.add(&context, changelogs: changelogs)
        ChangelogPages.add(&context, changelogs: changelogs)
        FeedPages.add(&context, changelogs: changelogs)
    }
}

/// `<policy>/<date>/diff/index.html`: the redline of each revision against the one before it.
enum RedlinePages {
    static func add(_ context: inout SiteContext, changelogs: [Changelog]) {
        let redlines = zip(context.histories, changelogs).flatMap { history, changelog in
            changelog.entries.compactMap { entry -> (path: String, changes: ChangeSet, language: String, root: String)? in
                guard let changes = entry.changes, let diff = entry.diffPath else { return nil }
                let root = "../../" + LanguageVersions.up(history)
                return ("\(LanguageVersions.folder(history))/\(diff)index.html", changes, changelog.language, root)
            }
        }
        let pages = redlines.concurrentMap { redline in
            let changes = redline.changes
            let links: [(label: String, href: String)] = [
                ("All policies", redline.root),
                ("New text (\(changes.new.effective))", "../"),
                ("Previous text (\(changes.old.effective))", "../../\(changes.old.effective)/"),
                ("Changelog", "../../changelog/"),
            ]
            return changes.html(language: redline.language, links: links)
        }
        for (redline, page) in zip(redlines, pages) { context.files.add(redline.path, page) }
    }
}

/// `<policy>/changelog/`: `index.html`, `changelog.md` and `changelog.txt`.
enum ChangelogPages {
    static func add(_ context: inout SiteContext, changelogs: [Changelog]) {
        let baseURL = context.baseURL
        let pages = Array(zip(context.histories, changelogs)).concurrentMap { history, changelog in
            let folder = "\(LanguageVersions.folder(history))/changelog"
            let prefix = baseURL.isEmpty ? "../" : baseURL + LanguageVersions.folder(history) + "/"
            return [
                (
                    "\(folder)/index.html",
                    changelog.html(linkPrefix: prefix, stylesheetHref: "../" + LanguageVersions.up(history) + "style.css", homeHref: "../")
                ),
                ("\(folder)/changelog.md", changelog.markdown(linkPrefix: prefix)),
                ("\(folder)/changelog.txt", changelog.text(linkPrefix: prefix)),
            ]
        }
        for (path, text) in pages.joined() { context.files.add(path, text) }
    }
}

/// `<policy>/feed.xml`: the Atom feed of every revision, scheduled ones included.
enum FeedPages {
    static func add(_ context: inout SiteContext, changelogs: [Changelog]) {
        let baseURL = context.baseURL
        let feeds = Array(zip(context.histories, changelogs)).concurrentMap { history, changelog in
            let folder = LanguageVersions.folder(history)
            let policyURL = baseURL.isEmpty ? "" : baseURL + folder + "/"
            return ("\(folder)/feed.xml", changelog.atom(policyURL: policyURL))
        }
        for (path, text) in feeds { context.files.add(path, text) }
    }
}
