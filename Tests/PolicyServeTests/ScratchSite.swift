import Foundation
import PolicyModel
import PolicyServe

/// A copy of the shipped `policy-src/` (and, when asked, of `Templates/`) in a temporary
/// folder, served in-process on a free port.
struct ScratchSite {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let folder: URL
    var source: String { folder.appendingPathComponent("policy-src").path }
    var policy: String { source + "/fujixerox-privacy/2012-12-01.xml" }
    /// The copy of `Templates/`, or nil when the built-in templates are used.
    let templates: String?

    init(withTemplates: Bool = false) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["policy-src"] + (withTemplates ? ["Templates"] : []) {
            try FileManager.default.copyItem(
                at: Self.packageRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        templates = withTemplates ? folder.appendingPathComponent("Templates").path : nil
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Replaces `old` with `new` in the shipped policy's source, or in another file.
    func edit(_ old: String, _ new: String, in file: String? = nil) throws {
        let path = file ?? policy
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard text.contains(old) else { throw RawHTTP.Failure(description: "\(path) does not hold \(old)") }
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// Starts a server on a free port with a quick poll, and returns it running with its port;
    /// cancel the task to stop it.
    func serve() async throws -> (task: Task<Void, any Error>, port: Int) {
        let builder = PreviewBuilder(
            source: source, templates: templates, asOf: { PolicyDate(year: 2026, month: 1, day: 1)! })
        let server = PreviewServer(builder: builder, port: 0, interval: .milliseconds(50), report: { _, _ in })
        let (addresses, found) = AsyncStream.makeStream(of: String.self)
        let task = Task { try await server.run { found.yield($0) } }
        let address = try await within(.seconds(120)) { await addresses.first { _ in true } }
        guard let address, let port = Int(address.split(separator: ":").last?.dropLast() ?? "") else {
            task.cancel()
            throw RawHTTP.Failure(description: "the server gave no address")
        }
        return (task, port)
    }
}

/// `work`'s result, or an error when it takes longer than `limit`.
func within<T: Sendable>(_ limit: Duration, _ work: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await work() }
        group.addTask {
            try await Task.sleep(for: limit)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else {
            throw RawHTTP.Failure(description: "nothing within \(limit)")
        }
        return value
    }
}

/// Asks `probe` again every 50 ms until it holds, for at most `limit`; returns whether it held.
func eventually(within limit: Duration = .seconds(60), _ probe: () async throws -> Bool) async throws -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
        if try await probe() { return true }
        try await Task.sleep(for: .milliseconds(50))
    }
    return try await probe()
}
