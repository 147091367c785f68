import Foundation
import Testing

/// `--templates` restyles the changelog, the notice and the Atom feed: a copy of `Templates/`
/// with each of their templates changed shows the change in `codicil changelog`, `codicil notify`
/// and the built site.
@Suite struct RevisionTemplatesTests {
    static let twoRevisions = "Tests/PolicySiteTests/Fixtures/two-revisions"

    /// Each template, what is put in it, and where the mark is put: before the text that follows.
    static let marks: [(path: String, mark: String, before: String)] = [
        ("html/changelog.mustache", "<p>RESTYLED html changelog</p>\n", "</article>"),
        ("markdown/changelog.mustache", "RESTYLED markdown changelog\n\n", "# {{strings.changelogOf"),
        ("text/changelog.mustache", "RESTYLED text changelog\n", "{{strings.changelogOf"),
        ("feeds/atom.mustache", "<rights>RESTYLED atom</rights>\n", "<generator>"),
        ("text/notice.mustache", "RESTYLED text notice\n", "{{subject}}"),
        ("html/notice.mustache", "<p>RESTYLED html notice</p>\n", "</body>"),
        ("email/notice.mustache", "X-Restyled: RESTYLED email notice\n", "MIME-Version:"),
    ]

    /// A copy of the repository's `Templates/` with every mark put in.
    static func restyled() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-restyled-\(UUID())")
        try FileManager.default.copyItem(at: CodicilBinary.packageRoot.appendingPathComponent("Templates"), to: folder)
        for (path, mark, before) in marks {
            let file = folder.appendingPathComponent(path)
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            let range = try #require(text.range(of: before), "\(path) has no '\(before)'")
            try Data(text.replacingCharacters(in: range, with: mark + before).utf8).write(to: file)
        }
        return folder
    }

    @Test("every revision template of a --templates folder shows in changelog, notify and build")
    func everyTemplateRestyles() throws {
        let templates = try Self.restyled()
        defer { try? FileManager.default.removeItem(at: templates) }
        func output(_ arguments: [String]) throws -> String {
            let run = try CodicilBinary.run(arguments + ["--templates", templates.path])
            #expect(run.status == 0, "\(arguments): \(run.standardError)")
            return run.standardOutput
        }
        for (format, name) in [("html", "html changelog"), ("md", "markdown changelog"), ("txt", "text changelog")] {
            #expect(try output(["changelog", Self.twoRevisions, "--format", format]).contains("RESTYLED \(name)"))
        }
        let notify = ["notify", Self.twoRevisions, "--revision", "2030-01-01"]
        #expect(try output(notify + ["--format", "txt"]).hasPrefix("RESTYLED text notice\n"))
        #expect(try output(notify + ["--format", "html"]).contains("<p>RESTYLED html notice</p>\n</body>"))
        let email = try output(notify + ["--format", "eml", "--from", "a@example.com", "--to", "b@example.com"])
        #expect(email.contains("\r\nX-Restyled: RESTYLED email notice\r\nMIME-Version: 1.0\r\n"))
        // The e-mail's bodies come from the restyled text and HTML notices.
        let bodies = email.components(separatedBy: "\r\n\r\n").compactMap {
            Data(base64Encoded: $0.replacingOccurrences(of: "\r\n", with: "")).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
        #expect(
            bodies.contains { $0.hasPrefix("RESTYLED text notice") }
                && bodies.contains { $0.contains("RESTYLED html notice") })

        let site = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-restyled-site-\(UUID())")
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try output(["build", "--source", Self.twoRevisions, "--output", site.path, "--as-of", "2020-01-01"])
        let pages = [
            ("fujixerox-privacy/changelog/index.html", "RESTYLED html changelog"),
            ("fujixerox-privacy/changelog/changelog.md", "RESTYLED markdown changelog"),
            ("fujixerox-privacy/changelog/changelog.txt", "RESTYLED text changelog"),
            ("fujixerox-privacy/feed.xml", "<rights>RESTYLED atom</rights>"),
        ]
        for (path, mark) in pages {
            let text = String(decoding: try Data(contentsOf: site.appendingPathComponent(path)), as: UTF8.self)
            #expect(text.contains(mark), "\(path)")
        }
    }

    @Test("a --templates folder without the revision templates is refused, naming each one")
    func missingRevisionTemplates() throws {
        let templates = try Self.restyled()
        defer { try? FileManager.default.removeItem(at: templates) }
        try FileManager.default.removeItem(at: templates.appendingPathComponent("feeds"))
        let run = try CodicilBinary.run(["changelog", Self.twoRevisions, "--templates", templates.path])
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(
            run.standardError == "\(templates.path)/feeds/atom.mustache: error: missing template [template-missing]\n")
    }
}
