import ArgumentParser
import Dispatch
import Foundation
import PolicyServe

/// `codicil serve`: the site built in memory and served for preview, rebuilt as sources change.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site in a browser, rebuilt and reloaded as the sources change.",
        discussion: """
            Builds the site in memory, as 'codicil build' would, and serves it on 127.0.0.1 (another \
            address only with --host); nothing is written to disk. Every quarter second it looks at \
            the source and templates folders, rebuilds when a file changed, and open pages reload. \
            While a source or template has errors, every page shows them, one \
            'path:line:column: error: …' line each, as standard error does, until they are fixed. \
            Without --templates, a Templates folder in the current folder is used when there is \
            one, otherwise the built-in templates. --port 0 picks a free port. Ctrl-C stops.
            """
    )

    @Option(help: "The folder of policy sources.")
    var source = "policy-src"

    @Option(help: "A folder of templates laid out like Templates/ (default: ./Templates if there, else built-in).")
    var templates: String?

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8000

    @Option(help: "The address to listen on; anything but 127.0.0.1 or ::1 lets other machines see the preview.")
    var host = "127.0.0.1"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) is not between 0 and 65535") }
        guard !host.isEmpty else { throw ValidationError("--host is empty; name an address such as 127.0.0.1") }
    }

    func run() throws {
        Serve.unblockStopSignals()
        let templates = templates ?? (Serve.isFolder("Templates") ? "Templates" : nil)
        let server = PreviewServer(
            builder: PreviewBuilder(source: source, templates: templates, asOf: Build.today),
            host: host, port: port,
            report: { summary, messages in
                for message in messages { Output.standardError(message) }
                try? Output.line(summary)
            })
        let shown = templates.map { "\($0)/" } ?? "built-in"
        let outcome = Serve.wait {
            try await server.run { url in
                try? Output.line("serving \(source)/ (templates: \(shown)) at \(url)")
                try? Output.line("rebuilt as \(source)/\(templates.map { " and \($0)/" } ?? "") change; Ctrl-C stops")
            }
        }
        if case .failure(let error) = outcome {
            Output.standardError("\(host):\(port): error: \(error) [serve]")
            throw ExitCode.failure
        }
    }

    /// Runs `work` to its end, blocking this thread: the command line runs synchronously.
    private static func wait(_ work: @escaping @Sendable () async throws -> Void) -> Result<Void, any Error> {
        let done = DispatchSemaphore(value: 0)
        let result = ResultBox()
        Task {
            do { try await work() } catch { result.error = error }
            done.signal()
        }
        done.wait()
        return result.error.map { .failure($0) } ?? .success(())
    }

    /// Lets Ctrl-C, `kill` and a closed terminal end the command even when the parent process
    /// started it with those signals blocked (as some test runners do): it runs until one comes.
    private static func unblockStopSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// Carries a task's error back to the thread waiting for it, which reads it only after the
/// task has signalled.
private final class ResultBox: @unchecked Sendable {
    var error: (any Error)?
}
