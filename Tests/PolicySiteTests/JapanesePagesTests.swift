import Foundation
import PolicyModel
import PolicyRender
import Testing

@testable import PolicySite

/// A policy in Japanese (`xml:lang="ja"`) gets its pages' words from `strings/ja.json`: no
/// English word around its text, and dates written the Japanese way.
@Suite struct JapanesePagesTests {
    static let source = SiteTests.fixtures + "/japanese"

    func build() throws -> SiteFiles {
        try SiteBuilder.build(source: Self.source, asOf: PolicyDate("2020-01-01")!, renderer: try PolicyRenderer())
            .files
    }

    /// The words a reader sees or hears on a page: its text, its description and its
    /// `aria-label`s, without `<code>` (ids written for engineers) and the stylesheet.
    static func readerWords(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<code[^>]*>.*?</code>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "<style>.*?</style>", with: " ", options: .regularExpression)
        var words: [String] = []
        for attribute in ["aria-label", "content"] {
            var rest = text[...]
            while let start = rest.range(of: "\(attribute)=\""),
                let end = rest[start.upperBound...].firstIndex(of: "\"")
            {
                if !(attribute == "content" && rest[..<start.lowerBound].hasSuffix("name=\"viewport\" ")) {
                    words.append(String(rest[start.upperBound..<end]))
                }
                rest = rest[end...]
            }
        }
        words.append(text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression))
        return words.joined(separator: " ")
    }

    /// Latin words on a Japanese page that are names, not English: formats and the rules file.
    static let names: Set<String> = ["Atom", "JSON", "Markdown", "rules", "json"]

    @Test func everyWordAroundTheTextIsJapanese() throws {
        let files = try build()
        let pages = files.paths.filter { $0.hasSuffix(".html") }
        #expect(pages.count == 8)
        #expect(pages.contains { $0.contains("/diff/") } && pages.contains { $0.contains("/changelog/") })
        for path in pages {
            let html = String(decoding: files.contents[path] ?? [], as: UTF8.self)
            #expect(html.contains("<html lang=\"ja\">"), "\(path)")
            let latin = Self.readerWords(html).split(whereSeparator: { !($0.isASCII && $0.isLetter) })
                .filter { $0.count > 1 && !Self.names.contains(String($0)) }
            #expect(latin.isEmpty, "\(path) shows \(Set(latin).sorted())")
        }
    }

    @Test func theRedlineAndChangelogShareTheFrameInJapanese() throws {
        let files = try build()
        func page(_ path: String) -> String { String(decoding: files.contents[path] ?? [], as: UTF8.self) }
        let title = "富士ゼロックス 個人情報保護方針（個人情報の取扱いについて）"
        for path in ["fujixerox-privacy-ja/2013-04-01/diff/index.html", "fujixerox-privacy-ja/changelog/index.html"] {
            let html = page(path)
            #expect(html.contains("<html lang=\"ja\">"), "\(path)")
            #expect(!html.contains("<style>"), "\(path) inlines a style")
            #expect(html.contains("<a class=\"skip-link\" href=\"#main\">本文へ移動</a>"), "\(path)")
            #expect(html.contains("<nav aria-label=\"ポリシー一覧\"><a href=\"../../"), "\(path)")
            #expect(html.contains("<footer class=\"site-footer\">"), "\(path)")
        }
        let redline = page("fujixerox-privacy-ja/2013-04-01/diff/index.html")
        #expect(redline.contains("<link rel=\"stylesheet\" href=\"../../../style.css\">"))
        #expect(redline.contains("<h1>\(title)の変更：2012-12-01（2012年12月） → 2013-04-01（2013年4月）</h1>"))
        #expect(
            redline.contains(
                "<nav class=\"page-links\" aria-label=\"関連ページ\"><a href=\"../\">新しい本文（2013-04-01）</a> · "
                    + "<a href=\"../../2012-12-01/\">以前の本文（2012-12-01）</a> · <a href=\"../../changelog/\">改定履歴</a></nav>"))
        #expect(redline.contains("<p class=\"legend\"><del>−削除した語</del> <ins>+追加した語</ins></p>"))
        #expect(redline.contains("<h2>メタデータ</h2>"))
        #expect(
            redline.contains(
                "<span class=\"old-number\">旧 1の第1段落</span> <span class=\"new-number\">新 1の第1段落</span>"))
        #expect(redline.contains("<p class=\"unchanged\">変更のない16ブロックは省略しています。</p>"))
        let changelog = page("fujixerox-privacy-ja/changelog/index.html")
        #expect(changelog.contains("<title>改定履歴：\(title)</title>"))
        #expect(changelog.contains("<a href=\"../2013-04-01/\">本文</a> · <a href=\"../2013-04-01/diff/\">変更箇所</a>"))
    }

    @Test func datesAndNoticesAreWrittenTheJapaneseWay() throws {
        let files = try build()
        func page(_ path: String) -> String { String(decoding: files.contents[path] ?? [], as: UTF8.self) }
        let old = page("fujixerox-privacy-ja/2012-12-01/index.html")
        #expect(old.contains("<p class=\"effective\"><time datetime=\"2012-12-01\">2012年12月1日</time>施行</p>"))
        #expect(old.contains("<h2 id=\"toc-heading\">目次</h2>"))
        #expect(
            old.contains(
                "<p><strong>この版は<time datetime=\"2013-04-01\">2013年4月1日</time>に改定されました。</strong> "
                    + "<a href=\"../\">現行のポリシーを読む。</a></p>"))
        #expect(old.contains("<span class=\"status\">改定済み</span>"))
        #expect(old.contains("aria-label=\"注1\""))
        let allows = page("fujixerox-privacy-ja/2013-04-01/allows/index.html")
        #expect(allows.contains("<span class=\"phrase\">情報： <strong>氏名、住所または電話番号</strong></span>"))
        let index = page("index.html")
        #expect(index.contains("<time datetime=\"2013-04-01\">2013年4月1日</time>から施行"))
    }

    @Test func aLanguageWithoutATableGetsEnglishWordsAndAWarning() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-fr-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder + "/p", withIntermediateDirectories: true)
        let english = SiteTests.twoRevisions + "/fujixerox-privacy/2012-12-01.xml"
        let text = try String(contentsOfFile: english, encoding: .utf8)
            .replacingOccurrences(of: "xml:lang=\"en\"", with: "xml:lang=\"fr\"")
            .replacingOccurrences(of: "id=\"fujixerox-privacy\"", with: "id=\"p\"")
        try text.write(toFile: folder + "/p/2012-12-01.xml", atomically: true, encoding: .utf8)
        let built = try SiteBuilder.build(
            source: folder, asOf: PolicyDate("2020-01-01")!, renderer: try PolicyRenderer())
        #expect(
            built.diagnostics.map(\.description) == [
                "\(folder)/p/2012-12-01.xml:2: warning: no strings table for language 'fr' (strings/fr.json); "
                    + "its pages show English words [strings-missing]"
            ])
        let page = String(decoding: built.files.contents["p/index.html"] ?? [], as: UTF8.self)
        #expect(page.contains("<html lang=\"fr\">") && page.contains("<h2 id=\"toc-heading\">Contents</h2>"))
    }
}
