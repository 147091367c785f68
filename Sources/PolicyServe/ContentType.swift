/// The media type of a site file, by its extension.
enum ContentType {
    /// `text/html; charset=utf-8` for `index.html`; `application/octet-stream` for an extension
    /// a site does not use.
    static func of(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        switch name[name.index(after: dot)...].lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "md": return "text/markdown; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "json": return "application/json"
        case "xml": return name == "feed.xml" ? "application/atom+xml" : "application/xml"
        case "js": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "ico": return "image/x-icon"
        default: return "application/octet-stream"
        }
    }

    /// True for the pages a browser shows, which get the reload script or the error page.
    static func isPage(_ path: String) -> Bool { path.hasSuffix(".html") }
}
