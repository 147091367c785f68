import Foundation
import Testing

/// `--templates DIR` restyles every page kind: a copy of the built-in set with a marker in
/// each file shows every marker in the pages made from it, through `build`, `render` and `diff`
/// of the shipped policy and a revision of it (`revise`, then one word changed).
@Suite struct RestyleTests {
    /// A source of two revisions of the shipped policy, the second with one word changed.
    static func twoRevisions(in root: URL) throws -> (source: String, old: String, new: String) {
        let source = root.appendingPathComponent("policy-src").path
        let folder = source + "/fujixerox-privacy"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: CodicilBinary.packageRoot.appendingPathComponent("policy-src/fujixerox-privacy/2012-12-01.xml")
                .path,
            toPath: folder + "/2012-12-01.xml")
        let revise = try CodicilBinary.run([
            "revise", "fujixerox-privacy", "--effective", "2030-01-01", "--source", source,
        ])
        #expect(revise.status == 0, "\(revise.standardError)")
        let new = folder + "/2030-01-01.xml"
        let text = try String(contentsOfFile: new, encoding: .utf8)
        let edited = text.replacingOccurrences(
            of: "manages personal information strictly", with: "manages personal information carefully")
        #expect(edited != text)
        try Data(edited.utf8).write(to: URL(fileURLWithPath: new))
        return (source, folder + "/2012-12-01.xml", new)
    }

    /// Where each template file's marker must show: `site:PATH` in the built site, or the
    /// output of `render:FORMAT` or `diff:FORMAT`. Every file of the built-in set is here, so a
    /// new page kind cannot go untested.
    static let shows: [String: [String]] = [
        "email/notice.mustache": ["notify:eml"],
        "feeds/atom.mustache": ["site:fujixerox-privacy/feed.xml"],
        "html/allows.mustache": ["site:fujixerox-privacy/2012-12-01/allows/index.html"],
        "html/changelog.mustache": ["site:fujixerox-privacy/changelog/index.html", "changelog:html"],
        "html/frame.mustache": [
            "site:index.html", "site:fujixerox-privacy/index.html", "site:fujixerox-privacy/2012-12-01/allows/index.html",
            "site:fujixerox-privacy/2030-01-01/diff/index.html", "site:fujixerox-privacy/changelog/index.html",
            "render:html", "diff:html", "changelog:html",
        ],
        "html/index.mustache": ["site:index.html"],
        "html/notice.mustache": ["notify:html"],
        "html/partials/block.mustache": ["site:fujixerox-privacy/index.html", "render:html"],
        "html/partials/condition.mustache": ["site:fujixerox-privacy/2030-01-01/allows/index.html"],
        "html/partials/revisions.mustache": ["site:fujixerox-privacy/2030-01-01/index.html"],
        "html/partials/section.mustache": ["site:fujixerox-privacy/2012-12-01/index.html", "render:html"],
        "html/partials/site-bar.mustache": [
            "site:index.html", "site:fujixerox-privacy/index.html", "site:fujixerox-privacy/2030-01-01/diff/index.html",
            "site:fujixerox-privacy/changelog/index.html",
        ],
        "html/partials/site-footer.mustache": [
            "site:fujixerox-privacy/index.html", "site:fujixerox-privacy/2030-01-01/diff/index.html",
            "site:fujixerox-privacy/changelog/index.html",
        ],
        "html/partials/toc.mustache": ["site:fujixerox-privacy/index.html", "render:html"],
        "html/partials/version-notice.mustache": ["site:fujixerox-privacy/2030-01-01/index.html"],
        "html/policy.mustache": [
            "site:fujixerox-privacy/index.html", "site:fujixerox-privacy/2012-12-01/index.html", "render:html",
        ],
        "html/redline.mustache": ["site:fujixerox-privacy/2030-01-01/diff/index.html", "diff:html"],
        "html/style.css": ["site:style.css", "render:html"],
        "json/policy.mustache": ["site:fujixerox-privacy/2012-12-01/policy.json", "render:json"],
        "markdown/changelog.mustache": ["site:fujixerox-privacy/changelog/changelog.md", "changelog:md"],
        "markdown/partials/section.mustache": ["site:fujixerox-privacy/2030-01-01/policy.md", "render:md"],
        "markdown/policy.mustache": ["site:fujixerox-privacy/2012-12-01/policy.md", "render:md"],
        "markdown/pull-request.mustache": ["diff:git-base"],
        "markdown/redline.mustache": ["diff:md", "diff:git-base"],
        "strings/en.json": [
            "site:fujixerox-privacy/index.html", "site:fujixerox-privacy/2030-01-01/diff/index.html",
            "site:fujixerox-privacy/changelog/index.html", "render:html",
        ],
        "strings/ja.json": ["render:ja"],
        "text/changelog.mustache": ["site:fujixerox-privacy/changelog/changelog.txt", "changelog:txt"],
        "text/notice.mustache": ["notify:txt"],
        "text/partials/section.mustache": ["site:fujixerox-privacy/2030-01-01/policy.txt", "render:txt"],
        "text/policy.mustache": ["site:fujixerox-privacy/2012-12-01/policy.txt", "render:txt"],
        "text/redline.mustache": ["diff:txt"],
        "xml/sitemap.mustache": ["site:sitemap.xml"],
    ]

    /// The marker of a template file; in a strings table, the words for "All policies" and
    /// "Contents" end with it.
    static func marker(_ path: String) -> String { "restyled-by-\(path)" }

    @Test func everyPageKindIsRestyledByTemplates() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-restyle-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CodicilBinary.packageRoot.appendingPathComponent("Templates"), to: templates)
        let files = (FileManager.default.enumerator(atPath: templates.path)?.allObjects as? [String] ?? [])
            .filter { !$0.hasPrefix(".") && $0.contains(".") }.sorted()
        #expect(files == Self.shows.keys.sorted(), "every template file says where it shows")
        for file in files {
            let url = templates.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            let marked: String
            if file.hasSuffix(".json") {
                marked = text.replacingOccurrences(
                    of: #"("(allPolicies|contents)": "[^"]*)""#, with: "$1 \(Self.marker(file))\"",
                    options: .regularExpression)
                #expect(marked != text, "\(file) has no words for All policies or Contents")
            } else {
                marked = text + (file.hasSuffix(".css") ? "/* \(Self.marker(file)) */\n" : Self.marker(file) + "\n")
            }
            try Data(marked.utf8).write(to: url)
        }
        let (source, old, new) = try Self.twoRevisions(in: root)
        var outputs: [String: String] = [:]
        let site = root.appendingPathComponent("site").path
        let build = try CodicilBinary.run([
            "build", "--source", source, "--output", site, "--as-of", "2020-06-01", "--templates", templates.path,
        ])
        #expect(build.status == 0, "\(build.standardError)")
        for format in ["html", "md", "txt", "json"] {
            let render = try CodicilBinary.run(["render", old, "--format", format, "--templates", templates.path])
            #expect(render.status == 0, "\(render.standardError)")
            outputs["render:\(format)"] = render.standardOutput
        }
        for format in ["html", "md", "txt"] {
            let diff = try CodicilBinary.run([
                "diff", old, new, "--format", format, "--colour", "never", "--templates", templates.path,
            ])
            #expect(diff.status == 1, "\(diff.standardError)")
            outputs["diff:\(format)"] = diff.standardOutput
        }
        let japanese = CodicilBinary.packageRoot.appendingPathComponent(
            "Tests/PolicySiteTests/Fixtures/japanese/fujixerox-privacy-ja/2013-04-01.xml")
        let render = try CodicilBinary.run(["render", japanese.path, "--format", "html", "--templates", templates.path])
        #expect(render.status == 0, "\(render.standardError)")
        outputs["render:ja"] = render.standardOutput
        let policy = source + "/fujixerox-privacy"
        for format in ["html", "md", "txt"] {
            let changelog = try CodicilBinary.run([
                "changelog", policy, "--format", format, "--templates", templates.path,
            ])
            #expect(changelog.status == 0, "\(changelog.standardError)")
            outputs["changelog:\(format)"] = changelog.standardOutput
        }
        for format in ["html", "txt", "eml"] {
            let notify = try CodicilBinary.run([
                "notify", policy, "--revision", "2030-01-01", "--format", format, "--from", "privacy@example.com",
                "--to", "reader@example.com", "--templates", templates.path,
            ])
            #expect(notify.status == 0, "\(notify.standardError)")
            outputs["notify:\(format)"] = notify.standardOutput
        }
        outputs["diff:git-base"] = try Self.pullRequestComment(templates: templates.path)
        for (file, places) in Self.shows.sorted(by: { $0.key < $1.key }) {
            for place in places {
                let text =
                    place.hasPrefix("site:")
                    ? (try? String(contentsOfFile: site + "/" + place.dropFirst(5), encoding: .utf8)) ?? ""
                    : outputs[place] ?? ""
                #expect(!text.isEmpty, "\(place) is empty")
                #expect(text.contains(Self.marker(file)), "\(place) does not show \(file)")
            }
        }
    }

    /// The pull-request comment `diff --git-base main --format md` prints through `templates`
    /// for a branch that changes one word of the shipped policy.
    static func pullRequestComment(templates: String) throws -> String {
        let (repository, _) = try PullRequestReviewTests.repositoryWithShippedPolicy()
        defer { repository.delete() }
        try repository.git("checkout", "--quiet", "-b", "edit")
        let path = "policy-src/fujixerox-privacy/2012-12-01.xml"
        let text = try String(contentsOf: repository.root.appendingPathComponent(path), encoding: .utf8)
        try repository.write(
            text.replacingOccurrences(
                of: "manages personal information strictly", with: "manages personal information carefully"), to: path)
        try repository.git("commit", "--quiet", "-am", "One word")
        let diff = try repository.codicil("diff", "--git-base", "main", "--format", "md", "--templates", templates)
        #expect(diff.status == 1, "\(diff.standardError)")
        return diff.standardOutput
    }
}
