import Foundation
import PolicyModel
import PolicyRender
import Testing

@testable import PolicySite

/// The words about a Japanese policy's revisions, which Swift writes from `strings/ja.json`:
/// the changelog's sentences, the redline's labels, the feed and a translation's pages.
extension JapanesePagesTests {
    func page(_ files: SiteFiles, _ path: String) -> String {
        String(decoding: files.contents[path] ?? [], as: UTF8.self)
    }

    @Test func theChangelogSaysWhatChangedInJapanese() throws {
        let files = try build()
        let html = page(files, "fujixerox-privacy-ja/changelog/index.html")
        #expect(
            html.contains(
                """
                <section class="revision" id="revision-2013-04-01">
                <h2><time datetime="2013-04-01">2013年4月1日（2013年4月）</time></h2>
                <p class="summary">個人情報を暗号化して保管することにしました。また、代金の決済のために個人情報を利用できるようにしました。</p>
                <p class="effects-lead"><strong>お客様への影響：</strong></p>
                <ul class="effects">
                <li>今後は、氏名および住所を代金の決済のために利用することがあります（2 (3)参照）。</li>
                </ul>
                <ul class="changes">
                <li>1 個人情報の取得
                <ul>
                <li>1の第1段落の文言を変更しました。</li>
                </ul>
                </li>
                <li>2 個人情報の利用
                <ul>
                <li>2 (3)を追加しました。</li>
                </ul>
                </li>
                </ul>
                <p class="links"><a href="../2013-04-01/">本文</a> · <a href="../2013-04-01/diff/">変更箇所</a></p>
                </section>
                """))
        #expect(
            page(files, "fujixerox-privacy-ja/changelog/changelog.txt") == """
                改定履歴：富士ゼロックス 個人情報保護方針（個人情報の取扱いについて）

                2013年4月1日（2013年4月）
                -------------------------
                個人情報を暗号化して保管することにしました。また、代金の決済のために個人
                情報を利用できるようにしました。

                お客様への影響：
                  - 今後は、氏名および住所を代金の決済のために利用することがあります（2
                    (3)参照）。

                本文の変更箇所：
                  1 個人情報の取得
                    - 1の第1段落の文言を変更しました。
                  2 個人情報の利用
                    - 2 (3)を追加しました。
                本文：../2013-04-01/
                変更箇所：../2013-04-01/diff/

                2012年12月1日（2012年12月）
                ---------------------------
                初めて公開した版です。
                本文：../2012-12-01/

                """)
    }

    @Test func theRedlineLabelsEachChangeInJapanese() throws {
        let redline = page(try build(), "fujixerox-privacy-ja/2013-04-01/diff/index.html")
        for line in [
            "<p><strong>重要度：</strong> 重要な変更（拡大）：12件の判断が変わります</p>",
            "<li>条件なしで代金の決済のため氏名を利用：不許可 → 許可（2 (3)）</li>",
            "<p class=\"summary\">追加2件、削除1件、変更1件、移動0件、番号の変更0件／7語句を追加、1語句を削除／メタデータ3件／"
                + "変更のない16ブロックは省略</p>",
            "<dt>施行日</dt>", "<dt>日付の表記</dt>", "<dt>改定の概要</dt>",
            "<span class=\"new-number\">新 1の第1段落</span> <span class=\"kind\">変更</span>",
            "<span class=\"new-number\">新 2 (3)</span> <span class=\"kind\">追加</span>",
            "<h2>結び</h2>",
            "<span class=\"old-number\">旧 結びの第1段落</span> <span class=\"new-number\">新 —</span> "
                + "<span class=\"kind\">削除</span>",
        ] {
            #expect(redline.contains(line), "\(line)")
        }
    }

    @Test func theFeedEntryIsJapanese() throws {
        let feed = page(try build(), "fujixerox-privacy-ja/feed.xml")
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ja\">"))
        #expect(
            feed.contains(
                "<subtitle>富士ゼロックス 個人情報保護方針（個人情報の取扱いについて）の改定履歴と各版の変更点</subtitle>"))
        #expect(
            feed.contains(
                """
                <entry>
                <id>urn:codicil:fujixerox-privacy-ja:2013-04-01</id>
                <title>2013年4月1日（2013年4月）施行の改定</title>
                <published>2013-04-01T00:00:00Z</published>
                <updated>2013-04-01T00:00:00Z</updated>
                <link rel="alternate" type="text/html" href="2013-04-01/"/>
                <link rel="related" type="text/html" title="変更箇所" href="2013-04-01/diff/"/>
                <category scheme="urn:codicil:change" term="added"/>
                <category scheme="urn:codicil:change" term="removed"/>
                <category scheme="urn:codicil:change" term="modified"/>
                <category scheme="urn:codicil:materiality" term="material-broadens" label="重要な変更（拡大）"/>
                <summary type="text">個人情報を暗号化して保管することにしました。また、代金の決済のために個人情報を利用できるようにしました。</summary>
                <content type="xhtml">
                <div xmlns="http://www.w3.org/1999/xhtml">
                <p>お客様への影響：</p>
                <ul>
                <li>今後は、氏名および住所を代金の決済のために利用することがあります（2 (3)参照）。</li>
                </ul>
                <ul>
                <li>1 個人情報の取得<ul><li>1の第1段落の文言を変更しました。</li></ul></li>
                <li>2 個人情報の利用<ul><li>2 (3)を追加しました。</li></ul></li>
                </ul>
                <p><a href="2013-04-01/">本文</a> · <a href="2013-04-01/diff/">変更箇所</a></p>
                </div>
                </content>
                </entry>
                <entry>
                <id>urn:codicil:fujixerox-privacy-ja:2012-12-01</id>
                <title>2012年12月1日（2012年12月）施行の改定</title>
                <published>2012-12-01T00:00:00Z</published>
                <updated>2012-12-01T00:00:00Z</updated>
                <link rel="alternate" type="text/html" href="2012-12-01/"/>
                <content type="xhtml">
                <div xmlns="http://www.w3.org/1999/xhtml">
                """))
    }
}
