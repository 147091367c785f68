import Testing

@testable import PolicyServe

@Suite struct SitePathTests {
    @Test(
        "A request path names a site file, its folder's index.html, or nothing",
        arguments: [
            ("/", "index.html"),
            ("/style.css", "style.css"),
            ("/fujixerox-privacy/", "fujixerox-privacy/index.html"),
            ("/fujixerox-privacy/2012-12-01/policy.md?download=1#top", "fujixerox-privacy/2012-12-01/policy.md"),
            ("/a%20b/c.html", "a b/c.html"),
            ("/caf%C3%A9/", "café/index.html"),
        ])
    func relative(target: String, expected: String) {
        #expect(SitePath.relative(target) == expected)
    }

    @Test(
        "A path that climbs, hides a separator, or is malformed names nothing",
        arguments: [
            "/../Package.swift", "/%2e%2e/Package.swift", "/%2E%2E/%2e%2e/etc/passwd", "/a/../../Package.swift",
            "/./index.html", "/%2e/index.html", "/a//b", "/..%2fPackage.swift", "/..%5cPackage.swift", "/a%00.html",
            "/a%2", "/a%zz", "/%ff", "Package.swift", "", "//etc/passwd",
        ])
    func refused(target: String) {
        #expect(SitePath.relative(target) == nil)
    }

    @Test("A folder asked for without its '/' is sent to it; a file is served; anything else is none")
    func match() {
        let files: Set = ["index.html", "p/index.html", "p/feed.xml"]
        #expect(SitePath.match("/p", in: files.contains) == .folder("/p/"))
        #expect(SitePath.match("/p?x=1", in: files.contains) == .folder("/p/"))
        #expect(SitePath.match("/p/", in: files.contains) == .file("p/index.html"))
        #expect(SitePath.match("/p/feed.xml", in: files.contains) == .file("p/feed.xml"))
        #expect(SitePath.match("/p/feed.xml/", in: files.contains) == .none)
        #expect(SitePath.match("/q", in: files.contains) == .none)
        #expect(SitePath.match("/../p/feed.xml", in: files.contains) == .none)
    }
}
