import ArgumentParser
import PolicySource

/// `codicil schema`: prints the built-in RELAX NG schema.
struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the RELAX NG schema of the policy source format."
    )

    func run() throws {
        try Output.line(PolicySchema.relaxNG)
    }
}
