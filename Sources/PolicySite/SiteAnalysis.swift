import PolicyModel
import PolicyRules

/// The Analyse phase of a build: every policy's history analysed once, with the work of every
/// revision, and then of every consecutive pair, of every policy spread over all cores.
enum SiteAnalysis {
    /// One analysed history per history, in the same order.
    /// - Complexity: one diff and one rule comparison a revision, on all cores.
    static func analyse(_ histories: [PolicyHistory]) -> [RevisionHistory] {
        // Every revision of every policy in one list, each history a run of it.
        let prepared = histories.flatMap(\.revisions).concurrentMap(RevisionHistory.prepare)
        var runs: [Range<Int>] = []
        for history in histories {
            let start = runs.last?.upperBound ?? 0
            runs.append(start..<start + history.revisions.count)
        }
        // Pairs in the same order, so each history's assessments are a run of them too.
        let pairs = runs.flatMap { $0.dropFirst() }
        let assessments = pairs.concurrentMap { RevisionHistory.assess(prepared[$0 - 1], prepared[$0]) }
        var taken = 0
        return zip(histories, runs).map { history, run in
            let own = Array(assessments[taken..<taken + max(run.count - 1, 0)])
            taken += own.count
            return RevisionHistory(id: history.id, revisions: prepared[run].map(\.analysed), assessments: own)
        }
    }
}
