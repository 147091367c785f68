import Foundation

/// One measured operation: its median time over several runs, and how much work it did.
struct Measurement: Codable {
    /// The documents measured: seed, corpus, 1x, 10x, 100x, site-1000, pair-10k, ...
    var set: String
    /// The stage: parse+check, render html, diff, import, site build, ...
    var stage: String
    var runs: Int
    var medianSeconds: Double
    var minimumSeconds: Double
    /// Bytes of input processed in one run, for throughput.
    var bytes: Int
    /// Documents (or pairs) processed in one run.
    var documents: Int

    /// Runs `body` once to warm up (unless `warmUp` is false), then enough times for about `budget` seconds (at least
    /// `minimumRuns`, at most 30), and keeps the median.
    static func measure(
        set: String, stage: String, bytes: Int, documents: Int, minimumRuns: Int = 5, budget: Double = 1.5, warmUp: Bool = true,
        _ body: () throws -> Void
    ) rethrows -> Measurement {
        let clock = ContinuousClock()
        let first = warmUp ? seconds(try clock.measure(body)) : .infinity
        let runs = min(30, max(minimumRuns, Int(budget / max(first, 1e-6))))
        var times: [Double] = []
        for _ in 0..<runs { times.append(seconds(try clock.measure(body))) }
        times.sort()
        return Measurement(
            set: set, stage: stage, runs: runs, medianSeconds: times[times.count / 2], minimumSeconds: times[0],
            bytes: bytes, documents: documents)
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
