/// The markup `codicil serve` adds to what it serves: the page shown while a build fails, and
/// the script that reloads an open page when the preview is rebuilt.
///
/// The failure page is laid out here, not by a template: a broken template is one of the errors
/// it reports.
public enum PreviewPages {
    /// The end tag the reload script goes before.
    public static let bodyEnd = "</body>"

    /// A page listing each diagnostic line, escaped.
    public static func buildFailed(lines: [String]) -> String {
        let items = lines.map { "<li><code>\(HTMLEscaping.escape($0))</code></li>\n" }.joined()
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Build failed — codicil serve</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
            li { margin: 0.5rem 0; }
            code { white-space: pre-wrap; overflow-wrap: anywhere; }
            </style>
            </head>
            <body>
            <h1>Build failed</h1>
            <p>The preview shows the site again when these problems are fixed.</p>
            <ul class="diagnostics">
            \(items)</ul>
            </body>
            </html>

            """
    }

    /// The script for a page served from build `token`: it listens to the event stream at
    /// `eventsPath` and reloads the page when a `build` event names another build (a browser
    /// reconnects on its own when the server restarts, and the first event then names the new
    /// build). `token` and `eventsPath` are the server's own, never user text.
    public static func reloadScript(token: String, eventsPath: String) -> String {
        """
        <script>/* codicil serve: reloads this page when the preview is rebuilt */
        (function () {
          var shown = "\(token)";
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("build", function (event) {
            if (event.data !== shown) { events.close(); location.reload(); }
          });
        })();
        </script>

        """
    }
}
