import Foundation
import PolicyModel
import PolicySource
import Testing

/// What `codicil import` writes for the corpus is what `codicil fmt` gives: the two never disagree.
@Suite struct CorpusFormatTests {
    @Test(
        "every corpus import is formatted already, and --rewrap gives it back unchanged too",
        .enabled(if: !Paths.corpusDocuments.isEmpty, "../shared/corpus is not beside this clone"))
    func corpus() throws {
        var checked = 0
        for document in ImportFidelityTests.documents {
            let policy = try #require(document.imported, "\(document.policy)/\(document.date)")
            let written = PolicyWriter.source(of: policy)
            let path = "\(document.policy)/\(document.date).xml"
            for rewrap in [false, true] {
                let result = SourceFormatter.format(bytes: Array(written.utf8), path: path, rewrap: rewrap)
                #expect(result.diagnostics.map(\.description) == [], "\(path)")
                #expect(result.text == written, "\(path)")
            }
            checked += 1
        }
        #expect(checked > 30)
    }
}
