import Testing

@testable import PolicyServe

@Suite struct LiveReloadTests {
    @Test("The script goes before the last </body>, whatever its case, or at the end of a page without one")
    func inject() {
        let script = LiveReload.script(token: "t-2")
        let page = "<html><body><p>a</body> in text</p></BODY></html>"
        let injected = String(decoding: LiveReload.inject(into: Array(page.utf8), token: "t-2"), as: UTF8.self)
        #expect(injected == "<html><body><p>a</body> in text</p>" + script + "</BODY></html>")
        let bare = String(decoding: LiveReload.inject(into: Array("<p>x".utf8), token: "t-2"), as: UTF8.self)
        #expect(bare == "<p>x" + script)
    }

    @Test("The script listens to the event stream and reloads on another build's token")
    func script() {
        let script = LiveReload.script(token: "ab12-7")
        #expect(script.contains(#"var shown = "ab12-7";"#))
        #expect(script.contains(#"new EventSource("/.codicil/events")"#))
        #expect(script.contains(#"if (event.data !== shown) { events.close(); location.reload(); }"#))
        #expect(String(decoding: LiveReload.event(token: "ab12-7"), as: UTF8.self) == "event: build\ndata: ab12-7\n\n")
    }
}
