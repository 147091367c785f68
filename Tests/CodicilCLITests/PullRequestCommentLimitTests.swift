import Foundation
import Testing

/// The pull-request comment stays within GitHub's 65,536 characters however large the change.
@Suite("Pull-request comment: GitHub's length limit")
struct PullRequestCommentLimitTests {
    /// A policy of `sections` sections of one paragraph each; with `edited`, every third word of
    /// every paragraph is another word.
    static func source(id: String, effective: String, sections: Int, edited: Bool) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<policy xmlns="urn:x-codicil:policy:1" id="\#(id)" xml:lang="en">"#,
            "  <title>Policy \(id)</title>", "  <publisher>Example Ltd.</publisher>",
            #"  <revision effective="\#(effective)"/>"#,
        ]
        for section in 1...sections {
            let words = (1...30).map { word in edited && word % 3 == 0 ? "revised\(word)" : "word\(section)x\(word)" }
            lines.append(
                #"  <section id="s\#(section)"><heading>Section \#(section)</heading><p>\#(words.joined(separator: " "))</p></section>"#
            )
        }
        return (lines + ["</policy>"]).joined(separator: "\n") + "\n"
    }

    @Test("two large policies: within 65,536 characters, both shown in part, ending with the link to the full redline")
    func largeChange() throws {
        let repository = try ScratchRepository()
        defer { repository.delete() }
        // One policy changes much more than the other; both keep a share of the comment.
        let sizes = ["large": 400, "small": 20]
        for (id, sections) in sizes {
            try repository.write(
                Self.source(id: id, effective: "2020-01-01", sections: sections, edited: false),
                to: "policy-src/\(id)/2020-01-01.xml")
        }
        try repository.commitAll("Two policies")
        for (id, sections) in sizes {
            try repository.write(
                Self.source(id: id, effective: "2021-01-01", sections: sections, edited: true),
                to: "policy-src/\(id)/2021-01-01.xml")
        }
        let url = "https://github.com/example/policies/actions/runs/42"

        let whole = try repository.codicil("diff", "--git-base", "main", "--format", "md", "--comment-limit", "0")
        #expect(whole.status == 1)
        #expect(
            whole.standardOutput.unicodeScalars.count > 2 * 65_536, "the change must be well over the limit to test it")

        let comment = try repository.codicil("diff", "--git-base", "main", "--format", "md", "--full-redline-url", url)
        #expect(comment.status == 1)
        #expect(comment.standardError.isEmpty)
        let markdown = comment.standardOutput
        #expect(markdown.unicodeScalars.count <= 65_536)
        #expect(markdown.unicodeScalars.count > 60_000, "the comment uses the room it has")
        #expect(markdown.hasPrefix("<!-- codicil-redline -->\n"))
        #expect(markdown.hasSuffix("\n**Not everything fits** in 65536 characters; the full redline: <\(url)>\n"))
        #expect(markdown.contains("## Policy large\n") && markdown.contains("## Policy small\n"))
        // The small policy's redline fits whole; the large one is cut, and says how much is left out.
        #expect(markdown.contains("**20 ¶1** · modified"))
        #expect(markdown.ranges(of: "more changed blocks of this revision not shown.").count == 1)
        #expect(markdown.contains("\n\n… 3"), "hundreds of the large policy's blocks are left out")

        // Without an address, the last line says how to print the full redline.
        let local = try repository.codicil("diff", "--git-base", "main", "--format", "md")
        #expect(
            local.standardOutput.hasSuffix(
                "in 65536 characters; `codicil diff --git-base main` prints the full redline\n"))
        #expect(local.standardOutput.unicodeScalars.count <= 65_536)
    }

    @Test(
        "an address that is not http or https is refused before anything runs",
        arguments: ["javascript:alert(1)", "https://x.example/a b", "ftp://x.example"])
    func unsafeAddress(_ address: String) throws {
        let result = try CodicilBinary.run([
            "diff", "--git-base", "HEAD", "--format", "md", "--full-redline-url", address,
        ])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--full-redline-url must be an http or https address"))
    }
}
