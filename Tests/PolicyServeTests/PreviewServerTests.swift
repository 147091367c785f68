import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite struct PreviewServerTests {
    static let sentence = "Fuji Xerox does not disclose personal information"

    @Test(
        "An edit of a source reaches the served page; a broken source shows its diagnostics on every page until fixed")
    func editBreakRecover() async throws {
        let scratch = try ScratchSite()
        defer { scratch.remove() }
        let (server, port) = try await scratch.serve()
        defer { server.cancel() }
        let http = RawHTTP(port: port)

        // A real HTTP client sees the page, with the reload script.
        let url = URL(string: "http://127.0.0.1:\(port)/fujixerox-privacy/")!
        let (data, response) = try await URLSession(configuration: .ephemeral).data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        let page = String(decoding: data, as: UTF8.self)
        #expect(page.contains(Self.sentence))
        #expect(page.contains(#"new EventSource("/.codicil/events")"#))

        try scratch.edit(Self.sentence, "Fuji Xerox never discloses personal information")
        #expect(
            try await eventually {
                try await http.get("/fujixerox-privacy/").body.contains(
                    "Fuji Xerox never discloses personal information")
            })

        try scratch.edit(#"<noteref to="subsidiary"/>"#, #"<noteref to="subsidiaries"/>"#)
        let expected =
            "<li><code>\(scratch.policy):56:57: error: note reference to &#39;subsidiaries&#39;, which is not declared "
            + "[dangling-reference]</code></li>"
        #expect(try await eventually { try await http.get("/fujixerox-privacy/").body.contains(expected) })
        for target in ["/", "/fujixerox-privacy/2012-12-01/", "/fujixerox-privacy/changelog/index.html"] {
            let broken = try await http.get(target)
            #expect(broken.status == 500)
            #expect(broken.body.contains("<h1>Build failed</h1>"))
            #expect(broken.body.contains(expected))
        }
        #expect(try await http.get("/style.css").status == 200)

        try scratch.edit(#"<noteref to="subsidiaries"/>"#, #"<noteref to="subsidiary"/>"#)
        #expect(try await eventually { try await http.get("/fujixerox-privacy/").status == 200 })
        #expect(
            try await http.get("/fujixerox-privacy/").body.contains("Fuji Xerox never discloses personal information"))
    }

    @Test("Pages are what `codicil build` writes, with the reload script before </body>; other files are byte for byte")
    func sameAsBuild() async throws {
        let scratch = try ScratchSite()
        defer { scratch.remove() }
        let (server, port) = try await scratch.serve()
        defer { server.cancel() }
        let http = RawHTTP(port: port)
        let site = ScratchSite.packageRoot.appendingPathComponent("site")
        for path in ["fujixerox-privacy/2012-12-01/index.html", "fujixerox-privacy/2012-12-01/policy.md", "style.css"] {
            let built = try String(contentsOf: site.appendingPathComponent(path), encoding: .utf8)
            let served = try await http.get("/" + path).body
            let script =
                served.firstMatch(of: /<script>\/\* codicil serve:[^<]*<\/script>\n/).map { String($0.0) } ?? ""
            #expect(served.replacingOccurrences(of: script, with: "") == built, "\(path)")
            #expect(path.hasSuffix(".html") == !script.isEmpty, "\(path)")
        }
    }

    @Test("A template edit reaches the pages; a broken template shows its error until it is fixed")
    func templates() async throws {
        let scratch = try ScratchSite(withTemplates: true)
        defer { scratch.remove() }
        let templates = try #require(scratch.templates)
        let (server, port) = try await scratch.serve()
        defer { server.cancel() }
        let http = RawHTTP(port: port)
        try scratch.edit("<html", "<!-- restyled -->\n<html", in: templates + "/html/frame.mustache")
        #expect(try await eventually { try await http.get("/").body.contains("<!-- restyled -->") })
        let index = templates + "/html/index.mustache"
        let fixed = try String(contentsOfFile: index, encoding: .utf8)
        try (fixed + "{{#broken}}\n").write(toFile: index, atomically: false, encoding: .utf8)
        let lines = fixed.split(separator: "\n", omittingEmptySubsequences: false).count
        let expected =
            "<li><code>\(index):\(lines + 1):1: error: a section is still open at the end of the template [template-syntax]</code></li>"
        #expect(try await eventually { try await http.get("/").body.contains(expected) })
        try fixed.write(toFile: index, atomically: false, encoding: .utf8)
        #expect(try await eventually { try await http.get("/").status == 200 })
    }

    @Test("A path outside the site is 404, never a file from disk")
    func outside() async throws {
        let scratch = try ScratchSite()
        defer { scratch.remove() }
        let (server, port) = try await scratch.serve()
        defer { server.cancel() }
        let targets = [
            "/../Package.swift", "/%2e%2e/Package.swift", "/%2E%2E/%2e%2e/etc/passwd", "/..%2fPackage.swift",
            "/Package.swift",
            "/policy-src/fujixerox-privacy/2012-12-01.xml", "/fujixerox-privacy/../../Package.swift",
        ]
        for target in targets {
            let reply = try await RawHTTP(port: port).get(target)
            #expect(reply.status == 404, "\(target)")
            #expect(reply.body == "not found\n", "\(target)")
        }
    }

    @Test("The event stream names the build served now, then each new build")
    func events() async throws {
        let scratch = try ScratchSite()
        defer { scratch.remove() }
        let (server, port) = try await scratch.serve()
        defer { server.cancel() }
        let http = RawHTTP(port: port)
        let page = try await http.get("/")
        #expect(page.status == 200)
        let shown = try #require(page.body.firstMatch(of: /var shown = "([0-9a-z]+-[0-9]+)";/)?.1)
        let stream = try await http.events(meanwhile: {
            try scratch.edit(Self.sentence, "Fuji Xerox rarely discloses personal information")
        }) {
            $0.components(separatedBy: "event: build\ndata: ").count == 3
        }
        #expect(stream.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(stream.contains("Content-Type: text/event-stream\r\n"))
        let tokens = stream.components(separatedBy: "event: build\ndata: ").dropFirst().map { $0.prefix { $0 != "\n" } }
        #expect(tokens.count == 2)
        #expect(tokens.first.map(String.init) == String(shown))
        #expect(tokens.last.map(String.init) != String(shown))
        #expect(try await http.get("/").body.contains(#"var shown = "\#(tokens.last ?? "")";"#))
    }

    @Test("Cancelling the server ends it, open event streams too, and frees its port")
    func stops() async throws {
        let scratch = try ScratchSite()
        defer { scratch.remove() }
        let (server, port) = try await scratch.serve()
        let http = RawHTTP(port: port)
        let stream = Task { try await http.events(timeout: .seconds(60)) { _ in false } }
        try await Task.sleep(for: .milliseconds(200))
        server.cancel()
        try await within(.seconds(60)) { _ = await server.result }
        let ended = try await within(.seconds(60)) { await stream.result }
        // The stream was closed by the server, after its first event, not cut by the deadline.
        #expect(try ended.get().contains("event: build\ndata: "))
        await #expect(throws: RawHTTP.Failure.self) { try await http.get("/") }
    }
}
