import Foundation
import PolicyModel
import PolicyRender
import Testing

@testable import PolicySite

/// A policy in two languages on the site: the original at today's URLs, the translation under
/// `<policy>/<language>/`, each linked to the other.
@Suite struct LanguagePagesTests {
    static let source =
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PolicySourceTests/Fixtures/languages").path
    static let asOf = PolicyDate("2024-07-01")!

    static func build() throws -> SiteFiles {
        try SiteBuilder.build(source: source, asOf: asOf, renderer: try PolicyRenderer()).files
    }

    static func text(_ files: SiteFiles, _ path: String) -> String {
        String(decoding: files.contents[path] ?? [], as: UTF8.self)
    }

    @Test("the translation's pages sit under <policy>/ja/, the original's where a single-language policy's are")
    func layout() throws {
        let files = try Self.build()
        let japanese = files.paths.filter { $0.hasPrefix("example-privacy/ja/") }
        #expect(
            japanese
                == [
                    "2024-01-15/allows/index.html", "2024-01-15/index.html", "2024-01-15/policy.json",
                    "2024-01-15/policy.md",
                    "2024-01-15/policy.txt", "2024-01-15/rules.json", "changelog/changelog.md",
                    "changelog/changelog.txt",
                    "changelog/index.html", "feed.xml", "index.html",
                ].map { "example-privacy/ja/" + $0 })
        #expect(files.paths.contains("example-privacy/2024-06-01/diff/index.html"))
        #expect(files.paths.contains("example-privacy/index.html"))
        let allows = Self.text(files, "example-privacy/ja/2024-01-15/allows/index.html")
        #expect(allows.contains(#"<link rel="stylesheet" href="../../../../style.css">"#))
        // The original's rule, cited by the translation's clause.
        #expect(allows.contains(#"href="../#use-support""#))
        let rules = Self.text(files, "example-privacy/ja/2024-01-15/rules.json")
        #expect(rules.contains("当社は、ご本人の同意を得たうえで"))
    }
}
