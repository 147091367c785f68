import Foundation
import Testing

/// Golden files: expected output kept beside the tests, re-recorded with `RECORD_GOLDENS=1`.
enum Golden {
    /// Compares output with the golden file at `url`, or writes the file when `RECORD_GOLDENS=1`.
    static func expect(_ actual: String, matches url: URL, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            actual == expected,
            "golden \(url.lastPathComponent) differs; re-record with RECORD_GOLDENS=1 and read the diff",
            sourceLocation: sourceLocation)
    }
}
