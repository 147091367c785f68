import FlyingFox
import FlyingSocks
import Foundation

/// Answers each request from the preview's state: the event stream, or a snapshot's response.
struct PreviewHandler: HTTPHandler {
    let state: PreviewState

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let target = request.target.rawValue
        if request.method == .GET, target.prefix(while: { $0 != "?" }) == LiveReload.eventsPath {
            return await events()
        }
        let answer = await state.snapshot.response(to: request.method.rawValue, target)
        var headers: HTTPHeaders = [
            .contentType: answer.contentType, .cacheControl: "no-store",
            HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
        if let location = answer.location { headers[.location] = location }
        if answer.status == 405 { headers[HTTPHeader("Allow")] = "GET, HEAD" }
        guard request.method != .HEAD else {
            headers[.contentLength] = String(answer.body.count)
            return HTTPResponse(statusCode: Self.status(answer.status), headers: headers)
        }
        let body = Data(answer.body)
        return HTTPResponse(statusCode: Self.status(answer.status), headers: headers, body: body)
    }

    /// A server-sent event stream: one `build` event now, and one after each new build.
    private func events() async -> HTTPResponse {
        let tokens = await state.listen()
        let headers: HTTPHeaders = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventBytes(tokens: tokens)))
    }

    private static func status(_ code: Int) -> HTTPStatusCode {
        switch code {
        case 200: .ok
        case 301: .movedPermanently
        case 404: .notFound
        case 405: .methodNotAllowed
        default: .internalServerError
        }
    }
}

/// The bytes of an event stream, one event per build token, for FlyingFox to send in chunks
/// as they come.
struct EventBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let tokens: AsyncStream<String>

    func makeAsyncIterator() -> Iterator { Iterator(tokens: tokens.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var tokens: AsyncStream<String>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            if pending.isEmpty {
                guard let token = await tokens.next() else { return nil }
                pending = LiveReload.event(token: token)
            }
            return pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty {
                guard let token = await tokens.next() else { return nil }
                pending = LiveReload.event(token: token)
            }
            let buffer = Array(pending.prefix(count))
            pending.removeFirst(buffer.count)
            return buffer
        }
    }
}
