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
        "html/allows.mustache": ["site:fujixerox-privacy/2012-12-01/allows/index.html"],
        "html/index.mustache": ["site:index.html"],
        "html/partials/block.mustache": ["site:fujixerox-privacy/index.html", "render:html"],
        "html/partials/condition.mustache": ["site:fujixerox-privacy/2030-01-01/allows/index.html"],
        "html/partials/revisions.mustache": ["site:fujixerox-privacy/2030-01-01/index.html"],
        "html/partials/section.mustache": ["site:fujixerox-privacy/2012-12-01/index.html", "render:html"],
        "html/partials/toc.mustache": ["site:fujixerox-privacy/index.html", "render:html"],
        "html/policy.mustache": [
            "site:fujixerox-privacy/index.html", "site:fujixerox-privacy/2012-12-01/index.html", "render:html",
        ],
        "html/redline.mustache": ["site:fujixerox-privacy/2030-01-01/diff/index.html", "diff:html"],
        "html/style.css": ["site:style.css", "render:html"],
        "json/policy.mustache": ["site:fujixerox-privacy/2012-12-01/policy.json", "render:json"],
        "markdown/partials/section.mustache": ["site:fujixerox-privacy/2030-01-01/policy.md", "render:md"],
        "markdown/policy.mustache": ["site:fujixerox-privacy/2012-12-01/policy.md", "render:md"],
        "markdown/redline.mustache": ["diff:md"],
        "text/partials/section.mustache": ["site:fujixerox-privacy/2030-01-01/policy.txt", "render:txt"],
        "text/policy.mustache": ["site:fujixerox-privacy/2012-12-01/policy.txt", "render:txt"],
        "text/redline.mustache": ["diff:txt"],
        "xml/sitemap.mustache": ["site:sitemap.xml"],
    ]

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
            let mark = file.hasSuffix(".css") ? "/* \(Self.marker(file)) */\n" : Self.marker(file) + "\n"
            try Data((text + mark).utf8).write(to: url)
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
}
