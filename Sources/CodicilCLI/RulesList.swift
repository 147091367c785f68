import ArgumentParser
import PolicyRules

/// `codicil rules list`: every rule with the clause that carries it.
struct RulesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List every rule of a policy revision with its clause, in document order."
    )

    @Argument(help: "The revision's source file.")
    var file: String

    func run() throws {
        let rules = try RulesSource.load(file)
        for entry in rules.rules {
            try Output.line("\(entry.citation.clause)\t\(entry.citation.id)\t\(entry.rule.summary)")
        }
    }
}
