import Foundation
import PolicyModel
import PolicyRender
import Testing

@testable import PolicySite

/// A permalink says at the top whether its version was replaced, takes effect later, or is
/// about to be followed by a scheduled one, by the build's as-of date.
@Suite struct VersionNoticeTests {
    static let source = SiteTests.fixtures + "/three-revisions"

    func page(_ path: String, asOf: String = "2020-01-01") throws -> String {
        let files = try SiteBuilder.build(source: Self.source, asOf: PolicyDate(asOf)!, renderer: try PolicyRenderer())
            .files
        return String(decoding: files.contents["fujixerox-privacy/\(path)"] ?? [], as: UTF8.self)
    }

    @Test func aSupersededPermalinkSaysWhenItWasReplacedAndLinksTheCurrentPolicy() throws {
        let old = try page("2012-12-01/index.html")
        #expect(
            old.contains(
                """
                <aside class="notice superseded" aria-label="About this version">
                <p><strong>This version was replaced on <time datetime="2013-04-01">1 April 2013</time>.</strong> \
                <a href="../">Read the current policy.</a></p>
                </aside>
                """))
        #expect(!old.contains("notice upcoming"))
    }

    @Test func aScheduledPermalinkSaysWhenItTakesEffect() throws {
        let scheduled = try page("2030-01-01/index.html")
        #expect(
            scheduled.contains(
                """
                <p><strong>This version takes effect on <time datetime="2030-01-01">1 January 2030</time>.</strong> \
                <a href="../">Read the policy in effect until then.</a></p>
                """))
        #expect(!scheduled.contains("notice superseded"))
    }

    @Test func thePermalinkInEffectAnnouncesTheScheduledOne() throws {
        let current = try page("2013-04-01/index.html")
        #expect(
            current.contains(
                """
                <p><strong>A new version takes effect on <time datetime="2030-01-01">1 January 2030</time>.</strong> \
                <a href="../2030-01-01/">Read the new version.</a></p>
                """))
        #expect(!current.contains("notice superseded") && !current.contains("notice upcoming"))
        let main = try page("index.html")
        #expect(!main.contains("notice superseded") && !main.contains("notice upcoming"))
        #expect(main.contains("<a href=\"2030-01-01/\">Read the new version.</a>"))
    }

    @Test func theAsOfDateDecides() throws {
        let later = try page("2013-04-01/index.html", asOf: "2030-01-01")
        #expect(later.contains("This version was replaced on <time datetime=\"2030-01-01\">1 January 2030</time>."))
        let scheduled = try page("2030-01-01/index.html", asOf: "2030-01-01")
        #expect(!scheduled.contains("<aside"))
    }
}
