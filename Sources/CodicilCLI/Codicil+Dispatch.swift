import ArgumentParser
import Foundation

extension Codicil {
    /// Runs the command line. A command line that names a subcommand with no subcommands of its
    /// own, and parses cleanly as that subcommand alone, runs it without parsing the whole command
    /// tree first; everything else (help, errors, unknown names) takes the full parse, so every
    /// message and exit status is exactly what `Codicil.main` gives.
    /// The plain `diff OLD NEW` form (see `Diff.plainForm`) skips argument-parser altogether.
    public static func dispatch(_ arguments: [String]) {
        if let plain = Diff.plainForm(arguments) {
            do {
                Foundation.exit(
                    try Diff.compare(
                        paths: plain.paths, from: nil, to: nil, format: plain.format, colour: plain.colour,
                        templates: nil, exiting: true))
            } catch let code as ExitCode {
                Foundation.exit(code.rawValue)
            } catch {
                Output.standardError(Output.message(error))
                Foundation.exit(1)
            }
        }
        if let (command, rest) = leafCommand(in: arguments),
            var parsed = try? command.parseAsRoot(rest),
            type(of: parsed) == command
        {
            do {
                try parsed.run()
            } catch {
                exit(withError: reportable(error))
            }
            return
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            exit(withError: reportable(error))
        }
    }

    /// The error for argument-parser to end the process with: its own errors (usage, help, exit
    /// codes) as they are; any other is printed first as one `path: error: …` line, then exit 1.
    private static func reportable(_ error: any Error) -> any Error {
        switch error {
        case is ExitCode, is ValidationError, is CleanExit: return error
        default:
            if String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") { return error }
            Output.standardError(Output.message(error))
            return ExitCode.failure
        }
    }

    /// The leaf subcommand the arguments start with, and the arguments after its name.
    private static func leafCommand(in arguments: [String]) -> (ParsableCommand.Type, [String])? {
        let leaves = commands.filter { $0.type.configuration.subcommands.isEmpty }
        for length in 1...max(1, min(arguments.count, commandDepth)) {
            if let leaf = leaves.first(where: { $0.path == Array(arguments.prefix(length)) }) {
                return (leaf.type, Array(arguments.dropFirst(length)))
            }
        }
        return nil
    }

    /// Every subcommand the router knows, by the words that name it (`["rules", "check"]`),
    /// read from argument-parser's own command tree.
    static var commands: [(path: [String], type: ParsableCommand.Type)] {
        var result: [(path: [String], type: ParsableCommand.Type)] = []
        var pending: [(path: [String], type: ParsableCommand.Type)] = [([], Codicil.self)]
        while let (path, command) = pending.popLast() {
            if !path.isEmpty { result.append((path, command)) }
            for subcommand in command.configuration.subcommands.reversed() {
                pending.append((path + [subcommand.configuration.commandName ?? ""], subcommand))
            }
        }
        return result
    }

    /// The names of every command the router knows (`rules check`), in help order.
    public static var commandNames: [String] { commands.map { $0.path.joined(separator: " ") } }

    /// The most words a command's name has.
    private static var commandDepth: Int { commands.map(\.path.count).max() ?? 1 }
}
