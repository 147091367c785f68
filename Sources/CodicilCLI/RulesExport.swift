import ArgumentParser
import PolicyRules

/// `codicil rules export`: the rules in a policy engine's language.
struct RulesExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a revision's rules for Cedar, OPA/Rego, or as JSON.",
        discussion: """
            Cedar: one policy per rule, annotated @id("<clause id>"); requests put purpose, \
            recipient, data and facts in context. Rego: package codicil, data.codicil.allow decides \
            input. JSON: the vocabulary and every rule with its clause.
            """
    )

    /// The languages rules can be exported to.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case cedar
        case rego
        case json
    }

    @Argument(help: "The revision's source file.")
    var file: String

    @Option(help: "cedar, rego or json.")
    var format: Format

    func run() throws {
        let rules = try RulesSource.load(file, publishing: true)
        switch format {
        case .cedar: try Output.standardOutput(CedarExport.policies(rules))
        case .rego: try Output.standardOutput(RegoExport.module(rules))
        case .json: try Output.standardOutput(JSONExport.document(rules))
        }
    }
}
