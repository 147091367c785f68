import ArgumentParser

extension Codicil {
    /// Runs the command line. A command line that names a subcommand with no subcommands of its
    /// own, and parses cleanly as that subcommand alone, runs it without parsing the whole command
    /// tree first; everything else (help, errors, unknown names) takes the full parse, so every
    /// message and exit status is exactly what `Codicil.main` gives.
    public static func dispatch(_ arguments: [String]) {
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
        var command: ParsableCommand.Type = Codicil.self
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty { break }
            guard let next = subcommands.first(where: { $0.configuration.commandName == arguments[index] }) else {
                return nil
            }
            command = next
            index += 1
        }
        guard command != Codicil.self, command.configuration.subcommands.isEmpty else { return nil }
        return (command, Array(arguments[index...]))
    }
}
