import Foundation
import PolicyModel
import PolicyRender
import PolicyRules
import Testing

@testable import PolicySite

/// The rules files of a revision: `rules.json` is the JSON export, and the "What this policy
/// allows" page states each condition in the vocabulary's words, linked to its clause.
@Suite struct RulesPagesTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let source = repository + "/policy-src"
    static let folder = "fujixerox-privacy/2012-12-01"

    func build() throws -> (files: SiteFiles, histories: [PolicyHistory]) {
        let built = try SiteBuilder.build(
            source: Self.source, asOf: PolicyDate("2020-01-01")!, renderer: try PolicyRenderer())
        return (built.files, built.histories)
    }

    func text(_ files: SiteFiles, _ path: String) -> String {
        String(decoding: files.contents[path] ?? [], as: UTF8.self)
    }

    @Test func rulesJSONIsTheExport() throws {
        let (files, histories) = try build()
        let policy = try #require(histories.first?.revisions.first)
        let json = text(files, "\(Self.folder)/rules.json")
        #expect(!json.isEmpty)
        #expect(json == JSONExport.document(RuleSet(policy: policy)))
    }

    @Test func allowsPageLinksEachConditionToItsClause() throws {
        let page = text(try build().files, "\(Self.folder)/allows/index.html")
        #expect(page.contains("<h1>What this policy allows</h1>"))
        #expect(page.contains("<h3>To financial institution <code class=\"ids\">financial-institution</code></h3>"))
        #expect(
            page.contains(
                "<li><a class=\"cite\" href=\"../#disclosure-payment\" title=\"disclosure-payment\">4 (5)</a> "
                    + "<span class=\"terms\"><span class=\"phrase\">for <strong>settlement of payment</strong></span> </span>"))
        #expect(page.contains("permit action=disclose purpose=payment-settlement recipient=financial-institution"))
        // Conditions that name no recipient, facts required and excluded, data categories.
        #expect(page.contains("<h3>any recipient, including those below</h3>"))
        #expect(page.contains("href=\"../#disclosure-consent\" title=\"disclosure-consent\">4 (1)</a>"))
        #expect(page.contains("when <strong>the person has given his/her consent</strong>"))
        #expect(page.contains("unless <strong>the person rejects those activities</strong>"))
        #expect(page.contains("of <strong>Cookies, Web beacons or IP addresses</strong>"))
        #expect(page.contains("with no further condition"))
    }

    @Test func allowsPageShowsOverridingForbidsAndTheDefault() throws {
        let page = text(try build().files, "\(Self.folder)/allows/index.html")
        let disclose = try #require(page.range(of: "<section id=\"action-disclose\""))
        let section = String(page[disclose.lowerBound...])
        #expect(section.contains("<h3>Exceptions that override</h3>"))
        #expect(section.contains("href=\"../#advice-disclosure\""))
        #expect(
            section.contains(
                "unless <strong>the person has given his/her consent or the person cannot be identified</strong>"))
        #expect(
            section.contains(
                "Anything else is not allowed: <a class=\"cite\" href=\"../#disclosure-limit\" title=\"disclosure-limit\">4 ¶1</a>"))
    }

    @Test func revisionAndCurrentPagesLinkTheRulesFiles() throws {
        let files = try build().files
        #expect(text(files, "\(Self.folder)/index.html").contains("<li><a href=\"allows/\">What it allows</a></li>"))
        #expect(text(files, "\(Self.folder)/allows/index.html").contains("<a href=\"../rules.json\">rules.json</a>"))
        #expect(text(files, "fujixerox-privacy/index.html").contains("<a href=\"2012-12-01/allows/\">"))
    }

    @Test func revisionsWithoutRulesGetNoRulesFiles() throws {
        let files = try SiteBuilder.build(
            source: SiteTests.twoRevisions, asOf: SiteTests.between, renderer: try PolicyRenderer()
        ).files
        #expect(!files.paths.contains { $0.hasSuffix("rules.json") || $0.contains("/allows/") })
        #expect(!text(files, "fujixerox-privacy/2012-12-01/index.html").contains("What this policy allows"))
    }
}
