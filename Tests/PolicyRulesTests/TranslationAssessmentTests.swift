import Foundation
import PolicyModel
import PolicyRules
import PolicySource
import Testing

/// A translation declares no rules of its own: each of its revisions is assessed by the rules of
/// the original revision it translates, cited in the translation's words.
@Suite struct TranslationAssessmentTests {
    static let folder = FixturePaths.packageRoot
        .appendingPathComponent("Tests/PolicySourceTests/Fixtures/languages/example-privacy")

    static func parse(_ path: String, edit: (String) -> String = { $0 }) throws -> Policy {
        let text = edit(try String(contentsOfFile: folder.appendingPathComponent(path).path, encoding: .utf8))
        return try #require(PolicyParser.parse(bytes: Array(text.utf8), path: path).policy)
    }

    /// The original in English (no sharing, then sharing with the payment processor), and its
    /// Japanese translation of both revisions.
    static func histories() throws -> (original: PolicyHistory, translation: PolicyHistory) {
        let first = try parse("ja/2024-01-15.xml")
        let second = try parse("ja/2024-01-15.xml") {
            $0.replacingOccurrences(
                of: #"effective="2024-01-15" label="2024年1月" translates="2024-01-01""#,
                with: #"effective="2024-07-01" label="2024年7月" translates="2024-06-01""#
            )
            .replacingOccurrences(
                of: "<p id=\"sharing-rule\">当社は、個人情報を第三者に提供しません。</p>",
                with: "<p id=\"sharing-rule\">当社は、決済のため、カード情報を決済代行会社に提供します。</p>")
            .replacingOccurrences(
                of: "<fact id=\"consent\">同意</fact>",
                with: "<fact id=\"consent\">同意</fact>\n    <recipient id=\"payment-processor\">決済代行会社</recipient>")
        }
        let translation = PolicyHistory(id: first.id, revisions: [first, second])
        let original = PolicyHistory(
            id: first.id, revisions: [try parse("en/2024-01-01.xml"), try parse("en/2024-06-01.xml")],
            translations: [translation])
        return (original, translation)
    }

    @Test("the translation's revision that follows a material revision of the original is material, cited in Japanese")
    func materialAsTheOriginal() throws {
        let (original, translation) = try Self.histories()
        let assessment = try #require(RevisionHistory(history: translation, original: original).assessments.first)
        #expect(assessment.materiality?.classification == .broadens)
        #expect(
            assessment.permissions == [
                PermissionChange(
                    direction: .nowPermitted, action: "disclose", purpose: "payment", recipient: "payment-processor",
                    citations: [
                        Citation(clause: "3 ¶1", id: "sharing-rule", text: "当社は、決済のため、カード情報を決済代行会社に提供します。")
                    ])
            ])
        let rules = RevisionHistory.rules(of: translation.revisions[1], original: original)
        #expect(rules.vocabulary.first { $0.id == "payment-processor" }?.label == "決済代行会社")
        #expect(rules.vocabulary.first { $0.id == "payment" }?.label == "payment", "the original's label where the translation has none")
    }

    @Test("without its original, a translation has no rules, and its revision is not assessed")
    func withoutTheOriginal() throws {
        let (_, translation) = try Self.histories()
        let assessment = try #require(RevisionHistory(history: translation).assessments.first)
        #expect(assessment.materiality?.classification == .notAssessed)
        #expect(assessment.permissions == nil)
    }
}
