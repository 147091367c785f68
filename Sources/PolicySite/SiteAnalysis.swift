import PolicyModel
import PolicyRules

/// The Analyse phase of a build: every policy's history analysed once, one policy after another,
/// the work of its revisions, and then of its consecutive pairs, spread over all cores.
enum SiteAnalysis {
    /// One analysed history per history, in the same order; a translation's revisions are
    /// assessed by its original's rules. Only one policy's revisions are held prepared for
    /// diffing at a time.
    /// - Complexity: one diff and one rule comparison a revision, on all cores.
    /// `rules` are rule sets already made (by the lint), by source file: a revision of an
    /// original found there is not made again.
    static func analyse(
        _ histories: [PolicyHistory], versions: LanguageVersions, rules: [String: RuleSet] = [:]
    ) -> [RevisionHistory] {
        histories.map { history in
            let original = versions.original(of: history)
            let prepared = history.revisions.concurrentMap { policy in
                RevisionHistory.prepare(
                    policy, original: original,
                    rules: policy.revision.translates == nil ? rules[policy.location.file] : nil)
            }
            let assessments = Array(prepared.indices.dropFirst()).concurrentMap {
                RevisionHistory.assess(prepared[$0 - 1], prepared[$0])
            }
            return RevisionHistory(id: history.id, revisions: prepared.map(\.analysed), assessments: assessments)
        }
    }
}
