import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A minimal HTTP/1.1 client over a socket, sending the request target exactly as written (a
/// URL library would remove `..` before sending) and reading with a deadline, so no test hangs.
/// Its blocking reads run on a thread of their own, never on the tasks the server needs.
struct RawHTTP: Sendable {
    /// What the server answered.
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let port: Int

    /// Sends `GET target` and reads the whole answer (the connection is closed after it).
    func get(_ target: String, timeout: Duration = .seconds(60)) async throws -> Reply {
        try await Self.offThePool { try getNow(target, timeout: timeout) }
    }

    /// Opens the event stream and reads it until `done` holds for the text read so far; calls
    /// `meanwhile` once, when the first event has arrived.
    func events(
        timeout: Duration = .seconds(60), meanwhile: @escaping @Sendable () throws -> Void = {},
        until done: @escaping @Sendable (String) -> Bool
    ) async throws -> String {
        try await Self.offThePool { try eventsNow(timeout: timeout, meanwhile: meanwhile, until: done) }
    }

    private static func offThePool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result(catching: work)) }.start()
        }
    }

    private func getNow(_ target: String, timeout: Duration) throws -> Reply {
        let socket = try connect()
        defer { close(socket) }
        try send(socket, "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        let text = try read(socket, deadline: .now + timeout) { _ in false }
        return try Self.parse(text)
    }

    private func eventsNow(timeout: Duration, meanwhile: () throws -> Void, until done: (String) -> Bool) throws
        -> String
    {
        let socket = try connect()
        defer { close(socket) }
        try send(socket, "GET /.codicil/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
        var acted = false
        return try read(socket, deadline: .now + timeout) { text in
            if !acted, text.contains("\n\n"), text.contains("data: ") {
                acted = true
                try? meanwhile()
            }
            return acted && done(text)
        }
    }

    private func connect() throws -> Int32 {
        #if canImport(Glibc)
            let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let socket = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard socket >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var wait = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                #if canImport(Glibc)
                    Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #else
                    Darwin.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                #endif
            }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(description: "connect to port \(port): \(String(cString: strerror(errno)))")
        }
        return socket
    }

    private func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        guard write(socket, bytes, bytes.count) == bytes.count else { throw Failure(description: "write failed") }
    }

    /// Reads until the peer closes, `done` holds, or the deadline passes (an error).
    private func read(_ socket: Int32, deadline: ContinuousClock.Instant, done: (String) throws -> Bool) throws
        -> String
    {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { break }
            if count > 0 {
                bytes += buffer[..<count]
                if try done(String(decoding: bytes, as: UTF8.self)) { break }
            } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
                throw Failure(description: "recv: \(String(cString: strerror(errno)))")
            }
            if ContinuousClock.now > deadline {
                throw Failure(description: "no answer in time; read so far:\n\(String(decoding: bytes, as: UTF8.self))")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Splits an answer into status, headers (names lowercased) and body, chunks joined.
    static func parse(_ text: String) throws -> Reply {
        guard let end = text.range(of: "\r\n\r\n") else { throw Failure(description: "no header end in:\n\(text)") }
        let lines = text[..<end.lowerBound].components(separatedBy: "\r\n")
        let statusWords = lines[0].split(separator: " ")
        guard statusWords.count >= 2, let status = Int(statusWords[1]) else {
            throw Failure(description: "bad status line \(lines[0])")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        var body = String(text[end.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = try dechunked(body) }
        return Reply(status: status, headers: headers, body: body)
    }

    private static func dechunked(_ text: String) throws -> String {
        var bytes = Array(text.utf8)[...]
        var out: [UInt8] = []
        while let lineEnd = bytes.firstIndex(of: 0x0A) {
            let sizeText = String(decoding: bytes[..<lineEnd], as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
            guard let size = Int(sizeText.split(separator: ";").first ?? "", radix: 16) else {
                throw Failure(description: "bad chunk size")
            }
            if size == 0 { break }
            let start = lineEnd + 1
            out += bytes[start..<start + size]
            bytes = bytes[(start + size + 2)...]
        }
        return String(decoding: out, as: UTF8.self)
    }
}
