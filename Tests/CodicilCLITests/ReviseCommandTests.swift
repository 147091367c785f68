import Foundation
import Testing

@Suite struct ReviseCommandTests {
    @Test("`codicil revise` copies the latest revision under a new date, and the result checks clean")
    func revise() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-revise-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let policy = folder.appendingPathComponent("policy-src/fujixerox-privacy")
        try FileManager.default.createDirectory(at: policy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CodicilBinary.packageRoot.appendingPathComponent("policy-src/fujixerox-privacy/2012-12-01.xml"),
            to: policy.appendingPathComponent("2012-12-01.xml"))

        let run = try CodicilBinary.run(["revise", "fujixerox-privacy", "--effective", "2014-04-01", "--label", "April, 2014"], in: folder)
        #expect(run.status == 0)
        #expect(run.standardOutput == "wrote policy-src/fujixerox-privacy/2014-04-01.xml\n")
        let written = try String(contentsOf: policy.appendingPathComponent("2014-04-01.xml"), encoding: .utf8)
        #expect(written.contains(#"<revision effective="2014-04-01" label="April, 2014"/>"#))
        #expect(written.contains(#"<item id="disclosure-payment">"#))
        #expect(try CodicilBinary.run(["check"], in: folder).status == 0)

        let again = try CodicilBinary.run(["revise", "fujixerox-privacy", "--effective", "2014-04-01"], in: folder)
        #expect(again.status == 1)
        #expect(again.standardError == "error: the latest revision takes effect 2014-04-01; a new one must come after it\n")
        let badDate = try CodicilBinary.run(["revise", "fujixerox-privacy", "--effective", "2014-02-30"], in: folder)
        #expect(badDate.status == 64)
    }
}
