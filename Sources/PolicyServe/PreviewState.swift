/// The preview's latest build, and the open pages waiting to hear of the next one.
actor PreviewState {
    /// What requests are answered from.
    private(set) var snapshot: PreviewSnapshot
    private let instance: String
    private var generation = 1
    private var listeners: [Int: AsyncStream<String>.Continuation] = [:]
    private var nextListener = 0

    /// Starts from a first build. `instance` tells this server's builds from another's, so a
    /// page left open across a restart reloads too.
    init(first build: PreviewBuild, instance: String) {
        self.instance = instance
        snapshot = PreviewSnapshot(token: "\(instance)-1", build: build, lastSite: nil)
        if case .site(let files) = build { snapshot.lastSite = files }
    }

    /// Makes `build` the one served and tells every listener, unless it is the same as the one
    /// served (a file saved unchanged), when open pages stay as they are. Returns whether it changed.
    @discardableResult
    func publish(_ build: PreviewBuild) -> Bool {
        guard build != snapshot.build else { return false }
        generation += 1
        snapshot.token = "\(instance)-\(generation)"
        snapshot.build = build
        if case .site(let files) = build { snapshot.lastSite = files }
        for listener in listeners.values { listener.yield(snapshot.token) }
        return true
    }

    /// The tokens of the builds from now on, starting with the one served now; only the newest
    /// waits when a listener is slow.
    func listen() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(1))
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        continuation.yield(snapshot.token)
        continuation.onTermination = { [weak self] _ in
            Task { await self?.forget(id) }
        }
        return stream
    }

    private func forget(_ id: Int) { listeners[id] = nil }
}
