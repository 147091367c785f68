import PolicyRender

/// The page served for every page of the site while the sources or templates have errors.
enum ErrorPage {
    /// A page listing each line, escaped, with the reload script of build `token`.
    static func html(lines: [String], token: String) -> [UInt8] {
        LiveReload.inject(into: Array(PreviewPages.buildFailed(lines: lines).utf8), token: token)
    }
}
