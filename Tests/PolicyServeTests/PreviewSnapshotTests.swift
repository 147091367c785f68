import PolicySite
import Testing

@testable import PolicyServe

@Suite struct PreviewSnapshotTests {
    static let site: SiteFiles = {
        var files = SiteFiles()
        files.add("index.html", "<html><body><h1>Policies</h1></body></html>\n")
        files.add("style.css", "body { margin: 0 }\n")
        files.add("p/index.html", "<html><body>P</body></html>\n")
        files.add("p/feed.xml", "<feed/>\n")
        return files
    }()

    @Test("Pages are served with the reload script, other files as built, each with its media type")
    func served() {
        let snapshot = PreviewSnapshot(token: "i-1", build: .site(Self.site), lastSite: Self.site)
        let page = snapshot.response(to: "GET", "/")
        #expect(page.status == 200)
        #expect(page.contentType == "text/html; charset=utf-8")
        #expect(
            String(decoding: page.body, as: UTF8.self) == "<html><body><h1>Policies</h1>"
                + LiveReload.script(token: "i-1") + "</body></html>\n")
        let style = snapshot.response(to: "HEAD", "/style.css")
        #expect(
            style
                == PreviewResponse(
                    status: 200, contentType: "text/css; charset=utf-8", body: Array("body { margin: 0 }\n".utf8)))
        #expect(snapshot.response(to: "GET", "/p/feed.xml").contentType == "application/atom+xml")
        #expect(snapshot.response(to: "GET", "/p").location == "/p/")
        #expect(snapshot.response(to: "GET", "/p").status == 301)
        #expect(snapshot.response(to: "GET", "/missing.html").status == 404)
        #expect(snapshot.response(to: "GET", "/%2e%2e/Package.swift").status == 404)
        #expect(snapshot.response(to: "POST", "/").status == 405)
    }

    @Test("While the build has failed, every page is the error page, escaped; other files stay from the last site")
    func failed() {
        let lines = ["policy-src/p/2020-01-01.xml:3:7: error: element <b> & 'c' not allowed [schema]"]
        let snapshot = PreviewSnapshot(token: "i-2", build: .failed(lines), lastSite: Self.site)
        for target in ["/", "/p/", "/p/2020-01-01/index.html", "/nothing/here.html"] {
            let page = snapshot.response(to: "GET", target)
            #expect(page.status == 500)
            #expect(page.body == ErrorPage.html(lines: lines, token: "i-2"))
        }
        let text = String(decoding: ErrorPage.html(lines: lines, token: "i-2"), as: UTF8.self)
        #expect(
            text.contains(
                "<li><code>policy-src/p/2020-01-01.xml:3:7: error: element &lt;b&gt; &amp; &#39;c&#39; not allowed [schema]</code></li>"
            ))
        #expect(text.contains(LiveReload.script(token: "i-2") + "</body>"))
        #expect(snapshot.response(to: "GET", "/style.css").status == 200)
        #expect(snapshot.response(to: "GET", "/p/feed.xml").status == 200)
        let first = PreviewSnapshot(token: "i-1", build: .failed(lines), lastSite: nil)
        #expect(first.response(to: "GET", "/style.css").status == 404)
    }
}
