import FlyingFox
import FlyingSocks
import Foundation

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
        let address = try Self.socketAddress(host: host, port: port)
        let folders = [builder.source] + (builder.templates.map { [$0] } ?? [])
        let seen = FolderSnapshot(folders)
        let start = ContinuousClock.now
        let (first, messages) = await PreviewWatcher.offThePool(builder.build)
        report(PreviewWatcher.summary(first, changed: true, took: ContinuousClock.now - start, verb: "built"), messages)
        let state = PreviewState(first: first, instance: Self.instanceName())
        let server = HTTPServer(address: address, logger: .disabled, handler: PreviewHandler(state: state))
        let watcher = PreviewWatcher(builder: builder, folders: folders, interval: interval, report: report)
        let host = host
        // Cancelling the task cancels both children, and with the server every connection,
        // whose event streams then end.
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                do { try await server.run() } catch SocketError.failed(let type, _, let message) {
                    throw PreviewServerError("cannot \(type.lowercased()): \(message.lowercased())")
                }
            }
            group.addTask {
                try await server.waitUntilListening(timeout: 30)
                listening(Self.url(await server.listeningAddress, host: host))
                await watcher.run(publishingTo: state, after: seen)
            }
            _ = try await group.next()
            group.cancelAll()
        }
    }

    /// The socket address for a numeric IPv4 or IPv6 address, or `localhost` (127.0.0.1).
    static func socketAddress(host: String, port: Int) throws -> any SocketAddress {
        guard let port = UInt16(exactly: port) else {
            throw PreviewServerError("port \(port) is not between 0 and 65535")
        }
        let numeric = host == "localhost" ? "127.0.0.1" : host
        if numeric.contains(":") {
            let trimmed =
                numeric.hasPrefix("[") && numeric.hasSuffix("]") ? String(numeric.dropFirst().dropLast()) : numeric
            if let address = try? sockaddr_in6.inet6(ip6: trimmed, port: port) { return address }
        } else if let address = try? sockaddr_in.inet(ip4: numeric, port: port) {
            return address
        }
        throw PreviewServerError("'\(host)' is not a numeric IPv4 or IPv6 address (or localhost)")
    }

    /// `http://127.0.0.1:8000/` for the address the server listens on.
    static func url(_ address: Socket.Address?, host: String) -> String {
        switch address {
        case .ip4(let ip, let port): "http://\(ip):\(port)/"
        case .ip6(let ip, let port): "http://[\(ip)]:\(port)/"
        case .unix, nil: "http://\(host)/"
        }
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
