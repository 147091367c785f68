import Foundation
import PolicyModel
import PolicyRules
import PolicySource
import Testing

@testable import PolicySite

/// The build's Analyse phase: every history analysed at once, as each would be alone.
@Suite struct SiteAnalysisTests {
    static let materiality = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../PolicyRulesTests/Fixtures/materiality").standardized.path

    static func revision(_ name: String, effective: String? = nil, id: String? = nil) throws -> Policy {
        var policy = try #require(PolicyParser.parse(fileAtPath: "\(materiality)/\(name).xml").policy)
        if let effective { policy.revision.effective = try #require(PolicyDate(effective)) }
        if let id { policy.id = PolicyID(rawValue: id) }
        return policy
    }

    @Test("histories of three, one and two revisions are analysed in parallel exactly as one by one")
    func parallelMatchesSequential() throws {
        let histories = [
            PolicyHistory(
                id: "a",
                revisions: [
                    try Self.revision("base"), try Self.revision("new-condition"),
                    try Self.revision("removed-condition", effective: "2014-01-01"),
                ]),
            PolicyHistory(id: "b", revisions: [try Self.revision("base", id: "b")]),
            PolicyHistory(
                id: "c", revisions: [try Self.revision("base", id: "c"), try Self.revision("typo-fix", id: "c")]),
        ]
        let analysed = SiteAnalysis.analyse(histories, versions: LanguageVersions(histories))
        #expect(analysed.map(\.id) == ["a", "b", "c"])
        #expect(analysed.map { $0.revisions.count } == [3, 1, 2])
        for (parallel, history) in zip(analysed, histories) {
            let alone = RevisionHistory(history: history)
            #expect(parallel.assessments == alone.assessments)
            #expect(parallel.revisions.map(\.rules) == alone.revisions.map(\.rules))
        }
        let classes = analysed.map { $0.assessments.map { $0.materiality?.classification } }
        #expect(classes == [[.broadens, .narrows], [], [.needsReview]])
        #expect(analysed[0].assessment(effective: PolicyDate("2013-04-01")!) == analysed[0].assessments[0])
        #expect(analysed[0].assessment(effective: PolicyDate("2012-12-01")!) == nil)
    }
}
