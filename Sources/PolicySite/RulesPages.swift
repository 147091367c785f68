import PolicyModel
import PolicyRender
import PolicyRules

/// `<policy>/<date>/rules.json` and `<policy>/<date>/allows/index.html` for every revision
/// whose clauses carry rules: the JSON export, and the rules in words, each linked to its clause.
enum RulesPages {
    static func add(_ context: inout SiteContext) throws {
        let revisions = zip(context.histories, context.analyses).flatMap { history, analysis in
            analysis.revisions.map { (history, $0) }
        }
        let renderer = context.renderer
        let pages = revisions.concurrentMap { history, revision -> [(String, String)] in
            // A translation's rules are its original's, cited in the translation's words.
            let (policy, rules) = (revision.policy, revision.rules)
            guard !rules.rules.isEmpty else { return [] }
            let folder = "\(LanguageVersions.folder(history))/\(policy.revision.effective)"
            let root = "../../" + LanguageVersions.up(history)
            var links = SiteLinks(stylesheet: root + "style.css", home: root)
            (links.revision, links.rules) = ("../", "../")
            return [
                ("\(folder)/rules.json", JSONExport.document(rules)),
                ("\(folder)/allows/index.html", renderer.allows(policy, rules: rules, links: links)),
            ]
        }
        for (path, text) in pages.joined() { context.files.add(path, text) }
    }

    /// Whether a revision gets the rules files, so its pages can link to them.
    static func hasRules(_ policy: Policy) -> Bool {
        policy.clauses.contains { !$0.rules.isEmpty }
    }
}
