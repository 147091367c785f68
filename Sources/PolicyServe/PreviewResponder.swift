import Hummingbird

/// Answers each request from the preview's state: the event stream, or a snapshot's response.
struct PreviewResponder: HTTPResponder {
    let state: PreviewState

    func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
        let target = request.head.path ?? "/"
        if request.method == .get, target.prefix(while: { $0 != "?" }) == LiveReload.eventsPath {
            return await events()
        }
        let answer = await state.snapshot.response(to: request.method.rawValue, target)
        var headers: HTTPFields = [.contentType: answer.contentType, .cacheControl: "no-store"]
        if let location = answer.location { headers[.location] = location }
        if answer.status == 405 { headers[.allow] = "GET, HEAD" }
        let status = HTTPResponse.Status(code: answer.status)
        guard request.method != .head else {
            headers[.contentLength] = String(answer.body.count)
            return Response(status: status, headers: headers)
        }
        return Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }

    /// A server-sent event stream: one `build` event now, and one after each new build.
    private func events() async -> Response {
        let tokens = await state.listen()
        let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                for await token in tokens { try await writer.write(ByteBuffer(bytes: LiveReload.event(token: token))) }
                try await writer.finish(nil)
            })
    }
}
