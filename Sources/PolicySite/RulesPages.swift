import PolicyModel
import PolicyRender
import PolicyRules

/// `<policy>/<date>/rules.json` and `<policy>/<date>/allows/index.html` for every revision
/// whose clauses carry rules: the JSON export, and the rules in words, each linked to its clause.
enum RulesPages {
    static func add(_ context: inout SiteContext) throws {
        let revisions = context.analyses.flatMap { history in history.revisions.map { (history.id, $0) } }
        let renderer = context.renderer
        let links = {
            var links = SiteLinks(stylesheet: "../../../style.css", home: "../../../")
            (links.revision, links.rules) = ("../", "../")
            return links
        }()
        let pages = revisions.concurrentMap { id, revision -> [(String, String)] in
            let (policy, rules) = (revision.policy, revision.rules)
            guard revision.hasRules else { return [] }
            let folder = "\(id.rawValue)/\(policy.revision.effective)"
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
