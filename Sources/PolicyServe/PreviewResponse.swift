import PolicySite

/// One answer to a request, before the server library sends it.
struct PreviewResponse: Equatable, Sendable {
    /// The HTTP status code.
    var status: Int
    /// The `Content-Type` header.
    var contentType: String
    /// The `Location` header of a redirect.
    var location: String?
    /// The body (a HEAD request is sent the headers only).
    var body: [UInt8]

    /// A plain-text answer of one line.
    static func text(_ status: Int, _ line: String, location: String? = nil) -> PreviewResponse {
        PreviewResponse(
            status: status, contentType: "text/plain; charset=utf-8", location: location,
            body: Array((line + "\n").utf8))
    }
}

/// What the preview serves between two builds: the latest build, and the last site that built.
struct PreviewSnapshot: Sendable {
    /// Names the build, so an open page can tell it is out of date.
    var token: String
    /// The latest build.
    var build: PreviewBuild
    /// The site of the latest build that succeeded, whose stylesheet and other files stay
    /// available while the sources have errors.
    var lastSite: SiteFiles?

    /// The answer to a `GET` or `HEAD` of `target`: a file of the site (pages with the reload
    /// script), a redirect from a folder to its `/`, the error page for any page while the
    /// build has failed, or 404 for anything else, never a file from disk.
    func response(to method: String, _ target: String) -> PreviewResponse {
        guard method == "GET" || method == "HEAD" else {
            return .text(405, "method not allowed")
        }
        let site: SiteFiles? =
            switch build {
            case .site(let files): files
            case .failed: lastSite
            }
        if case .failed(let lines) = build, let relative = SitePath.relative(target), ContentType.isPage(relative) {
            return PreviewResponse(
                status: 500, contentType: ContentType.of(relative), body: ErrorPage.html(lines: lines, token: token))
        }
        switch SitePath.match(target, in: { site?.contents[$0] != nil }) {
        case .file(let path):
            let bytes = site?.contents[path] ?? []
            let body = ContentType.isPage(path) ? LiveReload.inject(into: bytes, token: token) : bytes
            return PreviewResponse(status: 200, contentType: ContentType.of(path), body: body)
        case .folder(let location):
            return .text(301, "moved to \(location)", location: location)
        case .none:
            return .text(404, "not found")
        }
    }
}
