import Foundation

/// Where fixtures, the package and the shared corpus are, found from this source file.
enum Paths {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `../shared` beside the package, when it is there.
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let corpus = shared.appendingPathComponent("corpus")
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"

    /// Every corpus document as (policy, date, path), sorted; empty when the corpus is absent.
    static var corpusDocuments: [(policy: String, date: String, path: String)] {
        let manager = FileManager.default
        let policies = ((try? manager.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
        return policies.flatMap { policy -> [(String, String, String)] in
            let folder = corpus.appendingPathComponent(policy)
            let files = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
            return files.map { (policy, String($0.dropLast(3)), folder.appendingPathComponent($0).path) }
        }
    }
}
