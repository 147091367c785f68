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

    @Test("each policy page links its other language with hreflang, both ways, and names itself beside it")
    func hreflangBothWays() throws {
        let files = try Self.build()
        let original = Self.text(files, "example-privacy/2024-01-01/index.html")
        #expect(original.contains(#"<link rel="alternate" hreflang="en" href="./">"#))
        #expect(original.contains(#"<link rel="alternate" hreflang="ja" href="../../example-privacy/ja/2024-01-15/">"#))
        let translation = Self.text(files, "example-privacy/ja/2024-01-15/index.html")
        #expect(
            translation.contains(#"<link rel="alternate" hreflang="en" href="../../../example-privacy/2024-01-01/">"#))
        #expect(translation.contains(#"<link rel="alternate" hreflang="ja" href="./">"#))
        let main = Self.text(files, "example-privacy/index.html")
        #expect(main.contains(#"<link rel="alternate" hreflang="ja" href="../example-privacy/ja/">"#))
        #expect(
            Self.text(files, "example-privacy/ja/index.html").contains(
                #"<link rel="alternate" hreflang="en" href="../../example-privacy/">"#))
        // The June revision has no Japanese version: the switcher leads to the Japanese main page, no alternate.
        let june = Self.text(files, "example-privacy/2024-06-01/index.html")
        #expect(!june.contains("hreflang=\"ja\" href=\"../../example-privacy/ja/\">"))
        #expect(!june.contains(#"<link rel="alternate" hreflang"#))
        #expect(june.contains(#"<li><a href="../../example-privacy/ja/" hreflang="ja" lang="ja">日本語</a></li>"#))
    }

    @Test("the switcher names each language in itself and marks the page's own")
    func switcher() throws {
        let files = try Self.build()
        #expect(
            Self.text(files, "example-privacy/ja/2024-01-15/index.html").contains(
                """
                <nav class="languages" aria-label="言語">
                <ul>
                <li><a href="../../../example-privacy/2024-01-01/" hreflang="en" lang="en">English</a></li>
                <li><span aria-current="page" lang="ja">日本語</span></li>
                </ul>
                </nav>
                """))
        #expect(
            Self.text(files, "example-privacy/index.html").contains(#"<nav class="languages" aria-label="Languages">"#))
    }

    @Test("a translation the original has changed since says so in its own language, on its current pages only")
    func lagNotice() throws {
        let files = try Self.build()
        let notice =
            "<p><strong>原文（English）は2024年6月1日に更新されました。この翻訳は2024年1月1日の版に基づいています。</strong>"
        #expect(
            Self.text(files, "example-privacy/ja/index.html").contains(
                notice + #" <a href="../../example-privacy/" hreflang="en">原文を読む。</a></p>"#))
        #expect(Self.text(files, "example-privacy/ja/2024-01-15/index.html").contains(notice))
        #expect(!Self.text(files, "example-privacy/index.html").contains("notice translation"))
        // Before the original changed, the translation is up to date.
        let early = try SiteBuilder.build(
            source: Self.source, asOf: PolicyDate("2024-03-01")!, renderer: try PolicyRenderer()
        ).files
        #expect(!Self.text(early, "example-privacy/ja/index.html").contains("notice translation"))
    }

    @Test("the Japanese policy pages carry no English words: every word outside the policy's text is Japanese")
    func noEnglishOnJapanesePages() throws {
        let files = try Self.build()
        for path in ["example-privacy/ja/index.html", "example-privacy/ja/2024-01-15/index.html"] {
            let page = Self.text(files, path)
            #expect(page.contains(#"<html lang="ja">"#))
            // Markup, the text's own Latin words (names, addresses) and the other languages' names aside.
            let words = Self.visibleWords(page).filter {
                !["Example", "Markdown", "JSON", "Atom", "English", "privacy", "example", "com", "mailto"].contains($0)
            }
            #expect(words.isEmpty, "\(path): \(words)")
        }
    }

    /// The runs of Latin letters a reader sees on a page: text outside tags, and attribute values
    /// a browser or a search engine shows (`aria-label`, `title`, `alt`, the description).
    static func visibleWords(_ html: String) -> [String] {
        var text = html.replacingOccurrences(of: "<style>[\\s\\S]*?</style>", with: " ", options: .regularExpression)
        let labels = text.matches(of: /(?:aria-label|title|alt|name="description" content)="([^"]*)"/).map {
            " " + $0.1 + " "
        }
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression) + labels.joined()
        return text.matches(of: /[A-Za-z]{2,}/).map { String($0.0) }
    }
}
