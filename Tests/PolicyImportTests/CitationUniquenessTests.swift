import PolicyModel
import PolicySource
import Testing

/// No two clauses of one revision are cited alike: not in the shipped policy, not in any
/// revision of the real policies of the corpus.
@Suite struct CitationUniquenessTests {
    /// The citations that occur more than once, with how often, sorted.
    static func repeated(_ policy: Policy) -> [String] {
        var counts: [String: Int] = [:]
        for citation in policy.allCitations { counts[citation, default: 0] += 1 }
        return counts.filter { $0.value > 1 }.map { "\($0.key) ×\($0.value)" }.sorted()
    }

    @Test("every citation of the shipped policy is unique")
    func shipped() throws {
        let path = Paths.packageRoot.appendingPathComponent("policy-src/fujixerox-privacy/2012-12-01.xml").path
        let policy = try #require(PolicyParser.parse(fileAtPath: path).policy)
        #expect(policy.allCitations.count > 50)
        #expect(Self.repeated(policy) == [])
    }

    @Test(
        "every citation of every revision of the corpus is unique",
        .enabled(if: !Paths.corpusDocuments.isEmpty, "../shared/corpus is not beside this clone"))
    func corpus() throws {
        #expect(ImportFidelityTests.documents.count == Paths.corpusDocuments.count)
        for document in ImportFidelityTests.documents {
            let policy = try #require(document.imported, "\(document.policy)/\(document.date)")
            #expect(Self.repeated(policy) == [], "\(document.policy)/\(document.date)")
        }
    }
}
