import PolicyModel
import PolicyRender

/// `index.html`: every policy, with the revision in effect.
enum IndexPage {
    static func add(_ context: inout SiteContext) throws {
        let language = context.histories.compactMap { context.current($0)?.language }.first ?? "en"
        let words = context.renderer.strings(for: language)
        let listings = context.histories.compactMap { history -> PolicyListingView? in
            guard let policy = context.current(history) else { return nil }
            let next = context.scheduled(history)
            return PolicyListingView(
                title: HTMLEscaping.escape(policy.title.plainText()),
                publisher: HTMLEscaping.escape(policy.publisher.plainText()), href: "\(LanguageVersions.folder(history))/",
                effective: policy.revision.effective.description,
                effectiveLong: words.date(policy.revision.effective), hasScheduled: next != nil,
                scheduledLong: next.map { words.date($0.revision.effective) } ?? "",
                scheduledEffective: next?.revision.effective.description ?? "", language: policy.language)
        }
        var page = PageContext.site(stylesheetHref: "style.css", homeHref: "")
        page.hasHome = false
        let view = IndexView(language: language, title: words.text("policies"), policies: listings, page: page)
        context.files.add("index.html", context.renderer.renderIndex(view))
    }
}

/// `sitemap.xml`: every page of the site, the index first, from the files the build made.
enum Sitemap {
    /// The sitemap of `files`: the folder of each `index.html`, each under `baseURL`.
    static func xml(for files: SiteFiles, baseURL: String) -> String {
        let folders = files.contents.keys.compactMap { path -> String? in
            if path == "index.html" { return "" }
            guard path.hasSuffix("/index.html") else { return nil }
            return String(path.dropLast("index.html".count))
        }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for folder in folders.sorted() {
            let location = baseURL + folder
            xml += "  <url><loc>\(HTMLEscaping.escape(location.isEmpty ? "./" : location))</loc></url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
