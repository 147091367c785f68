import PolicyDiff
import PolicyRules

/// What a user is sent about one revision: its effective date, what changed section by
/// section in plain words, and links to the new text and the redline.
public struct RevisionNotice: Sendable {
    /// The policy's title, as plain text.
    public var title: String
    /// The policy's language.
    public var language: String
    /// The revision announced.
    public var entry: ChangelogEntry
    /// The link to the revision's full text.
    public var textURL: String
    /// The link to its redline against the previous revision; nil for the first revision.
    public var diffURL: String?

    /// Makes the notice of the revision effective on `effective`, or nil when there is none.
    /// Links are `siteURL` (the site's root, with a trailing slash; empty for paths relative to
    /// it) followed by `<policy>/<date>/` and `<policy>/<date>/diff/`.
    public init?(changelog: Changelog, effective: String, siteURL: String = "") {
        guard let entry = changelog.entry(effective: effective) else { return nil }
        title = changelog.title
        language = changelog.language
        self.entry = entry
        let folder = siteURL + changelog.policy + "/"
        textURL = folder + entry.textPath
        diffURL = entry.diffPath.map { folder + $0 }
    }

    /// `Changes to Fuji Xerox Privacy Policy, effective 1 April 2013`.
    public var subject: String { "Changes to \(title), effective \(entry.effectiveLong)" }

    /// The notice as plain text, wrapped at 72 columns.
    public func text() -> String {
        var lines = [subject, ""]
        lines.append(
            TextWrapper.wrap("We have updated the \(title). The new version takes effect on \(entry.dateLine)."))
        if let summary = entry.summary { lines += ["", TextWrapper.wrap(summary)] }
        if let materiality = entry.materiality {
            lines += ["", TextWrapper.wrap("How it affects you: \(ChangeWording.materialityLine(materiality)).")]
            for review in ChangeWording.reviewLines(materiality) {
                lines.append(TextWrapper.wrap(review, first: "  - ", rest: "    "))
            }
            for flip in materiality.flips {
                lines.append(TextWrapper.wrap(ChangeWording.flipLine(flip), first: "  - ", rest: "    "))
            }
        }
        lines += ["", "What changed:"]
        for line in entry.changeLines() {
            lines.append(
                TextWrapper.wrap(line.text, first: line.indent ? "    - " : "  ", rest: line.indent ? "      " : "    ")
            )
        }
        lines += ["", "Read the new text: \(textURL)"]
        if let diffURL { lines.append("See every change: \(diffURL)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The notice as an HTML5 document suited to an e-mail body (inline styles only).
    public func html() -> String {
        let esc = HTMLEscaping.escape
        var out = """
            <!DOCTYPE html>
            <html lang="\(esc(language))">
            <head>
            <meta charset="utf-8">
            <title>\(esc(subject))</title>
            </head>
            <body style="font-family: sans-serif; line-height: 1.5; max-width: 40em;">
            <h1 style="font-size: 1.3em;">\(esc(subject))</h1>
            <p>We have updated the \(esc(title)). The new version takes effect on <time datetime="\(entry.effective)">\(esc(entry.dateLine))</time>.</p>

            """
        if let summary = entry.summary { out += "<p>\(esc(summary))</p>\n" }
        if let materiality = entry.materiality {
            out += "<p><strong>How it affects you:</strong> \(esc(ChangeWording.materialityLine(materiality))).</p>\n"
            let reviews = ChangeWording.reviewLines(materiality)
            if !reviews.isEmpty {
                out += "<ul>\n" + reviews.map { "<li>\(esc($0))</li>\n" }.joined() + "</ul>\n"
            }
            if !materiality.flips.isEmpty {
                out +=
                    "<ul>\n" + materiality.flips.map { "<li>\(esc(ChangeWording.flipLine($0)))</li>\n" }.joined()
                    + "</ul>\n"
            }
        }
        out += "<h2 style=\"font-size: 1.1em;\">What changed</h2>\n"
        let groups = entry.changedClauses
        if groups.isEmpty {
            out += "<p>\(esc(entry.changeLines().first?.text ?? ""))</p>\n"
        } else {
            out += "<ul>\n"
            for group in groups {
                out +=
                    "<li>\(esc(group.context))\n<ul>\n" + group.sentences.map { "<li>\(esc($0))</li>\n" }.joined()
                    + "</ul>\n</li>\n"
            }
            out += "</ul>\n"
        }
        out += "<p><a href=\"\(esc(textURL))\">Read the new text</a>"
        if let diffURL { out += " · <a href=\"\(esc(diffURL))\">See every change</a>" }
        return out + "</p>\n</body>\n</html>\n"
    }
}
