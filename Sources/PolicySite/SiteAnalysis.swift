import PolicyModel
import PolicyRules

/// The Analyse phase of a build: every policy's history analysed once, one policy after another,
/// the work of its revisions, and then of its consecutive pairs, spread over all cores.
enum SiteAnalysis {
    /// One analysed history per history, in the same order; a translation's revisions are
    /// assessed by its original's rules. Only one policy's revisions are held prepared for
    /// diffing at a time.
    /// - Complexity: one diff and one rule comparison a revision, on all cores.
    static func analyse(_ histories: [PolicyHistory], versions: LanguageVersions) -> [RevisionHistory] {
        histories.map { history in
            let original = versions.original(of: history)
            let prepared = history.revisions.concurrentMap { RevisionHistory.prepare($0, original: original) }
            let assessments = Array(prepared.indices.dropFirst()).concurrentMap {
                RevisionHistory.assess(prepared[$0 - 1], prepared[$0])
            }
            return RevisionHistory(id: history.id, revisions: prepared.map(\.analysed), assessments: assessments)
        }
    }
}
