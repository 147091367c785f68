import Foundation
import PolicyModel
import PolicyRender
import Testing

@testable import PolicySite

/// Redline, changelog and feed pages of a two-revision policy, written to a temporary folder.
@Suite struct HistoryPagesTests {
    let site = SiteTests()

    @Test func redlineChangelogAndFeedAreWrittenAndLinked() throws {
        let files = try site.build()
        let folder = try site.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try SiteWriter.write(files, to: folder + "/site")
        let policy = folder + "/site/fujixerox-privacy"
        for path in [
            "2030-01-01/diff/index.html", "changelog/index.html", "changelog/changelog.md", "changelog/changelog.txt",
            "feed.xml",
        ] {
            let contents = FileManager.default.contents(atPath: "\(policy)/\(path)")
            #expect(!(contents ?? Data()).isEmpty, "\(path) is missing or empty")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(policy)/2012-12-01/diff/index.html"))
        let redline = site.text(files, "fujixerox-privacy/2030-01-01/diff/index.html")
        #expect(redline.contains("<del><span class=\"sign\">−</span>"))
        #expect(redline.contains("<a href=\"../../2012-12-01/\">Previous text (2012-12-01)</a>"))
        let current = site.text(files, "fujixerox-privacy/index.html")
        #expect(current.contains("<link rel=\"alternate\" type=\"application/atom+xml\""))
        #expect(current.contains("href=\"changelog/\">Changelog</a>"))
        let later = site.text(files, "fujixerox-privacy/2030-01-01/index.html")
        #expect(later.contains("<li><a href=\"diff/\">What changed</a></li>"))
        #expect(later.contains("href=\"../feed.xml\""))
        let changelog = site.text(files, "fujixerox-privacy/changelog/changelog.md")
        #expect(changelog.contains("[Redline](../2030-01-01/diff/)"))
        let feed = site.text(files, "fujixerox-privacy/feed.xml")
        #expect(feed.contains("<id>urn:codicil:fujixerox-privacy:2030-01-01</id>"))
        // Built before 2030: the scheduled revision is upcoming, and no timestamp is in the future.
        #expect(feed.contains("<title>Upcoming revision, taking effect 1 January 2030</title>"))
        #expect(!feed.contains("2030-01-01T"))
        #expect(feed.contains("<published>2012-12-01T00:00:00Z</published>"))
        let page = site.text(files, "fujixerox-privacy/changelog/index.html")
        #expect(page.contains(#"<time datetime="2030-01-01">1 January 2030</time> <span class="upcoming">(upcoming)</span>"#))
    }
}
