import Foundation
import PolicyModel
import PolicySource
import Testing

/// Golden files: compared with a readable first difference, re-recorded with `RECORD_GOLDENS=1`.
enum Golden {
    /// Expects `actual` to equal the golden file at `path`, or writes it when recording.
    static func check(_ actual: String, against path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        if Paths.recording {
            try Paths.write(actual, to: path)
            return
        }
        guard let expected = Paths.read(path) else {
            Issue.record("missing golden \(path); record it with RECORD_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let line =
            zip(expectedLines, actualLines).enumerated().first { $1.0 != $1.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let want = line < expectedLines.count ? expectedLines[line] : "<end of file>"
        let got = line < actualLines.count ? actualLines[line] : "<end of file>"
        Issue.record(
            "\(path):\(line + 1) differs\n  expected: \(want)\n    actual: \(got)\n(RECORD_GOLDENS=1 re-records)",
            sourceLocation: sourceLocation)
    }

    /// Parses a fixture policy, failing the test on any diagnostic.
    static func policy(_ path: String) throws -> Policy {
        let result = PolicyParser.parse(fileAtPath: path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.policy)
    }
}
