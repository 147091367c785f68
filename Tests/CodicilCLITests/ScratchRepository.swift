import Foundation
import Testing

/// A throwaway git repository in a temporary folder, with its own identity and no global or
/// system git configuration, for commands that read git history.
struct ScratchRepository {
    let root: URL

    /// The environment for git and for `codicil` (which runs git): this machine's, without
    /// anything from the user's or system's git configuration or a GitHub Actions summary file.
    static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        for key in environment.keys where key.hasPrefix("GIT_") || key.hasPrefix("GITHUB_") { environment[key] = nil }
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["LC_ALL"] = "C"
        return environment
    }()

    /// A new repository on branch `main`, with nothing committed.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try git("init", "--quiet", "--initial-branch=main")
        try git("config", "user.name", "Codicil Tests")
        try git("config", "user.email", "tests@codicil.invalid")
        try git("config", "commit.gpgsign", "false")
    }

    /// Removes the repository.
    func delete() { try? FileManager.default.removeItem(at: root) }

    /// Runs git in the repository and requires it to succeed.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let result = try run("/usr/bin/env", ["git"] + arguments)
        try #require(result.status == 0, "git \(arguments.joined(separator: " ")) failed: \(result.standardError)")
        return result.standardOutput
    }

    /// Runs a program in the repository with `environment` and `extra` variables.
    func run(_ executable: String, _ arguments: [String], extra: [String: String] = [:]) throws -> CodicilBinary.Run {
        try CodicilBinary.run(
            program: URL(fileURLWithPath: executable), arguments, in: root,
            environment: Self.environment.merging(extra) { $1 })
    }

    /// Runs the built `codicil` in the repository.
    func codicil(_ arguments: String...) throws -> CodicilBinary.Run {
        try run(CodicilBinary.url.path, arguments)
    }

    /// Writes a file at a path relative to the repository, creating its folders.
    func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Stages everything and commits it.
    func commitAll(_ message: String) throws {
        try git("add", "--all")
        try git("commit", "--quiet", "--message", message)
    }
}
