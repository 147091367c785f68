import Foundation
import PolicyModel
import Testing

@testable import PolicyRender

/// The strings tables (`strings/<language>.json`): chosen by the policy's language, overridable
/// by a template set, and refused with a located line when they would show a key or lose a value.
@Suite struct StringsTableTests {
    @Test func theTableFollowsTheLanguageTag() throws {
        let renderer = try PolicyRenderer()
        #expect(renderer.strings(for: "ja").text("contents") == "目次")
        #expect(renderer.strings(for: "en-GB").text("contents") == "Contents")
        #expect(renderer.strings(for: "fr").language == "en")
        #expect(renderer.stringsWarning(for: "ja-JP", at: SourceLocation(file: "p.xml", line: 2)) == nil)
        let date = PolicyDate("2013-04-01")!
        #expect(renderer.strings(for: "ja").date(date) == "2013年4月1日")
        #expect(renderer.strings(for: "en").date(date) == "1 April 2013")
        #expect(
            renderer.strings(for: "en").text("supersededNotice", ["date": "1 April 2013"])
                == "This version was replaced on 1 April 2013.")
    }

    @Test func aTextIsSplitAroundItsPlaceholder() {
        let text = UIText("{date}に改定されました。")
        #expect(text.before == "" && text.after == "に改定されました。")
        #expect(UIText("Contents").before == "Contents" && UIText("Contents").after == "")
        #expect(UIText("a {not a name} b").after == "")
    }

    @Test func aTextIsCutTheSameWayInASCIIAndBeyond() {
        typealias Part = UIText.Part
        let cases: [(String, [Part])] = [
            ("", []), ("Contents", [.literal("Contents")]),
            ("{n}", [.placeholder("n")]),
            ("a {b} {} {c d} {x", [.literal("a "), .placeholder("b"), .literal(" {"), .literal("} {"), .literal("c d} {"), .literal("x")]),
            ("{{n}}", [.literal("{"), .placeholder("n"), .literal("}")]),
            ("}{n}{", [.literal("}"), .placeholder("n"), .literal("{")]),
            ("{a1} {Zz}", [.literal("{"), .literal("a1} "), .placeholder("Zz")]),
        ]
        for (text, parts) in cases {
            #expect(UIText.parts(of: text) == parts, "\(text)")
            // The same text after a non-ASCII character is cut by characters, not bytes.
            #expect(UIText.parts(of: "é" + text) == ([.literal("é")] + parts).merged, "é\(text)")
        }
        // A brace carrying a combining mark is not a brace.
        #expect(UIText.parts(of: "{\u{301}n}") == [.literal("{\u{301}n}")])
    }

    @Test func aCitationIsWrittenInTheTablesWords() {
        let japanese = StringTables.builtInTable(for: "ja")
        let cases = [
            ("Preamble ¶2", "前文の第2段落"), ("4 (5) (bullet 3)", "4 (5) （3番目の項目）"), ("Closing ¶1", "結びの第1段落"),
            ("Preambles", "Preambles"), ("XPreamble", "XPreamble"), ("3 ¶", "3 ¶"), ("(bullet x)", "(bullet x)"),
            ("2 ¶3a", "2の第3段落a"), ("(bullet 2", "(bullet 2"), ("12.3", "12.3"), ("C ¶1 P", "Cの第1段落 P"),
        ]
        for (citation, written) in cases {
            #expect(japanese.citation(citation) == written, "\(citation)")
        }
    }

    @Test func theBuiltInPagesReadTheSameTablesAsTheWholeSet() throws {
        let whole = try StringTables(TemplateSet.builtIn)
        let pages = try PolicyRenderer()
        let date = PolicyDate("2013-04-01")!
        for tag in ["en", "en-GB", "ja", "ja-JP", "fr", "", "EN"] {
            let (one, other) = (whole.table(for: tag), pages.strings(for: tag))
            #expect(one.language == other.language && one.texts == other.texts, "\(tag)")
            #expect(one.date(date) == other.date(date))
            #expect(one.templateValues.mapValues(\.before) == other.templateValues.mapValues(\.before))
            #expect(whole.hasTable(for: tag) == pages.hasStrings(for: tag), "\(tag)")
        }
    }

    @Test func aSetsOwnTableReplacesTheBuiltInOne() throws {
        var english =
            try JSONSerialization.jsonObject(with: Data(TemplateSet.builtIn.files["strings/en.json"]!.utf8))
            as! [String: Any]
        english["contents"] = "In this policy"
        let text = String(
            decoding: try JSONSerialization.data(withJSONObject: english, options: [.sortedKeys]), as: UTF8.self)
        let (set, folder) = try TemplateCheckTests.folder(["strings/en.json": text])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let renderer = try PolicyRenderer(templates: set)
        #expect(renderer.strings(for: "en").text("contents") == "In this policy")
        #expect(renderer.strings(for: "ja").text("contents") == "目次")
    }

    /// A Japanese text is never an English one left in place: with its placeholders taken out, it
    /// holds no Latin word but the names of formats, and the built-in Japanese table has every
    /// key of the English one (a missing key would fail every render).
    @Test func everyJapaneseTextIsJapanese() throws {
        let renderer = try PolicyRenderer()
        let (english, japanese) = (renderer.strings(for: "en"), renderer.strings(for: "ja"))
        #expect(japanese.language == "ja")
        #expect(Set(japanese.texts.keys) == Set(english.texts.keys))
        // Names, not English words; `requestTerms` is a setting (`ids` or `labels`).
        let names: Set<String> = ["JSON", "Markdown", "Atom", "labels"]
        for (key, text) in japanese.texts.sorted(by: { $0.key < $1.key }) {
            let words = text.replacingOccurrences(of: "\\{[A-Za-z]+\\}", with: " ", options: .regularExpression)
                .split(whereSeparator: { !($0.isASCII && $0.isLetter) }).filter { $0.count > 1 && !names.contains(String($0)) }
            #expect(words.isEmpty, "ja.json '\(key)': \(text)")
        }
        #expect(japanese.text("requestTerms") == "labels" && english.text("requestTerms") == "ids")
    }

    @Test func anOlderTableGetsTheTextsItLacksFromTheBuiltInOneWithAWarning() throws {
        let japanese = TemplateSet.builtIn.files["strings/ja.json"]!
        let older = japanese.replacingOccurrences(of: "  \"contents\": \"目次\",\n", with: "")
            .replacingOccurrences(of: "この版は", with: "このバージョンは")
        let french = #"{"contents": "Sommaire", "months": ["janvier", "février", "mars", "avril", "mai", "juin", "#
            + #""juillet", "août", "septembre", "octobre", "novembre", "décembre"]}"#
        let (set, folder) = try TemplateCheckTests.folder(["strings/ja.json": older, "strings/fr.json": french])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let renderer = try PolicyRenderer(templates: set)
        let keys = try #require(
            (try JSONSerialization.jsonObject(with: Data(TemplateSet.builtIn.files["strings/en.json"]!.utf8))
                as? [String: Any])?.keys.filter { $0 != "months" && $0 != "contents" }.sorted())
        #expect(
            renderer.warnings.map { $0.description.replacingOccurrences(of: folder, with: "T") } == [
                "T/strings/fr.json:1: warning: no text for '\(keys[0])', '\(keys[1])', '\(keys[2])', '\(keys[3])', "
                    + "'\(keys[4])' and \(keys.count - 5) more: using the built-in English texts [strings-missing]",
                "T/strings/ja.json:1: warning: no text for 'contents': using the built-in 'ja' texts [strings-missing]",
            ])
        #expect(renderer.strings(for: "ja").text("contents") == "目次")
        #expect(
            renderer.strings(for: "ja").text("supersededNotice", ["date": "2013年4月1日"])
                == "このバージョンは2013年4月1日に改定されました。", "the table's own texts are kept")
        #expect(renderer.strings(for: "fr").text("contents") == "Sommaire")
        #expect(renderer.strings(for: "fr").text("fieldEffective") == "effective")
    }

    @Test func aBrokenTableIsRefusedAtItsLine() throws {
        let japanese = TemplateSet.builtIn.files["strings/ja.json"]!
        let placeholder = japanese.replacingOccurrences(of: "この版は{date}に改定されました。", with: "この版は改定されました。")
        let found = try TemplateCheckTests.problems(["strings/ja.json": placeholder])
        #expect(
            found == [
                "T/strings/ja.json:195:3: error: the text for 'supersededNotice' must use exactly {date} [strings-placeholder]"
            ])
        let problems = try TemplateCheckTests.problems(["strings/fr.json": "{\"contents\":\n  Sommaire}"])
        #expect(
            problems == [
                "T/strings/fr.json:2:3: error: a strings table must be one JSON object of texts [strings-invalid]"
            ])
    }
}

extension [UIText.Part] {
    /// The first two literals joined, as the character-by-character cut leaves them when the
    /// text does not start with a brace.
    fileprivate var merged: [UIText.Part] {
        guard count > 1, case .literal(let first) = self[0], case .literal(let second) = self[1] else { return self }
        return [.literal(first + second)] + dropFirst(2)
    }
}
