import ArgumentParser

/// The `codicil` command: only lists its subcommands.
public struct Codicil: ParsableCommand {
    /// The version `codicil --version` prints; the one place it is written.
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "codicil",
        abstract: "Keep a privacy policy as one structured source and generate everything from it.",
        version: "codicil \(version)",
        subcommands: [
            Check.self, Render.self, Build.self, Diff.self, ChangelogCommand.self, Notify.self, Rules.self, Revise.self,
            Fmt.self,
            Import.self, ImportHistory.self, Schema.self,
        ]
    )

    public init() {}
}
