import Foundation
import PolicyImport
import PolicyModel
import Testing

/// Files are decoded as a browser decodes them, and bytes that do not fit the encoding are an error.
@Suite struct DecodingTests {
    static let folder = Paths.fixtures.appendingPathComponent("encoding")
    private let options = ImportOptions(policyID: "example", effective: PolicyDate("2024-03-01")!)

    private func importing(_ name: String, encoding: TextEncoding? = nil) throws(ImportError) -> ImportResult {
        try PolicyImporter.importFile(
            atPath: Self.folder.appendingPathComponent(name).path, options: options, encoding: encoding)
    }

    /// The message of the import error `body` throws, with the fixture folder left out; nil when none.
    private func error(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return (error as? ImportError)?.description.replacingOccurrences(of: Self.folder.path + "/", with: "")
        }
    }

    @Test("a Latin-1 file read as UTF-8 is an error at its first bad byte that suggests --encoding")
    func latin1AsUTF8() {
        let message = error { _ = try importing("latin1.md") }
        #expect(
            message?.hasPrefix("latin1.md:1:30: error: byte 0xE9 is not valid utf-8") == true,
            "\(message ?? "no error")")
        #expect(message?.contains("--encoding") == true)
        #expect(message?.hasSuffix("[invalid-encoding]") == true)
    }

    @Test("a Latin-1 file read with --encoding latin1 keeps its accents")
    func latin1Named() throws {
        let result = try importing("latin1.md", encoding: TextEncoding(label: "latin1"))
        #expect(result.policy.title.plainText() == "Politique de confidentialité")
        #expect(result.policy.sections.first?.heading.plainText() == "Cookies")
    }

    @Test(
        "UTF-16 pages with a byte-order mark are read, little and big end first",
        arguments: ["utf16le.html", "utf16be.html"])
    func utf16(name: String) throws {
        let policy = try importing(name).policy
        #expect(policy.title.plainText() == "UTF-16 Privacy Notice")
        #expect(policy.sections.map { $0.heading.plainText() } == ["Contact"])
    }

    @Test("a byte-order mark wins over --encoding")
    func byteOrderMarkWins() throws {
        #expect(try importing("utf16le.html", encoding: .shiftJIS).policy.title.plainText() == "UTF-16 Privacy Notice")
    }

    @Test(
        "a page's <meta charset> or http-equiv content type names its encoding",
        arguments: ["shift-jis.html", "euc-jp.html"])
    func metaCharset(name: String) throws {
        let policy = try importing(name).policy
        #expect(policy.title.plainText() == "個人情報保護方針")
        #expect(policy.sections.map { $0.heading.plainText() } == ["お問い合わせ"])
    }

    @Test("--encoding overrides a page's <meta charset>")
    func optionOverridesMeta() {
        let message = error { _ = try importing("shift-jis.html", encoding: .utf8) }
        #expect(message?.contains("is not valid utf-8, as --encoding says") == true, "\(message ?? "no error")")
    }

    @Test("an empty or blank file is an error, not a policy", arguments: ["empty.md", "blank.html"])
    func empty(name: String) {
        #expect(
            error { _ = try importing(name) }
                == "\(name): error: the file is empty (nothing but whitespace); nothing to import [empty-input]")
    }

    @Test("Windows-1252 reads its curly quotes, and its five undefined bytes as C1 controls, as browsers do")
    func windows1252() throws {
        let text = try PolicyImporter.decode(
            [0x93, 0x41, 0x94, 0x81], format: .markdown, path: "a.md", encoding: .windows1252)
        #expect(text == "\u{201C}A\u{201D}\u{81}")
    }

    @Test("a bad byte's column counts characters, on the line it is on")
    func location() {
        let bytes = Array("# T\n\nAé\n".utf8) + [0xFF]
        let message = error { _ = try PolicyImporter.decode(bytes, format: .markdown, path: "a.md") }
        #expect(
            message?.hasPrefix(
                "a.md:4:1: error: byte 0xFF is not valid utf-8, the default when no byte-order mark names one") == true)
        let shiftJIS = error {
            _ = try PolicyImporter.decode(
                [0x41, 0x0A, 0x42, 0x82, 0xA0, 0x82], format: .html, path: "b.html", encoding: .shiftJIS)
        }
        #expect(
            shiftJIS?.hasPrefix("b.html:2:3: error: byte 0x82 is not valid shift_jis") == true,
            "\(shiftJIS ?? "no error")")
    }

    @Test(
        "labels name encodings as browsers name them",
        arguments: [
            ("UTF-8", "utf-8"), ("latin1", "windows-1252"), ("ISO-8859-1", "windows-1252"), ("cp1252", "windows-1252"),
            ("Shift_JIS", "shift_jis"), ("sjis", "shift_jis"), ("EUC-JP", "euc-jp"), ("utf-16", "utf-16le"),
            ("UTF-16BE", "utf-16be"),
        ])
    func labels(label: String, name: String) {
        #expect(TextEncoding(label: label)?.name == name)
    }

    @Test("an unknown label names no encoding")
    func unknownLabel() {
        #expect(TextEncoding(label: "klingon") == nil)
    }
}
