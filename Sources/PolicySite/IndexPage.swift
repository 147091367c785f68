import PolicyModel
import PolicyRender

/// `index.html`: every policy, with the revision in effect.
enum IndexPage {
    static func add(_ context: inout SiteContext) throws {
        let entries = context.histories.compactMap { history -> IndexEntry? in
            guard let policy = context.current(history) else { return nil }
            let scheduled = context.scheduled(history)?.revision.effective
            return IndexEntry(policy: policy, href: "\(LanguageVersions.folder(history))/", scheduled: scheduled)
        }
        context.files.add("index.html", context.renderer.index(entries, stylesheetHref: "style.css"))
    }
}

/// `sitemap.xml`: every page of the site, the index first, from the files the build made.
enum Sitemap {
    /// The sitemap of `files`: the folder of each `index.html`, each under `baseURL`.
    static func xml(for files: SiteFiles, baseURL: String, renderer: PolicyRenderer) -> String {
        let folders = files.contents.keys.compactMap { path -> String? in
            if path == "index.html" { return "" }
            guard path.hasSuffix("/index.html") else { return nil }
            return String(path.dropLast("index.html".count))
        }
        return renderer.sitemap(
            locations: folders.sorted().map { folder in
                let location = baseURL + folder
                return location.isEmpty ? "./" : location
            })
    }
}
