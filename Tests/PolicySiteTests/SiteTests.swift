import Foundation
import PolicyModel
import PolicyRender
import Testing

@testable import PolicySite

/// Site builds: layout, determinism, atomic writes, `--check`, and the scheduled-revision notice.
@Suite struct SiteTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path + "/Fixtures"
    static let twoRevisions = fixtures + "/two-revisions"
    static let between = PolicyDate("2020-06-01")!

    func build(_ source: String = SiteTests.twoRevisions, asOf: PolicyDate = SiteTests.between) throws -> SiteFiles {
        try SiteBuilder.build(source: source, asOf: asOf, renderer: try PolicyRenderer()).files
    }

    func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-site-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func text(_ files: SiteFiles, _ path: String) -> String {
        String(decoding: files.contents[path] ?? [], as: UTF8.self)
    }

    @Test func layoutHasEveryEditionOfEveryRevision() throws {
        let files = try build()
        var expected = ["index.html", "sitemap.xml", "style.css", "fujixerox-privacy/index.html"]
        expected += ["feed.xml", "2030-01-01/diff/index.html", "changelog/index.html", "changelog/changelog.md"]
            .map { "fujixerox-privacy/\($0)" } + ["fujixerox-privacy/changelog/changelog.txt"]
        for date in ["2012-12-01", "2030-01-01"] {
            expected += ["index.html", "policy.md", "policy.txt", "policy.json"].map { "fujixerox-privacy/\(date)/\($0)" }
        }
        #expect(files.paths == expected.sorted())
        for path in files.paths { #expect(!(files.contents[path] ?? []).isEmpty, "\(path) is empty") }
        let permalink = text(files, "fujixerox-privacy/2012-12-01/index.html")
        #expect(permalink.contains("<a href=\"../2030-01-01/\"><time datetime=\"2030-01-01\">1 January 2030</time></a>"))
        #expect(permalink.contains("<span aria-current=\"page\"><time datetime=\"2012-12-01\">"))
        #expect(
            text(files, "sitemap.xml") == """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>./</loc></url>
                  <url><loc>fujixerox-privacy/</loc></url>
                  <url><loc>fujixerox-privacy/2012-12-01/</loc></url>
                  <url><loc>fujixerox-privacy/2030-01-01/</loc></url>
                  <url><loc>fujixerox-privacy/2030-01-01/diff/</loc></url>
                  <url><loc>fujixerox-privacy/changelog/</loc></url>
                </urlset>

                """)
    }

    @Test func currentPageAnnouncesTheScheduledRevision() throws {
        let files = try build()
        let current = text(files, "fujixerox-privacy/index.html")
        #expect(current.contains("<time datetime=\"2012-12-01\">1 December 2012</time>"))
        #expect(current.contains("A new version takes effect on <time datetime=\"2030-01-01\">1 January 2030</time>."))
        #expect(current.contains("<a href=\"2030-01-01/\">Read the new version.</a>"))
        let later = try build(asOf: PolicyDate("2030-01-01")!)
        let now = text(later, "fujixerox-privacy/index.html")
        #expect(now.contains("Fuji Xerox strictly observes all applicable laws"))
        #expect(!now.contains("A new version takes effect"))
        #expect(now.contains("<time datetime=\"2030-01-01\">1 January 2030</time>"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try build()
        let second = try build()
        #expect(first == second)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try SiteWriter.write(first, to: folder + "/site")
        #expect(SiteWriter.differences(second, at: folder + "/site").isEmpty)
    }

    /// The built-in set is parsed a page at a time as pages are first rendered; a set read from
    /// a folder is parsed and checked whole first. Both must make the same site.
    @Test func builtInTemplatesParsedAsNeededMakeTheSameSiteAsTheSetParsedWhole() throws {
        let asNeeded = try build()
        let whole = try SiteBuilder.build(
            source: SiteTests.twoRevisions, asOf: SiteTests.between,
            renderer: try PolicyRenderer(templates: TemplateSet(files: TemplateSet.builtIn.files, directory: "Templates"))
        ).files
        #expect(asNeeded.contents.count > 10)
        #expect(asNeeded.contents == whole.contents)
    }

    @Test func failingBuildLeavesThePreviousSiteUntouched() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let site = folder + "/site"
        let good = try build()
        try SiteWriter.write(good, to: site)
        #expect(throws: SourceErrors.self) { try build(SiteTests.fixtures + "/invalid") }
        #expect(SiteWriter.differences(good, at: site).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["site"])
    }

    @Test func checkFindsStaleMissingAndExtraFiles() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let site = folder + "/site"
        let files = try build()
        try SiteWriter.write(files, to: site)
        try Data("stale".utf8).write(to: URL(fileURLWithPath: site + "/style.css"))
        try Data("extra".utf8).write(to: URL(fileURLWithPath: site + "/fujixerox-privacy/old.html"))
        try FileManager.default.removeItem(atPath: site + "/sitemap.xml")
        #expect(
            SiteWriter.differences(files, at: site).map(\.description) == [
                "extra: fujixerox-privacy/old.html", "missing: sitemap.xml", "changed: style.css",
            ])
        try SiteWriter.write(files, to: site)
        #expect(SiteWriter.differences(files, at: site).isEmpty)
        // Swapped in over the previous site, which is gone: nothing is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["site"])
    }

    @Test func baseURLPrefixesTheSitemap() throws {
        let files = try SiteBuilder.build(
            source: SiteTests.twoRevisions, asOf: SiteTests.between, baseURL: "https://example.com/privacy/",
            renderer: try PolicyRenderer()
        ).files
        #expect(text(files, "sitemap.xml").contains("<loc>https://example.com/privacy/fujixerox-privacy/</loc>"))
    }
}
