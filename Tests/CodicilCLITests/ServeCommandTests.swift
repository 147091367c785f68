import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite struct ServeCommandTests {
    @Test("`codicil serve --port 0` prints the address it listens on, on 127.0.0.1, and serves the site there")
    func serves() async throws {
        let serve = try RunningCodicil(["serve", "--port", "0"])
        defer { serve.stop() }
        let line = try await serve.line(containing: "serving ")
        let address = try #require(line.firstMatch(of: /at (http:\/\/127\.0\.0\.1:[0-9]+\/)$/)?.1)
        #expect(line.hasPrefix("serving policy-src/ (templates: Templates/) at http://127.0.0.1:"))
        let (data, response) = try await URLSession(configuration: .ephemeral).data(
            from: URL(string: address + "fujixerox-privacy/")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: data, as: UTF8.self).contains("Fuji Xerox Privacy Policy"))
        #expect(serve.output.hasPrefix("built: "))
        #expect(serve.stop(), "SIGTERM ends it")
    }

    @Test("A port already in use is one error line and exit 1; a bad port or host is refused before starting")
    func refusals() async throws {
        let first = try RunningCodicil(["serve", "--port", "0"])
        defer { first.stop() }
        let line = try await first.line(containing: "serving ")
        let port = try #require(line.firstMatch(of: /:([0-9]+)\/$/)?.1)
        let second = try CodicilBinary.run(["serve", "--port", String(port)])
        #expect(second.status == 1)
        #expect(
            second.standardError.hasSuffix("127.0.0.1:\(port): error: cannot listen: address already in use [serve]\n"))

        let badPort = try CodicilBinary.run(["serve", "--port", "70000"])
        #expect(badPort.status == 64)
        #expect(badPort.standardError.contains("--port 70000 is not between 0 and 65535"))
        let badHost = try CodicilBinary.run(["serve", "--host", "example.com", "--port", "0"])
        #expect(badHost.status == 1)
        #expect(
            badHost.standardError
                == "example.com:0: error: 'example.com' is not a numeric IPv4 or IPv6 address (or localhost) [serve]\n")
    }
}

/// `codicil` started in the background, its standard output collected as it comes.
final class RunningCodicil: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var collected = Data()

    init(_ arguments: [String]) throws {
        process.executableURL = CodicilBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = CodicilBinary.packageRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        output.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self else { return }
            self.lock.withLock { self.collected.append(data) }
        }
        try process.run()
    }

    /// What it printed so far.
    var output: String { lock.withLock { String(decoding: collected, as: UTF8.self) } }

    /// The first line printed that contains `text`, waiting at most `limit` for it.
    ///
    /// The output is looked at once more after the deadline: on a loaded machine the test's own
    /// task may resume long after its sleep ended, while the line arrived in the meantime.
    func line(containing text: String, within limit: Duration = .seconds(120)) async throws -> String {
        let deadline = ContinuousClock.now + limit
        while true {
            if let line = output.split(separator: "\n").first(where: { $0.contains(text) }) { return String(line) }
            if !process.isRunning || ContinuousClock.now >= deadline { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CocoaError(
            .fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no line with '\(text)' in:\n\(output)"])
    }

    /// Sends it SIGTERM and waits at most `limit` for it to end; returns whether it did, after
    /// killing it when it did not.
    @discardableResult
    func stop(within limit: Duration = .seconds(10)) -> Bool {
        guard process.isRunning else { return true }
        process.terminate()
        let deadline = ContinuousClock.now + limit
        while process.isRunning, ContinuousClock.now < deadline { usleep(20_000) }
        guard process.isRunning else { return true }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return false
    }
}
