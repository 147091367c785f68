import Foundation
import Testing

/// The pull-request recipe end to end: a scratch repository with the shipped policy on `main`,
/// branches that change it, and the workflow's script run with its comment written to a file.
@Suite("Pull-request review: codicil diff --git-base and examples/github/policy-review.sh")
struct PullRequestReviewTests {
    static let fixtures = CodicilBinary.packageRoot.appendingPathComponent(
        "Tests/CodicilCLITests/Fixtures/pull-request")
    static let script = CodicilBinary.packageRoot.appendingPathComponent("examples/github/policy-review.sh").path
    static let shipped = "policy-src/fujixerox-privacy/2012-12-01.xml"
    static let folder = "policy-src/fujixerox-privacy"

    /// A repository with the shipped policy committed on `main`.
    static func repositoryWithShippedPolicy() throws -> (ScratchRepository, String) {
        let repository = try ScratchRepository()
        let source = try String(contentsOf: CodicilBinary.packageRoot.appendingPathComponent(shipped), encoding: .utf8)
        try repository.write(source, to: shipped)
        try repository.commitAll("The shipped policy")
        return (repository, source)
    }

    /// The source as a new revision: a new effective date and label, and one word replaced.
    static func revision(of source: String, effective: String, label: String, replacing old: String, with new: String)
        throws -> String
    {
        let revision = /<revision effective="[0-9-]+" label="[^"]+"\/>/
        try #require(source.firstMatch(of: revision) != nil && source.contains(old))
        return source.replacing(revision, maxReplacements: 1) { _ in
            #"<revision effective="\#(effective)" label="\#(label)"/>"#
        }
        .replacingOccurrences(of: old, with: new)
    }

    /// The April 2013 revision of the shipped policy: "strictly" becomes "carefully" in section 2.
    static func april(_ source: String) throws -> String {
        try revision(
            of: source, effective: "2013-04-01", label: "April, 2013", replacing: "information strictly in",
            with: "information carefully in")
    }

    /// Runs the workflow's script with posting replaced by writing the comment to a file; the
    /// job summary goes to a file too.
    static func review(_ repository: ScratchRepository, base: String = "main") throws -> (
        run: CodicilBinary.Run, comment: String?, summary: String?
    ) {
        let comment = repository.root.appendingPathComponent("comment.md")
        let summary = repository.root.appendingPathComponent("summary.md")
        let run = try repository.run(
            "/bin/bash", [script],
            extra: [
                "BASE_REF": base, "CODICIL": CodicilBinary.url.path, "COMMENT_FILE": comment.path,
                "GITHUB_STEP_SUMMARY": summary.path,
            ])
        return (
            run, try? String(contentsOf: comment, encoding: .utf8), try? String(contentsOf: summary, encoding: .utf8)
        )
    }

    @Test("a branch that adds a revision: the comment is its redline, the script passes, diff exits 1")
    func oneRevision() throws {
        let (repository, source) = try Self.repositoryWithShippedPolicy()
        defer { repository.delete() }
        try repository.git("checkout", "--quiet", "-b", "one-revision")
        let april = try Self.april(source)
        try repository.write(april, to: "\(Self.folder)/2013-04-01.xml")
        try repository.commitAll("April 2013")

        let (run, comment, summary) = try Self.review(repository)
        #expect(run.status == 0, "\(run.standardError)")
        try Golden.expect(try #require(comment), matches: Self.fixtures.appendingPathComponent("one-revision.md"))
        #expect(summary == comment, "the job summary holds the same redline when it fits the comment")

        let diff = try repository.codicil("diff", "--git-base", "main", "--colour", "never")
        #expect(diff.status == 1)
        #expect(diff.standardError.isEmpty)
        #expect(diff.standardOutput.hasPrefix("added \(Self.folder)/2013-04-01.xml, compared with 2012-12-01.xml\n"))
        #expect(diff.standardOutput.contains("[-strictly-] {+carefully+}"))
    }

    @Test("a branch that adds two revisions: the second is compared with the first, in one comment")
    func twoRevisions() throws {
        let (repository, source) = try Self.repositoryWithShippedPolicy()
        defer { repository.delete() }
        try repository.git("checkout", "--quiet", "-b", "two-revisions")
        let april = try Self.april(source)
        let january = try Self.revision(
            of: april, effective: "2014-01-01", label: "January, 2014", replacing: "strictly observes",
            with: "fully observes")
        try repository.write(april, to: "\(Self.folder)/2013-04-01.xml")
        try repository.write(january, to: "\(Self.folder)/2014-01-01.xml")
        try repository.commitAll("April 2013 and January 2014")

        let (run, comment, _) = try Self.review(repository)
        #expect(run.status == 0, "\(run.standardError)")
        let markdown = try #require(comment)
        try Golden.expect(markdown, matches: Self.fixtures.appendingPathComponent("two-revisions.md"))
        #expect(markdown.contains("- added `\(Self.folder)/2014-01-01.xml`, compared with `2013-04-01.xml`"))
        // The January redline is against April, so April's word shows as the old text there.
        #expect(markdown.contains("<del>strictly</del> <ins>fully</ins>"))

        let json = try repository.codicil("diff", "--git-base", "main", "--format", "json")
        #expect(json.status == 1)
        let report = try #require(JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let revisions = try #require(report["revisions"] as? [[String: Any]])
        #expect(report["base"] as? String == "main")
        #expect(
            revisions.map { $0["path"] as? String } == [
                "\(Self.folder)/2013-04-01.xml", "\(Self.folder)/2014-01-01.xml",
            ])
        #expect(revisions.map { $0["status"] as? String } == ["added", "added"])
        #expect(revisions.map { $0["comparedWith"] as? String } == ["2012-12-01.xml", "2013-04-01.xml"])
        #expect(revisions.allSatisfy { ($0["changes"] as? [String: Any])?["summary"] != nil })
    }

    @Test("a policy folder, the source root, one revision file and the default all find the same change")
    func paths() throws {
        let (repository, source) = try Self.repositoryWithShippedPolicy()
        defer { repository.delete() }
        let april = try Self.april(source)
        // Not committed, not even added: a revision just written is part of the change.
        try repository.write(april, to: "\(Self.folder)/2013-04-01.xml")
        let byDefault = try repository.codicil("diff", "--git-base", "main", "--format", "md")
        #expect(byDefault.status == 1)
        for path in ["policy-src", "policy-src/", Self.folder, "\(Self.folder)/2013-04-01.xml"] {
            let run = try repository.codicil("diff", "--git-base", "main", path, "--format", "md")
            #expect(run.status == 1, "\(path)")
            #expect(run.standardError.isEmpty, "\(path)")
            #expect(run.standardOutput == byDefault.standardOutput, "\(path)")
        }
        // The unchanged revision says nothing changed.
        let unchanged = try repository.codicil("diff", "--git-base", "main", Self.shipped)
        #expect(unchanged.status == 0)
        #expect(unchanged.standardOutput == "No policy revision changed since main.\n")
    }

    @Test("nothing changed: exit 0, and the comment says so")
    func noChange() throws {
        let (repository, _) = try Self.repositoryWithShippedPolicy()
        defer { repository.delete() }
        let diff = try repository.codicil("diff", "--git-base", "main")
        #expect(diff.status == 0)
        #expect(diff.standardOutput == "No policy revision changed since main.\n")
        let (run, comment, _) = try Self.review(repository)
        #expect(run.status == 0)
        #expect(comment == "<!-- codicil-redline -->\n**Policy redline** since `main`: no policy revision changed.\n")
    }

    @Test("a ref that does not exist: one line and exit 2, from diff and from the script")
    func missingRef() throws {
        let (repository, _) = try Self.repositoryWithShippedPolicy()
        defer { repository.delete() }
        let diff = try repository.codicil("diff", "--git-base", "no-such-branch")
        #expect(diff.status == 2)
        #expect(diff.standardOutput.isEmpty)
        #expect(
            diff.standardError
                == "policy-src: error: --git-base: 'no-such-branch' is not a commit in this repository [git]\n")
        let (run, comment, _) = try Self.review(repository, base: "no-such-branch")
        #expect(run.status == 2)
        #expect(comment == nil)
        #expect(run.standardError.contains("'no-such-branch' is not a commit in this repository"))
    }

    @Test("an edited revision is compared with its version at the ref; a deleted one is reported")
    func editedAndDeleted() throws {
        let (repository, source) = try Self.repositoryWithShippedPolicy()
        defer { repository.delete() }
        let april = try Self.april(source)
        try repository.write(april, to: "\(Self.folder)/2013-04-01.xml")
        try repository.commitAll("April 2013")
        try repository.git("checkout", "--quiet", "-b", "rework")
        try repository.write(
            source.replacingOccurrences(of: "strictly observes", with: "fully observes"), to: Self.shipped)
        try repository.git("rm", "--quiet", "\(Self.folder)/2013-04-01.xml")
        try repository.commitAll("Edit December 2012, withdraw April 2013")

        let diff = try repository.codicil("diff", "--git-base", "main", "--colour", "never")
        #expect(diff.status == 1)
        let lines = diff.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "edited \(Self.shipped), compared with its version at main")
        #expect(diff.standardOutput.contains("[-strictly-] {+fully+} observes"))
        #expect(lines.dropLast().last == "deleted \(Self.folder)/2013-04-01.xml")
    }

    @Test("a branch behind main: what main gained since the branch left it is not read as deleted")
    func branchBehindTheBase() throws {
        let (repository, source) = try Self.repositoryWithShippedPolicy()
        defer { repository.delete() }
        try repository.git("checkout", "--quiet", "-b", "september")
        try repository.write(
            try Self.revision(
                of: source, effective: "2013-09-01", label: "September, 2013", replacing: "information strictly in",
                with: "information securely in"), to: "\(Self.folder)/2013-09-01.xml")
        try repository.commitAll("September 2013")
        try repository.git("checkout", "--quiet", "main")
        try repository.write(try Self.april(source), to: "\(Self.folder)/2013-04-01.xml")
        try repository.commitAll("April 2013, merged while the branch was open")
        try repository.git("checkout", "--quiet", "september")

        let diff = try repository.codicil("diff", "--git-base", "main", "--colour", "never")
        #expect(diff.status == 1)
        #expect(diff.standardError.isEmpty)
        #expect(diff.standardOutput.hasPrefix("added \(Self.folder)/2013-09-01.xml, compared with 2012-12-01.xml\n"))
        #expect(diff.standardOutput.contains("[-strictly-] {+securely+}"))
        #expect(!diff.standardOutput.contains("2013-04-01"), "main's April revision is not the branch's to report")
    }

    @Test("a source with an error: path:line:column, exit 2 from diff, and the script fails")
    func brokenSource() throws {
        let (repository, source) = try Self.repositoryWithShippedPolicy()
        defer { repository.delete() }
        let broken = try Self.revision(
            of: source, effective: "2013-04-01", label: "April, 2013", replacing: "</title>", with: "</titel>")
        try repository.write(broken, to: "\(Self.folder)/2013-04-01.xml")
        let diff = try repository.codicil("diff", "--git-base", "main", "--format", "md")
        #expect(diff.status == 2)
        #expect(diff.standardOutput.isEmpty)
        #expect(diff.standardError.hasPrefix("\(Self.folder)/2013-04-01.xml:3:"))
        let (run, comment, _) = try Self.review(repository)
        #expect(run.status == 2)
        #expect(comment == nil)
    }

    @Test("a file name with a line break cannot start a line of its own in the comment")
    func lineBreakInName() throws {
        let (repository, source) = try Self.repositoryWithShippedPolicy()
        defer { repository.delete() }
        let name = "\(Self.folder)/old\n# heading.xml"
        try repository.write(source, to: name)
        try repository.commitAll("A misnamed file")
        try repository.git("rm", "--quiet", name)
        let diff = try repository.codicil("diff", "--git-base", "main", "--format", "md")
        #expect(diff.status == 1)
        #expect(diff.standardOutput.contains("\n- deleted `\(Self.folder)/old\u{FFFD}# heading.xml`\n"))
        #expect(!diff.standardOutput.contains("\n# heading"))
    }

    @Test("a new policy is listed with nothing to compare its first revision with; the other policies are left alone")
    func newPolicy() throws {
        let (repository, source) = try Self.repositoryWithShippedPolicy()
        defer { repository.delete() }
        let other = source.replacingOccurrences(of: #"id="fujixerox-privacy""#, with: #"id="acme-privacy""#)
            .replacingOccurrences(
                of: "<title>Fuji Xerox Privacy Policy (Handling of Personal Information)</title>",
                with: "<title>Acme Privacy Policy</title>")
        try #require(other.contains("<title>Acme Privacy Policy</title>"))
        try repository.write(other, to: "policy-src/acme-privacy/2012-12-01.xml")
        let diff = try repository.codicil("diff", "--git-base", "main", "--format", "md")
        #expect(diff.status == 1)
        #expect(
            diff.standardOutput == """
                <!-- codicil-redline -->
                **Policy redline** since `main`: 1 revision changed in 1 policy (1 added).

                ## Acme Privacy Policy

                - added `policy-src/acme-privacy/2012-12-01.xml`, the policy's first revision: nothing to compare it with

                """)
    }

    @Test("a folder outside any git repository: one line that says so, exit 2")
    func notARepository() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-nogit-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("policy-src/p"), withIntermediateDirectories: true)
        // Git must not find a repository in a folder above the temporary one either.
        var environment = ScratchRepository.environment
        environment["GIT_CEILING_DIRECTORIES"] = folder.deletingLastPathComponent().path
        let run = try CodicilBinary.run(["diff", "--git-base", "main"], in: folder, environment: environment)
        #expect(run.status == 2)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError.hasPrefix("policy-src: error: --git-base: not a git repository"))
        #expect(run.standardError.split(separator: "\n").count == 1)
    }
}
