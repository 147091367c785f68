import Foundation
import Hummingbird
import Logging
import NIOCore

/// The live preview: builds the site in memory, serves it over HTTP, and rebuilds it whenever
/// the source or templates folder changes, telling open pages to reload.
public struct PreviewServer: Sendable {
    /// Builds the site.
    public var builder: PreviewBuilder
    /// The numeric address to listen on (`127.0.0.1`, `::1`, `0.0.0.0`), or `localhost`.
    public var host: String
    /// The port to listen on; 0 picks a free one.
    public var port: Int
    /// How long to wait between two looks at the folders.
    public var interval: Duration
    /// Told each build's outcome: a summary line, and the diagnostics to print to standard error.
    public var report: @Sendable (_ summary: String, _ messages: [String]) -> Void

    /// Makes a server for `builder`'s folders; nothing happens until `run`.
    public init(
        builder: PreviewBuilder, host: String = "127.0.0.1", port: Int = 8000, interval: Duration = .milliseconds(250),
        report: @escaping @Sendable (_ summary: String, _ messages: [String]) -> Void
    ) {
        self.builder = builder
        self.host = host
        self.port = port
        self.interval = interval
        self.report = report
    }

    /// Builds the site, listens, passes the address to open (`http://127.0.0.1:8000/`) to
    /// `listening`, then serves and rebuilds until the task is cancelled. Throws when the
    /// address cannot be listened on.
    public func run(listening: @escaping @Sendable (String) -> Void) async throws {
        try Self.checkNumeric(host)
        let folders = [builder.source] + (builder.templates.map { [$0] } ?? [])
        let seen = FolderSnapshot(folders)
        let start = ContinuousClock.now
        let (first, messages) = await PreviewWatcher.offThePool(builder.build)
        report(PreviewWatcher.summary(first, changed: true, took: ContinuousClock.now - start, verb: "built"), messages)
        let state = PreviewState(first: first, instance: Self.instanceName())
        let watcher = PreviewWatcher(builder: builder, folders: folders, interval: interval, report: report)
        let host = host
        let application = Application(
            responder: PreviewResponder(state: state),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in listening(Self.url(host: host, port: channel.localAddress?.port ?? 0)) },
            logger: Logger(label: "codicil-serve") { _ in SwiftLogNoOpLogHandler() })
        // Cancelling the task cancels both children, and with the server every connection,
        // whose event streams then end.
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do { try await application.run() } catch let error as IOError {
                    throw PreviewServerError(
                        "cannot listen: \(String(cString: strerror(error.errnoCode)).lowercased())")
                }
            }
            group.addTask { await watcher.run(publishingTo: state, after: seen) }
            _ = try await group.next()
            group.cancelAll()
        }
    }

    /// Throws unless `host` is a numeric IPv4 or IPv6 address or `localhost`: a name would be
    /// looked up, and might not be this machine.
    static func checkNumeric(_ host: String) throws {
        var address = in6_addr()
        if host == "localhost" || inet_pton(AF_INET, host, &address) == 1 || inet_pton(AF_INET6, host, &address) == 1 {
            return
        }
        throw PreviewServerError("'\(host)' is not a numeric IPv4 or IPv6 address (or localhost)")
    }

    /// `http://127.0.0.1:8000/`, with an IPv6 address in brackets.
    static func url(host: String, port: Int) -> String {
        host.contains(":") ? "http://[\(host)]:\(port)/" : "http://\(host):\(port)/"
    }

    /// A short random name for this run, so that pages left open across a restart reload.
    private static func instanceName() -> String {
        String(UInt32.random(in: 0...UInt32.max), radix: 36)
    }
}

/// Why the preview cannot start.
public struct PreviewServerError: Error, CustomStringConvertible {
    /// What is wrong, in words.
    public var description: String

    init(_ description: String) { self.description = description }
}
