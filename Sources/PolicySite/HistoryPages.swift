import PolicyDiff
import PolicyModel
import PolicyRender

/// `<policy>/<date>/diff/index.html`: the redline of each revision against the one before it.
enum RedlinePages {
    static func add(_ context: inout SiteContext) throws {
        let redlines = zip(context.histories, context.changelogs).flatMap { history, changelog in
            changelog.entries.compactMap { entry -> (path: String, changes: ChangeSet, language: String)? in
                guard let changes = entry.changes, let diff = entry.diffPath else { return nil }
                return ("\(history.id.rawValue)/\(diff)index.html", changes, changelog.language)
            }
        }
        let pages = redlines.concurrentMap { redline in
            let changes = redline.changes
            let links: [(label: String, href: String)] = [
                ("All policies", "../../../"),
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
    static func add(_ context: inout SiteContext) throws {
        for (history, changelog) in zip(context.histories, context.changelogs) {
            let folder = "\(history.id.rawValue)/changelog"
            let prefix = context.baseURL.isEmpty ? "../" : context.baseURL + history.id.rawValue + "/"
            context.files.add(
                "\(folder)/index.html",
                changelog.html(linkPrefix: prefix, stylesheetHref: "../../style.css", homeHref: "../"))
            context.files.add("\(folder)/changelog.md", changelog.markdown(linkPrefix: prefix))
            context.files.add("\(folder)/changelog.txt", changelog.text(linkPrefix: prefix))
        }
    }
}

/// `<policy>/feed.xml`: the Atom feed of every revision, scheduled ones included.
enum FeedPages {
    static func add(_ context: inout SiteContext) throws {
        for (history, changelog) in zip(context.histories, context.changelogs) {
            let policyURL = context.baseURL.isEmpty ? "" : context.baseURL + history.id.rawValue + "/"
            context.files.add("\(history.id.rawValue)/feed.xml", changelog.atom(policyURL: policyURL))
        }
    }
}
