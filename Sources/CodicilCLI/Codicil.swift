import ArgumentParser

/// The `codicil` command: only lists its subcommands.
public struct Codicil: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "codicil",
        abstract: "Keep a privacy policy as one structured source and generate everything from it.",
        subcommands: [
            Check.self, Render.self, Build.self, Diff.self, ChangelogCommand.self, Notify.self, Rules.self, Revise.self, Import.self,
            ImportHistory.self, Translations.self, Schema.self,
        ]
    )

    public init() {}
}
