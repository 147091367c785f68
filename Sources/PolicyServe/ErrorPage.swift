import PolicyRender

/// The page served for every page of the site while the sources or templates have errors.
///
/// It is laid out here, not by a template: a broken template is one of the errors it reports.
enum ErrorPage {
    /// A page listing each line, escaped, with the reload script of build `token`.
    static func html(lines: [String], token: String) -> [UInt8] {
        let items = lines.map { "<li><code>\(HTMLEscaping.escape($0))</code></li>\n" }.joined()
        let page = """
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
        return LiveReload.inject(into: Array(page.utf8), token: token)
    }
}
