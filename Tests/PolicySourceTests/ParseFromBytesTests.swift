import Foundation
import PolicySource
import Testing

@Suite("Parsing from bytes")
struct ParseFromBytesTests {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("policy-src/fujixerox-privacy/2012-12-01.xml").path

    @Test("Bytes held in memory (as `git show` gives them) parse to the same policy as the file")
    func sameAsFile() throws {
        let data = try #require(FileManager.default.contents(atPath: Self.source))
        let fromBytes = PolicyParser.parse(bytes: Array(data), path: Self.source)
        let fromFile = PolicyParser.parse(fileAtPath: Self.source)
        #expect(fromBytes.diagnostics.isEmpty)
        #expect(fromBytes.policy != nil && fromBytes.policy == fromFile.policy)
    }
}
