import Foundation
import PolicyModel
import PolicySource
import Testing

@Suite struct SourceFormatterTests {
    static let fmt = FixturePaths.fixtures.appendingPathComponent("fmt")

    @Test("a messy source is laid out as the golden file shows: comments, references and written line breaks kept")
    func golden() throws {
        let input = try Data(contentsOf: Self.fmt.appendingPathComponent("messy.xml"))
        let result = SourceFormatter.format(bytes: Array(input), path: "messy.xml")
        #expect(result.diagnostics.map(\.description) == [])
        let text = try #require(result.text)
        let golden = Self.fmt.appendingPathComponent("messy.formatted.xml")
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" { try Data(text.utf8).write(to: golden) }
        #expect(text == (try String(contentsOf: golden, encoding: .utf8)))
        for kept in [
            "<!-- Reviewed by counsel, 2024-03-01. -->", "<!-- purposes -->", "sign<!-- keep me --> and",
            "Example&#160;Co.",
            "<![CDATA[raw <text>]]>", "<!-- end -->", "      Written by hand:\n      a line break here\n",
        ] {
            #expect(text.contains(kept))
        }
    }

    @Test("a source with an error is not formatted, and the error says where")
    func errors() throws {
        let glued = try Data(contentsOf: Self.fmt.appendingPathComponent("glued.xml"))
        let result = SourceFormatter.format(bytes: Array(glued), path: "glued.xml")
        #expect(result.text == nil)
        #expect(
            result.diagnostics.map(\.description) == [
                "glued.xml:9:16: error: <list> stands between two words with no space on either side, so it cannot have a line of its own; add a space before or after it [fmt-glued]"
            ])
        let broken = SourceFormatter.format(bytes: Array("<policy>\n  <title>T</policy>\n".utf8), path: "broken.xml")
        #expect(broken.text == nil)
        #expect(
            broken.diagnostics.map(\.description).first
                == "broken.xml:2:20: error: Opening and ending tag mismatch: title line 2 and policy [xml]")
    }

    /// Every source among the fixtures of every test target, and the shipped policies, that parses
    /// without error (but the one fmt refuses on purpose).
    static var validSources: [URL] {
        let tests = FixturePaths.packageRoot.appendingPathComponent("Tests")
        let roots = [tests, FixturePaths.packageRoot.appendingPathComponent("policy-src")]
        let files = roots.flatMap { root in
            (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".xml") && !$0.hasSuffix("fmt/glued.xml") }.map {
                    root.appendingPathComponent($0)
                }
        }
        return files.sorted { $0.path < $1.path }.filter { PolicyParser.parse(fileAtPath: $0.path).policy != nil }
    }

    @Test("formatting keeps what every valid source says, and formatting twice changes nothing")
    func everySource() throws {
        let sources = Self.validSources
        #expect(sources.count > 40)
        for url in sources {
            let bytes = Array(try Data(contentsOf: url))
            let original = try #require(PolicyParser.parse(bytes: bytes, path: url.path).policy)
            for rewrap in [false, true] {
                let once = try #require(
                    SourceFormatter.format(bytes: bytes, path: url.path, rewrap: rewrap).text, "\(url.path)")
                let formatted = try #require(PolicyParser.parse(bytes: Array(once.utf8), path: url.path).policy)
                #expect(try Self.meaning(formatted) == Self.meaning(original), "\(url.path)")
                #expect(SourceFormatter.format(bytes: Array(once.utf8), path: url.path).text == once, "\(url.path)")
                #expect(
                    SourceFormatter.format(bytes: Array(once.utf8), path: url.path, rewrap: rewrap).text == once,
                    "\(url.path)")
            }
        }
    }

    @Test("what the writer writes is formatted already")
    func writerIsFormatted() throws {
        for url in Self.validSources {
            let policy = try #require(PolicyParser.parse(fileAtPath: url.path).policy)
            let written = PolicyWriter.source(of: policy)
            #expect(SourceFormatter.format(bytes: Array(written.utf8), path: url.path).text == written, "\(url.path)")
        }
    }

    /// A policy as JSON with every source location left out: what it says, not where.
    static func meaning(_ policy: Policy) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { $0.key != "location" }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let object = strip(try JSONSerialization.jsonObject(with: encoder.encode(policy)))
        return String(
            decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}
