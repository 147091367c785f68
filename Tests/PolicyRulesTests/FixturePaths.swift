import Foundation

/// Where the rules test fixtures and the shipped policy are, found from this source file.
enum FixturePaths {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shippedExample = packageRoot.appendingPathComponent("policy-src/fujixerox-privacy/2012-12-01.xml")
}
