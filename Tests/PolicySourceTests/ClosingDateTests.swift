import Foundation
import PolicySource
import Testing

/// `check` warns when a revision's closing date line was not brought up to its effective date.
@Suite struct ClosingDateTests {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("policy-src/fujixerox-privacy/2012-12-01.xml").path

    /// The diagnostics of the shipped example with its closing date line replaced.
    static func diagnostics(dateLine: String) throws -> [String] {
        let text = String(decoding: try #require(FileManager.default.contents(atPath: source)), as: UTF8.self)
        #expect(text.contains("<date>December, 2012</date>"))
        let changed = text.replacingOccurrences(of: "<date>December, 2012</date>", with: "<date>\(dateLine)</date>")
        let policy = try #require(PolicyParser.parse(bytes: Array(changed.utf8), path: "p/2012-12-01.xml").policy)
        return ClosingDateCheck.diagnostics(for: policy).map(\.description)
    }

    @Test(
        "a date line that states the effective date, in any usual way, or no year at all, is quiet",
        arguments: [
            "December, 2012", "1 December 2012", "December 1, 2012", "Dec. 2012", "2012-12-01", "2012年12月1日",
            "Revised in winter",
        ])
    func agrees(_ line: String) throws {
        #expect(try Self.diagnostics(dateLine: line) == [])
    }

    @Test(
        "a date line of another year, month or day is a warning at the line",
        arguments: ["December, 2011", "April, 2013", "2 December 2012", "2012-11-30", "2013年4月"])
    func disagrees(_ line: String) throws {
        #expect(
            try Self.diagnostics(dateLine: line) == [
                "p/2012-12-01.xml:295:5: warning: the closing date line '\(line)' disagrees with the effective date 2012-12-01 (1 December 2012); write the revision's date there [closing-date]"
            ])
    }
}
