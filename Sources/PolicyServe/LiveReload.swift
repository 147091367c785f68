import PolicyRender

/// The script that makes an open page reload when the preview is rebuilt, added to each HTML
/// page as it is served (never to the site `codicil build` writes).
enum LiveReload {
    /// The path of the server-sent event stream; a site's paths start with a policy id, which
    /// is an XML name and so never starts with a dot.
    static let eventsPath = "/.codicil/events"

    /// The script for a page served from build `token`: it listens to the event stream and
    /// reloads the page when a `build` event names another build (a browser reconnects on its
    /// own when the server restarts, and the first event then names the new build).
    static func script(token: String) -> String {
        PreviewPages.reloadScript(token: token, eventsPath: eventsPath)
    }

    /// `page` with the script for `token` before its last `</body>`, or at its end when it has none.
    static func inject(into page: [UInt8], token: String) -> [UInt8] {
        let script = Array(self.script(token: token).utf8)
        let closing = Array(PreviewPages.bodyEnd.utf8)
        var index = page.count - closing.count
        while index >= 0 {
            if zip(page[index..<index + closing.count], closing).allSatisfy({ lowercased($0) == $1 }) {
                return Array(page[..<index]) + script + Array(page[index...])
            }
            index -= 1
        }
        return page + script
    }

    /// One server-sent event announcing build `token`.
    static func event(token: String) -> [UInt8] {
        Array("event: build\ndata: \(token)\n\n".utf8)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
