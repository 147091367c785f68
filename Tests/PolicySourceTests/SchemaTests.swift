import Foundation
import PolicySource
import Testing

@Suite struct SchemaTests {
    @Test("docs/policy.rng is the schema built into the tool")
    func documentedSchemaMatches() throws {
        let documented = try String(
            contentsOf: FixturePaths.packageRoot.appendingPathComponent("docs/policy.rng"), encoding: .utf8)
        #expect(
            documented == PolicySchema.relaxNG + "\n",
            "docs/policy.rng differs from the built-in schema; run `swift run codicil schema > docs/policy.rng`")
    }

    @Test("the full example in docs/source-format.md checks clean")
    func documentedExampleIsValid() throws {
        let markdown = try String(
            contentsOf: FixturePaths.packageRoot.appendingPathComponent("docs/source-format.md"), encoding: .utf8)
        let start = try #require(markdown.range(of: "```xml\n<?xml"))
        let end = try #require(markdown.range(of: "\n```", range: start.upperBound..<markdown.endIndex))
        let example = String(markdown[markdown.index(start.lowerBound, offsetBy: 7)..<end.lowerBound])
        let result = PolicyParser.parse(bytes: Array(example.utf8), path: "source-format.md")
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.policy != nil)
    }
}
