import ArgumentParser

/// `codicil rules`: lists, decides and exports a policy's machine-readable rules.
struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Query and export the machine-readable rules of a policy revision.",
        discussion: "See docs/rules.md for what a request is and how it is decided.",
        subcommands: [RulesList.self, RulesCheck.self, RulesExport.self]
    )
}
