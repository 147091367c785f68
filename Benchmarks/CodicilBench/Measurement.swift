import Foundation

/// One measured operation: its median time over several runs, and how much work it did.
struct Measurement: Codable {
    var name: String
    var runs: Int
    var medianSeconds: Double
    var minimumSeconds: Double
    /// Bytes of input processed in one run, for throughput.
    var bytes: Int

    /// Runs `body` `runs` times after one warm-up run and keeps the median.
    static func measure(_ name: String, bytes: Int, runs: Int, _ body: () throws -> Void) rethrows -> Measurement {
        try body()
        var times: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<runs {
            let elapsed = try clock.measure(body)
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        times.sort()
        return Measurement(name: name, runs: runs, medianSeconds: times[times.count / 2], minimumSeconds: times[0], bytes: bytes)
    }
}
