import Foundation
import Testing

@Suite struct FmtCommandTests {
    static let sourceFixtures = CodicilBinary.packageRoot.appendingPathComponent("Tests/PolicySourceTests/Fixtures/fmt")

    /// A scratch folder with `policy-src/example/2024-04-01.xml`, a copy of the messy fixture.
    static func scratch() throws -> (folder: URL, file: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-fmt-\(UUID().uuidString)")
        let policy = folder.appendingPathComponent("policy-src/example")
        try FileManager.default.createDirectory(at: policy, withIntermediateDirectories: true)
        let file = policy.appendingPathComponent("2024-04-01.xml")
        try FileManager.default.copyItem(at: sourceFixtures.appendingPathComponent("messy.xml"), to: file)
        return (folder, file)
    }

    @Test("fmt --check lists what is not formatted and exits 1; fmt formats it; then --check passes")
    func checkThenFormat() throws {
        let (folder, file) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Data(contentsOf: file)
        let check = try CodicilBinary.run(["fmt", "--check"], in: folder)
        #expect(check.status == 1)
        #expect(check.standardOutput == "policy-src/example/2024-04-01.xml: not formatted\n")
        #expect(try Data(contentsOf: file) == before)

        let format = try CodicilBinary.run(["fmt", "policy-src"], in: folder)
        #expect(format.status == 0)
        #expect(format.standardOutput == "formatted policy-src/example/2024-04-01.xml\n")
        #expect(
            try Data(contentsOf: file)
                == Data(contentsOf: Self.sourceFixtures.appendingPathComponent("messy.formatted.xml")))

        let again = try CodicilBinary.run(["fmt", "--check", "policy-src"], in: folder)
        #expect(again.status == 0)
        #expect(again.standardOutput == "")
        let twice = try CodicilBinary.run(["fmt"], in: folder)
        #expect(twice.status == 0 && twice.standardOutput == "")
    }

    @Test("a source with bad XML is reported with its position, and no file is written")
    func badSource() throws {
        let (folder, file) = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = folder.appendingPathComponent("policy-src/example/2024-05-01.xml")
        try Data("<policy xmlns=\"urn:x-codicil:policy:1\">\n  <title>T</titel>\n</policy>\n".utf8).write(to: bad)
        let before = try Data(contentsOf: file)
        let run = try CodicilBinary.run(["fmt"], in: folder)
        #expect(run.status == 1)
        #expect(run.standardOutput == "")
        #expect(
            run.standardError
                == "policy-src/example/2024-05-01.xml:2:19: error: Opening and ending tag mismatch: title line 2 and titel [xml]\n"
        )
        #expect(try Data(contentsOf: file) == before)
        let missing = try CodicilBinary.run(["fmt", "nowhere.xml"], in: folder)
        #expect(missing.status == 1)
        #expect(missing.standardError == "nowhere.xml:1: error: no such file or directory [not-found]\n")
    }

    @Test("the shipped sources are formatted")
    func shipped() throws {
        let run = try CodicilBinary.run(["fmt", "--check", "policy-src"])
        #expect(run.status == 0)
        #expect(run.standardOutput == "")
    }
}
