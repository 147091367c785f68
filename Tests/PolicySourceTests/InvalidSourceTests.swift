import Foundation
import PolicyModel
import Testing

@testable import PolicySource

/// Each file under Fixtures/invalid gives exactly the diagnostics in its `.expected` file.
@Suite struct InvalidSourceTests {
    static let cases = FixturePaths.names(in: "invalid", withExtension: "xml")

    @Test("the invalid fixtures are all there")
    func fixturesExist() {
        #expect(Self.cases.count == 15)
    }

    @Test("each invalid source gives its exact diagnostics", arguments: cases)
    func exactDiagnostics(name: String) throws {
        let folder = FixturePaths.fixtures.appendingPathComponent("invalid")
        let bytes = try Data(contentsOf: folder.appendingPathComponent("\(name).xml"))
        let expected = try String(contentsOf: folder.appendingPathComponent("\(name).expected"), encoding: .utf8)
        let result = PolicyParser.parse(bytes: Array(bytes), path: "\(name).xml")
        let printed = result.diagnostics.map(\.description).joined(separator: "\n") + "\n"
        #expect(printed == expected)
        #expect(result.policy == nil)
        #expect(result.diagnostics.containsErrors)
    }

    @Test("the structure check looks at every element it has a requirement for")
    func checkedNames() {
        let required = Set(StructureCheck.requiredChildren.keys).union(StructureCheck.requiredAttributes.keys)
        #expect(Set(StructureCheck.checkedNames.map { "\($0)" }) == required)
    }

    @Test("a control character is found in an attribute value however it is written")
    func controlCharacterInAttribute() {
        for (written, kind) in [("&#10;", "a line break"), ("&#x85;", "a control character"), ("&#x7F;", "a control character"), ("\u{85}", "a control character")] {
            let source = """
                <policy xmlns="\(PolicySchema.namespace)" id="p" xml:lang="en"><title>T</title><publisher>P</publisher>\
                <revision effective="2024-01-01"/><section id="a"><heading>H</heading><p id="x\(written)y">Text é\u{85}.</p></section></policy>
                """
            let result = PolicyParser.parse(bytes: Array(source.utf8), path: "p.xml")
            #expect(result.diagnostics.contains { $0.code == "control-character" && $0.message.contains(kind) }, "\(written)")
        }
    }

    @Test("a directory with two revisions on the same date")
    func sameDate() {
        let directory = FixturePaths.fixtures.appendingPathComponent("directory-same-date").path
        let result = SourceLoader.load(paths: [directory + "/example"])
        let printed = result.diagnostics.map { $0.description.replacingOccurrences(of: directory + "/", with: "") }
        #expect(
            printed == [
                "example/2024-02-29-draft.xml:5:13: error: revision effective 2024-02-29 repeats the date of 2024-02-29.xml [duplicate-date]",
                "example/2024-02-29-draft.xml:5:13: error: file name '2024-02-29-draft.xml' does not match the effective date; name it '2024-02-29.xml' [file-name]",
            ])
    }

    @Test("all problems of a file are reported in one run")
    func allProblemsAtOnce() {
        let source = """
            <?xml version="1.0"?>
            <policy xmlns="urn:x-codicil:policy:1" id="x" xml:lang="en">
              <title>T</title><publisher>P</publisher><revision effective="2024-13-01"/>
              <section id="a"><heading></heading><p>See <xref to="b"/> and <a href="ftp://x">this</a>.</p></section>
              <section id="a"><heading>H</heading></section>
            </policy>
            """
        let result = PolicyParser.parse(bytes: Array(source.utf8), path: "many.xml")
        #expect(
            result.diagnostics.map(\.description) == [
                "many.xml:3:53: error: effective date '2024-13-01' is not a real date written YYYY-MM-DD [invalid-date]",
                "many.xml:4:19: error: section 'a' has an empty heading [empty-heading]",
                "many.xml:4:51: error: cross-reference to 'b', which is not declared [dangling-reference]",
                "many.xml:4:67: error: link 'ftp://x' uses the scheme 'ftp'; only http, https and mailto are allowed [unsafe-link]",
                "many.xml:5:3: error: section 'a' has no paragraphs, lists or subsections [empty-section]",
                "many.xml:5:12: error: duplicate id 'a'; first declared at line 4 [duplicate-id]",
            ])
    }
}
