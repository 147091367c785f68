import Foundation
import PolicyModel
import PolicySource
import Testing

/// Sources written to break the editions: characters HTML forbids, line breaks in one-line
/// values, start tags over several lines, and sizes beyond libxml2's default limits.
@Suite struct HostileSourceTests {
    /// A valid policy with `body` as its one section's content and `label` as the revision's label.
    static func policy(body: String = "<p>Text.</p>", label: String = "April 2024", title: String = "T") -> String {
        """
        <?xml version="1.0"?>
        <policy xmlns="urn:x-codicil:policy:1" id="x" xml:lang="en">
          <title>\(title)</title><publisher>P</publisher><revision effective="2024-04-01" label="\(label)"/>
          <section id="a"><heading>H</heading>\(body)</section>
        </policy>
        """
    }

    /// A code point Swift's literals refuse (a noncharacter), as a string.
    static func scalar(_ value: UInt32) -> String { String(Character(Unicode.Scalar(value)!)) }

    static func diagnostics(_ source: String, path: String = "h.xml") -> [String] {
        PolicyParser.parse(bytes: Array(source.utf8), path: path).diagnostics.map(\.description)
    }

    @Test("characters HTML forbids are refused, raw or as references, in text and attributes")
    func forbiddenCharacters() {
        let source = Self.policy(
            body: "<p>a\u{85}b &#x7F; &#133; \(Self.scalar(0xFDD0)) \(Self.scalar(0x1FFFE)) &#x10FFFF; <![CDATA[\u{9F}]]><!-- \u{85} --></p>",
            title: "T<a href=\"https://e.example/&#xFFFE;\">l</a>")
        #expect(
            Self.diagnostics(source) == [
                "h.xml:3:38: error: the character U+FFFE is not allowed in a policy source: HTML forbids it [forbidden-character]",
                // libxml2 refuses U+FFFE as a reference too.
                "h.xml:3:46: error: xmlParseCharRef: invalid xmlChar value 65534 [xml]",
                "h.xml:4:43: error: the character U+0085 is not allowed in a policy source: HTML forbids it [forbidden-character]",
                "h.xml:4:47: error: the character U+007F is not allowed in a policy source: HTML forbids it [forbidden-character]",
                "h.xml:4:54: error: the character U+0085 is not allowed in a policy source: HTML forbids it [forbidden-character]",
                "h.xml:4:61: error: the character U+FDD0 is not allowed in a policy source: HTML forbids it [forbidden-character]",
                "h.xml:4:65: error: the character U+1FFFE is not allowed in a policy source: HTML forbids it [forbidden-character]",
                "h.xml:4:70: error: the character U+10FFFF is not allowed in a policy source: HTML forbids it [forbidden-character]",
                "h.xml:4:90: error: the character U+009F is not allowed in a policy source: HTML forbids it [forbidden-character]",
            ])
    }

    @Test("many forbidden characters are listed up to fifty, the last counting the rest")
    func manyForbiddenCharacters() {
        let printed = Self.diagnostics(Self.policy(body: "<p>x" + String(repeating: "\u{85}", count: 60) + "</p>"))
        #expect(printed.count == 50, "\(printed)")
        #expect(printed.last?.hasSuffix("HTML forbids it (and 10 more after this one) [forbidden-character]") == true)
    }

    @Test("a line break, tab or control character in an attribute is refused where the attribute is")
    func controlCharactersInAttributes() {
        #expect(
            Self.diagnostics(Self.policy(label: "Apr&#x0A;- injected")) == [
                "h.xml:3:76: error: attribute 'label' of <revision> contains a line break (U+000A); attribute values are one line [control-character]"
            ])
        #expect(
            Self.diagnostics(Self.policy(body: "<p id=\"p&#9;1\">x</p>")) == [
                "h.xml:4:42: error: attribute 'id' of <p> contains a tab (U+0009); attribute values are one line [control-character]",
                "h.xml:4:42: error: 'p\t1' is not a valid id (a letter, then letters, digits, '-', '_' or '.') [invalid-id]",
            ])
        // A line break written raw is a space after XML's attribute normalisation, and is fine.
        #expect(Self.diagnostics(Self.policy(label: "April\n  2024")).isEmpty)
    }

    @Test("a start tag over several lines is located at its '<', column included")
    func multiLineStartTag() {
        let body = """
            <p>Text.</p></section>
              <section
                  id="b"
                  colour="red"><heading>B</heading><p>More.</p>
            """
        #expect(
            Self.diagnostics(Self.policy(body: body)) == [
                "h.xml:5:3: error: attribute 'colour' is not allowed on <section> [schema]"
            ])
        let missing = """
            <p>Text.</p></section>
              <section
                  class="x"><heading>B</heading><p>More.</p>
            """
        #expect(
            Self.diagnostics(Self.policy(body: missing)) == [
                "h.xml:5:3: error: <section> has no 'id' attribute [missing-attribute]"
            ])
    }

    @Test("a valid source with one paragraph over 10 MB parses")
    func longParagraph() {
        let words = String(repeating: "word ", count: 2_200_000)
        let source = Self.policy(body: "<p>\(words)</p>")
        #expect(source.utf8.count > 10_000_000)
        let result = PolicyParser.parse(bytes: Array(source.utf8), path: "long.xml")
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.policy != nil)
    }

    @Test("a source over 64 MiB is refused before it is read")
    func tooLarge() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-large-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("2024-04-01.xml").path
        let size = 65 << 20
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(size))
        try handle.close()
        #expect(
            PolicyParser.parse(fileAtPath: path).diagnostics.map(\.description) == [
                "\(path): error: the source is 65 MiB (68157440 bytes); the limit is 64 MiB [source-too-large]"
            ])
        #expect(
            PolicyParser.parse(bytes: [UInt8](repeating: 32, count: PolicyParser.maximumSize + 1), path: "b.xml")
                .diagnostics.map(\.description) == [
                    "b.xml: error: the source is 64.0 MiB (67108865 bytes); the limit is 64 MiB [source-too-large]"
                ])
    }
}
