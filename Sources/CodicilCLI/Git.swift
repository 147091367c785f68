import Foundation

/// Running git on a user's ref: the ref is verified as a commit first, and every user string
/// reaches git after `--end-of-options`, so none can be read as one of git's options.
enum Git {
    /// What git printed, and whether it succeeded.
    struct Result {
        var status: Int32
        var output: Data
        var error: String

        /// The first line git wrote to standard error, without git's "fatal: ", or `fallback`.
        func reason(_ fallback: String) -> String {
            guard let line = error.split(separator: "\n").first else { return fallback }
            return line.hasPrefix("fatal: ") ? String(line.dropFirst(7)) : String(line)
        }
    }

    /// Why a ref cannot be used, or nil when it can be verified as a commit.
    static func problem(withRef ref: String) -> String? {
        if ref.isEmpty { return "the git ref is empty" }
        if ref.hasPrefix("-") { return "'\(ref)' is not a git ref (it starts with '-')" }
        if ref.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "the git ref contains control characters"
        }
        return nil
    }

    /// The commit that `ref` names, as git prints it, verified in the repository of `directory`.
    static func commit(_ ref: String, in directory: String) throws(GitError) -> String {
        if let problem = problem(withRef: ref) { throw GitError(problem) }
        let result = try run(["rev-parse", "--verify", "--quiet", "--end-of-options", "\(ref)^{commit}"], in: directory)
        let commit = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard result.status == 0, !commit.isEmpty else {
            // With --quiet git says nothing about a ref it cannot find; anything it does say is
            // another problem, such as a folder outside any repository.
            if result.status != 1, !result.error.isEmpty { throw GitError(result.reason("")) }
            throw GitError("'\(ref)' is not a commit in this repository")
        }
        return commit
    }

    /// Where the checked-out branch left `commit`: their merge base, as a pull request on GitHub
    /// is compared, so that what the base gained since is not read as the branch removing it.
    /// `commit` itself when there is none (no commit checked out yet, or unrelated histories).
    static func forkPoint(of commit: String, in directory: String) throws(GitError) -> String {
        let result = try run(["merge-base", "--end-of-options", commit, "HEAD"], in: directory)
        let base = String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return result.status == 0 && !base.isEmpty ? base : commit
    }

    /// The bytes of `file` (a path relative to `directory`) at `commit`.
    static func show(_ file: String, at commit: String, in directory: String) throws(GitError) -> Data {
        let result = try run(["show", "--end-of-options", "\(commit):./\(file)"], in: directory)
        guard result.status == 0 else { throw GitError(result.reason("git show failed")) }
        return result.output
    }

    /// Runs git in `directory` with the arguments as given, reading its output and errors side
    /// by side so that neither pipe can fill and stall it.
    static func run(_ arguments: [String], in directory: String) throws(GitError) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw GitError("cannot run git: \(error.localizedDescription)")
        }
        let errors = ErrorBytes()
        let reading = DispatchGroup()
        let errorHandle = error.fileHandleForReading
        DispatchQueue.global().async(group: reading) { errors.data = errorHandle.readDataToEndOfFile() }
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: bytes, error: String(decoding: errors.data, as: UTF8.self))
    }

    /// What git wrote to standard error; written by one reader, read after it has finished.
    private final class ErrorBytes: @unchecked Sendable {
        var data = Data()
    }
}

/// Why git could not give what was asked.
struct GitError: Error {
    var message: String

    init(_ message: String) { self.message = message }
}
