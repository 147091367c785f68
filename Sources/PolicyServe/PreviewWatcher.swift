import Dispatch

/// Rebuilds the preview whenever a watched folder changes.
struct PreviewWatcher: Sendable {
    /// Builds the site.
    var builder: PreviewBuilder
    /// The folders whose files are compared between polls.
    var folders: [String]
    /// How long to wait between two looks at the folders.
    var interval: Duration
    /// Told each rebuild's outcome: a summary, and the lines to print to standard error.
    var report: @Sendable (_ summary: String, _ messages: [String]) -> Void

    /// Looks at the folders every `interval` until the task is cancelled; after a change,
    /// rebuilds and publishes. A change made during a build is seen by the next look, because
    /// the folders are looked at before the build reads them.
    func run(publishingTo state: PreviewState, after seen: FolderSnapshot) async {
        var seen = seen
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { return }
            let now = FolderSnapshot(folders)
            guard now != seen else { continue }
            seen = now
            let start = ContinuousClock.now
            let (build, messages) = await Self.offThePool(builder.build)
            let changed = await state.publish(build)
            report(Self.summary(build, changed: changed, took: ContinuousClock.now - start), messages)
        }
    }

    /// The line printed after a build.
    static func summary(_ build: PreviewBuild, changed: Bool, took: Duration, verb: String = "rebuilt") -> String {
        let seconds = Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18
        let time = "\(Int((seconds * 1000).rounded())) ms"
        switch build {
        case .site(let files):
            return changed ? "\(verb): \(files.contents.count) files (\(time))" : "\(verb): no file changed (\(time))"
        case .failed(let lines):
            return "build failed: \(lines.count) problem(s); the preview shows them until they are fixed (\(time))"
        }
    }

    /// Runs a build on a thread of its own, so a long build keeps no server task waiting.
    static func offThePool<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: work()) }
        }
    }
}
