import Foundation

/// Where the test fixtures and the shared project files are, found from this source file.
enum FixturePaths {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared` beside the clone, when it is there.
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let shippedExample = packageRoot.appendingPathComponent("policy-src/fujixerox-privacy/2012-12-01.xml")

    static func names(in folder: String, withExtension pathExtension: String) -> [String] {
        let directory = fixtures.appendingPathComponent(folder)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return entries.filter { $0.hasSuffix("." + pathExtension) }.map { String($0.dropLast(pathExtension.count + 1)) }.sorted()
    }
}
