import Foundation
import Testing

/// `codicil notify` and `codicil diff` write a Japanese policy's revisions in Japanese, from
/// `strings/ja.json`, and a translation's in the translation's language.
@Suite struct JapaneseRevisionCommandsTests {
    static let folder = "Tests/PolicySiteTests/Fixtures/japanese/fujixerox-privacy-ja"

    static func output(_ arguments: [String], status: Int32 = 0) throws -> String {
        let run = try CodicilBinary.run(arguments)
        #expect(run.status == status, "\(arguments): \(run.standardError)")
        return run.standardOutput
    }

    static let notice = """
        富士ゼロックス 個人情報保護方針（個人情報の取扱いについて）改定のお知ら
        せ（2013年4月1日施行）

        富士ゼロックス 個人情報保護方針（個人情報の取扱いについて）を改定しまし
        た。新しい版は2013年4月1日（2013年4月）に施行されます。

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

        新しい本文を読む：fujixerox-privacy-ja/2013-04-01/
        すべての変更箇所を見る：fujixerox-privacy-ja/2013-04-01/diff/

        富士ゼロックス株式会社

        """

    @Test func theNoticeIsJapanese() throws {
        #expect(try Self.output(["notify", Self.folder, "--revision", "2013-04-01"]) == Self.notice)
    }

