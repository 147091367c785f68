import Foundation
import Testing

/// Compares output with a golden file under Fixtures, or re-records it when `RECORD_GOLDENS=1`.
enum Golden {
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = FixturePaths.fixtures.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard actual != expected else { return }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
        let got = line < a.count ? String(a[line]) : "<end>"
        let wanted = line < e.count ? String(e[line]) : "<end>"
        Issue.record(
            "\(name) differs at line \(line + 1):\n  expected: \(wanted)\n  actual:   \(got)\n(re-record with RECORD_GOLDENS=1)",
            sourceLocation: sourceLocation)
    }
}
