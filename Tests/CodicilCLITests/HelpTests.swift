import CodicilCLI
import Foundation
import Testing

@Suite struct HelpTests {
    static let folder = CodicilBinary.packageRoot.appendingPathComponent("Tests/CodicilCLITests/Fixtures/help")
    /// A fixed width, so that help is wrapped the same on every terminal.
    static let environment = ["COLUMNS": "80"]
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"

    /// The snapshot of `codicil <command> --help`: `codicil.txt`, `codicil-rules-check.txt`.
    static func snapshot(_ command: String) -> URL {
        folder.appendingPathComponent(
            (["codicil"] + command.split(separator: " ").map(String.init)).joined(separator: "-") + ".txt")
    }

    @Test("every command's --help is its snapshot, byte for byte", arguments: [""] + Codicil.commandNames)
    func help(command: String) throws {
        let words = command.split(separator: " ").map(String.init)
        let run = try CodicilBinary.run(words + ["--help"], environment: Self.environment)
        #expect(run.status == 0)
        #expect(run.standardError == "")
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(run.standardOutput.utf8).write(to: Self.snapshot(command))
        }
        #expect(run.standardOutput == (try String(contentsOf: Self.snapshot(command), encoding: .utf8)))
    }

    @Test("`codicil help X` says what `codicil X --help` says", arguments: Codicil.commandNames)
    func helpCommand(command: String) throws {
        let words = command.split(separator: " ").map(String.init)
        let help = try CodicilBinary.run(["help"] + words, environment: Self.environment)
        let flag = try CodicilBinary.run(words + ["--help"], environment: Self.environment)
        #expect(help.status == 0)
        #expect(help.standardOutput == flag.standardOutput)
    }

    @Test("the router knows exactly the commands argument-parser's help lists, and each has a snapshot")
    func routerMatchesArgumentParser() throws {
        var listed: [String] = []
        var pending = [""]
        while let command = pending.popLast() {
            let words = command.split(separator: " ").map(String.init)
            let help = try CodicilBinary.run(words + ["--help"], environment: Self.environment).standardOutput
            let names = Self.subcommands(in: help).map { command.isEmpty ? $0 : command + " " + $0 }
            listed += names
            pending += names.reversed()
        }
        #expect(Set(listed) == Set(Codicil.commandNames))
        #expect(listed.count == Codicil.commandNames.count)
        let snapshots = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        #expect(snapshots == ([""] + Codicil.commandNames).map { Self.snapshot($0).lastPathComponent }.sorted())
    }

    /// The names under `SUBCOMMANDS:` in a help text.
    static func subcommands(in help: String) -> [String] {
        guard let start = help.range(of: "\nSUBCOMMANDS:\n") else { return [] }
        var names: [String] = []
        for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { break }
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
            names.append(String(line.dropFirst(2).prefix { $0 != " " }))
        }
        return names
    }

    @Test("the README lists every command")
    func readme() throws {
        let readme = try String(
            contentsOf: CodicilBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for command in Codicil.commandNames where !command.contains(" ") {
            #expect(readme.contains("codicil \(command) ") || readme.contains("codicil \(command)\n"), "\(command)")
        }
    }

    @Test("--version prints the version, and completion scripts are generated for bash, zsh and fish")
    func versionAndCompletions() throws {
        let version = try CodicilBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.standardOutput == "codicil \(Codicil.version)\n")
        #expect(
            Codicil.version.split(separator: ".").count == 3 && Codicil.version.allSatisfy { $0.isNumber || $0 == "." })
        for shell in ["bash", "zsh", "fish"] {
            let script = try CodicilBinary.run(["--generate-completion-script", shell])
            #expect(script.status == 0)
            for command in ["fmt", "revise", "import-history"] {
                #expect(script.standardOutput.contains(command), "\(shell) \(command)")
            }
        }
    }
}
