import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test("`codicil render` prints an edition; `-o` writes it; a bad file exits 1 with its diagnostics")
    func render() throws {
        let text = try CodicilBinary.run(["render", "policy-src/fujixerox-privacy/2012-12-01.xml", "--format", "txt"])
        #expect(text.status == 0)
        #expect(text.standardOutput.contains("\n4. Disclosure of Personal Information to Third Parties\n"))
        let invalid = "Tests/PolicySourceTests/Fixtures/invalid/invalid-date.xml"
        let bad = try CodicilBinary.run(["render", invalid, "--format", "html"])
        #expect(bad.status != 0)
        #expect((bad.standardOutput + bad.standardError).contains("invalid-date.xml:5:13: error: effective date '2023-02-29'"))
    }

    @Test("`codicil build` into a fresh folder, then `--check` passes; a changed file makes it fail")
    func buildAndCheck() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("site").path
        let build = try CodicilBinary.run(["build", "--output", output, "--as-of", "2026-01-01"])
        #expect(build.status == 0)
        #expect(FileManager.default.fileExists(atPath: output + "/fujixerox-privacy/2012-12-01/policy.md"))
        #expect(try CodicilBinary.run(["build", "--output", output, "--as-of", "2026-01-01", "--check"]).status == 0)
        try Data("tampered".utf8).write(to: URL(fileURLWithPath: output + "/fujixerox-privacy/2012-12-01/policy.txt"))
        let stale = try CodicilBinary.run(["build", "--output", output, "--as-of", "2026-01-01", "--check"])
        #expect(stale.status != 0)
        #expect((stale.standardOutput + stale.standardError).contains("fujixerox-privacy/2012-12-01/policy.txt"))
    }
}