    /// The e-mail's subject, decoded from its RFC 2047 words, and its text body.
    @Test func theEmailIsJapanese() throws {
        let email = try Self.output([
            "notify", Self.folder, "--revision", "2013-04-01", "--format", "eml", "--from",
            "富士ゼロックス <privacy@example.com>", "--to", "ann@example.net",
        ])
        #expect(email.contains("\r\nContent-Language: ja\r\n"))
        let header = try #require(
            email.components(separatedBy: "\r\nSubject: ").last?.components(separatedBy: "\r\nMIME").first)
        let subject = header.components(separatedBy: "\r\n ").map { word in
            String(
                decoding: Data(base64Encoded: String(word.dropFirst("=?utf-8?B?".count).dropLast(2))) ?? Data(),
                as: UTF8.self)
        }.joined()
        #expect(subject == "富士ゼロックス 個人情報保護方針（個人情報の取扱いについて）改定のお知らせ（2013年4月1日施行）")
        let bodies = email.components(separatedBy: "\r\n\r\n").compactMap {
            Data(base64Encoded: $0.replacingOccurrences(of: "\r\n", with: "")).map {
                String(decoding: $0, as: UTF8.self)
            }
        }
        #expect(bodies.first == Self.notice)
        #expect(bodies.last?.contains("<h2 style=\"font-size: 1.1em;\">本文の変更箇所</h2>") == true)
    }

    @Test func theTextRedlineIsJapanese() throws {
        let arguments = ["diff", Self.folder + "/2012-12-01.xml", Self.folder + "/2013-04-01.xml"]
        #expect(
            try Self.output(arguments + ["--format", "txt"], status: 1) == """
                富士ゼロックス 個人情報保護方針（個人情報の取扱いについて）：2012-12-01（2012年12月） → 2013-04-01（2013年4月）
                追加2件、削除1件、変更1件、移動0件、番号の変更0件／7語句を追加、1語句を削除／メタデータ3件／変更のない16ブロックは省略

                重要度：重要な変更（拡大）（12件のリクエストの判断が変わります）
                  不許可 → 許可：条件なしで代金の決済のため氏名を利用
                    2 (3) [use-payment] 代金の決済のため、個人情報（氏名、住所）を利用する場合
                  不許可 → 許可：条件なしで代金の決済のため住所を利用
                    2 (3) [use-payment] 代金の決済のため、個人情報（氏名、住所）を利用する場合
                  不許可 → 許可：条件なしで代金の決済のため業務委託先に氏名を利用
                    2 (3) [use-payment] 代金の決済のため、個人情報（氏名、住所）を利用する場合
                  不許可 → 許可：条件なしで代金の決済のため業務委託先に住所を利用
                    2 (3) [use-payment] 代金の決済のため、個人情報（氏名、住所）を利用する場合
                  不許可 → 許可：条件なしで代金の決済のため金融機関に氏名を利用
                    2 (3) [use-payment] 代金の決済のため、個人情報（氏名、住所）を利用する場合
                  不許可 → 許可：条件なしで代金の決済のため金融機関に住所を利用
                    2 (3) [use-payment] 代金の決済のため、個人情報（氏名、住所）を利用する場合
                  …ほか6件

                メタデータ
                  施行日：[-2012-12-01-] {+2013-04-01+}
                  日付の表記：[-2012-]{+2013+}年[-12-]{+4+}月
                  改定の概要：{+個人情報を暗号化して保管することにしました。また、代金の決済のために個人情報を利用できるようにしました。+}

                1 個人情報の取得
                  ~ 1の第1段落 変更
                      富士ゼロックスは、利用目的を明らかにしたうえで、適法かつ公正な手段によって個人情報を取得し{+、暗号化して保管し+}ます。

                2 個人情報の利用
                  + 2 (3) 追加
                      {+代金の決済のため、個人情報（氏名、住所）を利用する場合+}

                結び
                  - 結びの第1段落 削除
                      [-2012年12月-]
                  + 結びの第1段落 追加
                      {+2013年4月+}

                """)
        #expect(
            try Self.output(arguments + ["--format", "md"], status: 1) == """
                ### 富士ゼロックス 個人情報保護方針（個人情報の取扱いについて）：2012-12-01（2012年12月） → 2013-04-01（2013年4月）

                **重要度：** 重要な変更（拡大）：12件の判断が変わります

                - 条件なしで代金の決済のため氏名を利用：不許可 → 許可（2 (3)）
                - 条件なしで代金の決済のため住所を利用：不許可 → 許可（2 (3)）
                - 条件なしで代金の決済のため業務委託先に氏名を利用：不許可 → 許可（2 (3)）
                - 条件なしで代金の決済のため業務委託先に住所を利用：不許可 → 許可（2 (3)）
                - 条件なしで代金の決済のため金融機関に氏名を利用：不許可 → 許可（2 (3)）
                - 条件なしで代金の決済のため金融機関に住所を利用：不許可 → 許可（2 (3)）

                **概要：** 追加2件、削除1件、変更1件、移動0件、番号の変更0件／7語句を追加、1語句を削除／メタデータ3件／変更のない16ブロックは省略

                #### メタデータ

                - **施行日**：<del>2012-12-01</del> <ins>2013-04-01</ins>
                - **日付の表記**：<del>2012</del><ins>2013</ins>年<del>12</del><ins>4</ins>月
                - **改定の概要**：<ins>個人情報を暗号化して保管することにしました。また、代金の決済のために個人情報を利用できるようにしました。</ins>

                #### 1 個人情報の取得

                **1の第1段落** · 変更

                > 富士ゼロックスは、利用目的を明らかにしたうえで、適法かつ公正な手段によって個人情報を取得し<ins>、暗号化して保管し</ins>ます。

                #### 2 個人情報の利用

                **2 (3)** · 追加

                > <ins>代金の決済のため、個人情報（氏名、住所）を利用する場合</ins>

                #### 結び

                **結びの第1段落** · 削除

                > <del>2012年12月</del>

                **結びの第1段落** · 追加

                > <ins>2013年4月</ins>

                <details><summary>変更のない16ブロックは省略</summary></details>

                """)
    }

    /// The pull-request comment shows a Japanese policy's redline in Japanese.
    @Test func thePullRequestRedlineIsJapanese() throws {
        let repository = try ScratchRepository()
        defer { repository.delete() }
        func source(_ date: String) throws -> String {
            try String(
                contentsOf: CodicilBinary.packageRoot.appendingPathComponent(Self.folder + "/\(date).xml"),
                encoding: .utf8)
        }
        let folder = "policy-src/fujixerox-privacy-ja"
        try repository.write(try source("2012-12-01"), to: folder + "/2012-12-01.xml")
        try repository.commitAll("The first revision")
        try repository.git("checkout", "--quiet", "-b", "april")
        try repository.write(try source("2013-04-01"), to: folder + "/2013-04-01.xml")
        try repository.commitAll("April 2013")
        let run = try repository.codicil("diff", "--git-base", "main", "--format", "md")
        #expect(run.status == 1, "\(run.standardError)")
        let comment = run.standardOutput
        for line in [
            "**重要度：** 重要な変更（拡大）：12件の判断が変わります",
            "**概要：** 追加2件、削除1件、変更1件、移動0件、番号の変更0件／7語句を追加、1語句を削除／メタデータ3件／変更のない16ブロックは省略",
            "#### 結び\n\n**結びの第1段落** · 削除",
        ] {
            #expect(comment.contains(line), "\(line)")
        }
    }

    /// A second Japanese translation of the languages fixture: its changelog, redline, feed and
    /// notice are in Japanese while the original's stay English.
    @Test func aTranslationsRevisionsAreInItsLanguage() throws {
        let source = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-translation-\(UUID())")
        defer { try? FileManager.default.removeItem(at: source) }
        try FileManager.default.copyItem(
            at: CodicilBinary.packageRoot.appendingPathComponent("Tests/PolicySourceTests/Fixtures/languages"),
            to: source)
        let policy = source.appendingPathComponent("example-privacy")
        let first = try String(contentsOf: policy.appendingPathComponent("ja/2024-01-15.xml"), encoding: .utf8)
        let second =
            first
            .replacingOccurrences(
                of: #"<revision effective="2024-01-15" label="2024年1月" translates="2024-01-01"/>"#,
                with: #"<revision effective="2024-06-15" label="2024年6月" translates="2024-06-01"/>"#
            )
            .replacingOccurrences(
                of: #"<purpose id="support">お問い合わせへの回答</purpose>"#,
                with: #"""
                    <action id="disclose">提供</action>
                        <purpose id="support">お問い合わせへの回答</purpose>
                        <purpose id="payment">決済</purpose>
                        <recipient id="payment-processor">決済代行会社</recipient>
                    """#)
            .replacingOccurrences(
                of: "当社は、個人情報を第三者に提供しません。",
                with: "当社は、決済のためにカード情報を決済代行会社に提供し、それ以外の第三者には提供しません。")
        try second.write(to: policy.appendingPathComponent("ja/2024-06-15.xml"), atomically: true, encoding: .utf8)
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-translation-site-\(UUID())")
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try Self.output(["build", "--source", source.path, "--output", site.path, "--as-of", "2025-01-01"])
        func file(_ path: String) throws -> String {
            String(decoding: try Data(contentsOf: site.appendingPathComponent(path)), as: UTF8.self)
        }
        #expect(
            try file("example-privacy/ja/changelog/changelog.txt") == """
                改定履歴：Example プライバシーポリシー

                2024年6月15日（2024年6月）
                --------------------------
                お客様への影響：
                  - 今後は、個人情報を決済のために決済代行会社に提供することがあります
                    （3の第1段落参照）。

                本文の変更箇所：
                  3 第三者提供
                    - 3の第1段落の文言を変更しました。
                本文：../2024-06-15/
                変更箇所：../2024-06-15/diff/

                2024年1月15日（2024年1月）
                --------------------------
                初めて公開した版です。
                本文：../2024-01-15/

                """)
        let redline = try file("example-privacy/ja/2024-06-15/diff/index.html")
        #expect(redline.contains("<h1>Example プライバシーポリシーの変更：2024-01-15（2024年1月） → 2024-06-15（2024年6月）</h1>"))
        #expect(
            redline.contains(
                "<span class=\"old-number\">旧 3の第1段落</span> <span class=\"new-number\">新 3の第1段落</span> "
                    + "<span class=\"kind\">変更</span>"))
        // Assessed by the original's rules, its terms named by the translation's labels.
        #expect(redline.contains("<li>条件なしで決済のため決済代行会社に提供：不許可 → 許可（3の第1段落）</li>"))
        let feed = try file("example-privacy/ja/feed.xml")
        #expect(feed.contains("<title>2024年6月15日（2024年6月）施行の改定</title>"))
        #expect(try file("example-privacy/changelog/changelog.txt").hasPrefix("Changelog: Example Privacy Policy\n"))
        // `codicil diff` of the two translation files finds the original above their folder.
        let diff = try CodicilBinary.run(
            ["diff", "ja/2024-01-15.xml", "ja/2024-06-15.xml", "--colour", "never"], in: policy)
        #expect(diff.status == 1)
        #expect(
            diff.standardOutput.contains(
                "重要度：重要な変更（拡大）（2件のリクエストの判断が変わります）\n  不許可 → 許可：条件なしで決済のため決済代行会社に提供\n"))
        let notice = try Self.output(["notify", policy.path, "--language", "ja", "--revision", "2024-06-15"])
        #expect(
            notice == """
                Example プライバシーポリシー改定のお知らせ（2024年6月15日施行）

                Example プライバシーポリシーを改定しました。新しい版は2024年6月15日
                （2024年6月）に施行されます。

                お客様への影響：

                  - 今後は、個人情報を決済のために決済代行会社に提供することがあります
                    （3の第1段落参照）。

                本文の変更箇所：
                  3 第三者提供
                    - 3の第1段落の文言を変更しました。

                新しい本文を読む：example-privacy/ja/2024-06-15/
                すべての変更箇所を見る：example-privacy/ja/2024-06-15/diff/

                Example 株式会社

                """)
    }
}
