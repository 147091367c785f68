import Foundation
import PolicyImport
import PolicyModel
import PolicySource
import Testing

/// Small inputs with every tricky construct, imported and compared with golden source files
/// (`<name>.xml`) and warnings (`<name>.warnings`); `RECORD_GOLDENS=1` re-records them.
@Suite struct GoldenImportTests {
    static let inputs: [String] = {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: Paths.fixtures.path)) ?? []
        return entries.filter { ImportFormat(path: $0) != nil }.sorted()
    }()

    @Test("fixtures import to their golden source and warnings, and pass the check", arguments: inputs)
    func golden(name: String) throws {
        let input = Paths.fixtures.appendingPathComponent(name)
        let base = (name as NSString).deletingPathExtension
        let options = ImportOptions(policyID: PolicyID(base), effective: PolicyDate("2024-03-01")!)
        let result = try PolicyImporter.importFile(atPath: input.path, options: options)
        let source = PolicyWriter.source(of: result.policy)
        let warnings = result.diagnostics.map { $0.description.replacingOccurrences(of: Paths.fixtures.path + "/", with: "") }
            .joined(separator: "\n") + "\n"
        let check = PolicyParser.parse(bytes: Array(source.utf8), path: "2024-03-01.xml")
        #expect(check.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        try compare(source, Paths.fixtures.appendingPathComponent(base + ".xml"))
        try compare(warnings, Paths.fixtures.appendingPathComponent(base + ".warnings"))
    }

    @Test("an attribute list ending a heading names an anchor and is dropped; braces in words stay")
    func headingAttributes() throws {
        let markdown = """
            # Privacy notice

            ## Search {: #defaultsearch }

            Text.

            ## Sync {#sync}

            Text.

            ## Sets {a, b}

            Text.
            """
        let options = ImportOptions(policyID: "example", effective: PolicyDate("2024-03-01")!)
        let policy = PolicyImporter.importDocument(markdown, format: .markdown, path: "notice.md", options: options).policy
        #expect(policy.sections.map { $0.heading.plainText() } == ["Search", "Sync", "Sets {a, b}"])
    }

    @Test("importing twice gives the same bytes")
    func deterministic() throws {
        for name in Self.inputs {
            let path = Paths.fixtures.appendingPathComponent(name).path
            let options = ImportOptions(policyID: "example", effective: PolicyDate("2024-03-01")!)
            let first = PolicyWriter.source(of: try PolicyImporter.importFile(atPath: path, options: options).policy)
            let second = PolicyWriter.source(of: try PolicyImporter.importFile(atPath: path, options: options).policy)
            #expect(first == second, "\(name)")
        }
    }

    @Test("a revision imported like the previous one keeps its ids where clauses match")
    func likeKeepsIDs() throws {
        let path = Paths.fixtures.appendingPathComponent("notes.md").path
        let first = try PolicyImporter.importFile(atPath: path, options: ImportOptions(policyID: "notes", effective: PolicyDate("2012-12-01")!))
        var previous = first.policy
        previous.sections[0].id = "cookie-use"
        previous.notes[0].id = "subsidiary-company"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "## 1\\. Cookies", with: "## 1\\. Cookies\n\nNew text.\n\n## 1a. Web beacons\n\nBeacons too.")
        let second = PolicyImporter.importDocument(
            text, format: .markdown, path: path, options: ImportOptions(policyID: "notes", effective: PolicyDate("2013-01-01")!, like: previous))
        #expect(second.policy.sections.map(\.id.rawValue) == ["cookie-use", "web-beacons", "compliance"])
        #expect(second.policy.notes.first?.id == "subsidiary-company")
        #expect(second.policy.preamble.description.contains("subsidiary-company"))
    }

    private func compare(_ actual: String, _ golden: URL) throws {
        if Paths.recording {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if actual != expected {
            let diff = zip(actual.split(separator: "\n", omittingEmptySubsequences: false), expected.split(separator: "\n", omittingEmptySubsequences: false))
                .enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("\(golden.lastPathComponent) differs at line \((diff?.offset ?? 0) + 1): got '\(diff?.element.0 ?? "")', expected '\(diff?.element.1 ?? "")'")
        }
    }
}
