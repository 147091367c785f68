import Foundation
import Testing

@testable import PolicyServe

@Suite struct FolderSnapshotTests {
    @Test("A snapshot changes when a file is written, added, renamed or removed, not when a hidden file is")
    func changes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "codicil-snapshot-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("p"), withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("p/2020-01-01.xml")
        try Data("<policy/>".utf8).write(to: file)
        let first = FolderSnapshot([folder.path])
        #expect(FolderSnapshot([folder.path]) == first)
        #expect(first.entries.map(\.path) == [folder.path, folder.path + "/p", file.path])

        try Data(".swp".utf8).write(to: folder.appendingPathComponent("p/.2020-01-01.xml.swp"))
        #expect(FolderSnapshot([folder.path]) == first)

        try Data("<policy/>!".utf8).write(to: file)
        let written = FolderSnapshot([folder.path])
        #expect(written != first)

        let renamed = folder.appendingPathComponent("p/2021-01-01.xml")
        try FileManager.default.moveItem(at: file, to: renamed)
        let moved = FolderSnapshot([folder.path])
        #expect(moved != written)

        try FileManager.default.removeItem(at: renamed)
        #expect(FolderSnapshot([folder.path]) != moved)
        #expect(FolderSnapshot([folder.path + "/absent"]).entries.isEmpty)
    }
}
