import PolicyDiff
import PolicyModel
import PolicyRender

/// `<policy>/<date>/diff/index.html`: the redline of each revision against the one before it.
enum RedlinePages {
    static func add(_ context: inout SiteContext) throws {
        for history in context.histories {
            let changelog = Changelog(history: history)
            for entry in changelog.entries {
                guard let changes = entry.changes, let diff = entry.diffPath else { continue }
                let links: [(label: String, href: String)] = [
                    ("All policies", "../../../"),
                    ("New text (\(changes.new.effective))", "../"),
                    ("Previous text (\(changes.old.effective))", "../../\(changes.old.effective)/"),
                    ("Changelog", "../../changelog/"),
                ]
                context.files.add(
                    "\(history.id.rawValue)/\(diff)index.html", changes.html(language: changelog.language, links: links)
                )
            }
        }
    }
}

/// `<policy>/changelog/`: `index.html`, `changelog.md` and `changelog.txt`.
enum ChangelogPages {
    static func add(_ context: inout SiteContext) throws {
        for history in context.histories {
            let changelog = Changelog(history: history)
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
        for history in context.histories {
            let policyURL = context.baseURL.isEmpty ? "" : context.baseURL + history.id.rawValue + "/"
            context.files.add("\(history.id.rawValue)/feed.xml", Changelog(history: history).atom(policyURL: policyURL))
        }
    }
}
