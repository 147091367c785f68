import Foundation
import Testing

/// The review script's posting step, with a stand-in for `gh` that records what it was asked
/// and answers the comment search with the ids it is given.
@Suite("Pull-request review: posting or updating the one comment")
struct PullRequestPostingTests {
    static let stub = """
        #!/usr/bin/env bash
        printf '%s\\n' "$*" >>"$GH_LOG"
        for argument in "$@"; do
          case $argument in body=@*) cp "${argument#body=@}" "$GH_BODY" ;; esac
        done
        case " $* " in *" --paginate "*) if [ -n "${GH_EXISTING:-}" ]; then printf '%s\\n' "$GH_EXISTING"; fi ;; esac
        exit 0

        """

    /// (whether the branch adds a revision, the ids of marked comments already there, the
    /// request that should follow the search, or nil for none)
    static let cases: [(changed: Bool, existing: String, request: String?)] = [
        (true, "", "api --method POST repos/example/policies/issues/7/comments -F body=@"),
        (true, "77\n78", "api --method PATCH repos/example/policies/issues/comments/77 -F body=@"),
        (false, "", nil),
        (false, "77", "api --method PATCH repos/example/policies/issues/comments/77 -F body=@"),
    ]

    @Test("a change is posted, or updates the comment already there; no change posts nothing new", arguments: cases)
    func posting(_ example: (changed: Bool, existing: String, request: String?)) throws {
        let (repository, source) = try PullRequestReviewTests.repositoryWithShippedPolicy()
        defer { repository.delete() }
        if example.changed {
            try repository.write(
                try PullRequestReviewTests.april(source), to: "\(PullRequestReviewTests.folder)/2013-04-01.xml")
        }
        let tools = repository.root.appendingPathComponent(".tools")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        try Data(Self.stub.utf8).write(to: tools.appendingPathComponent("gh"))
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: tools.appendingPathComponent("gh").path)
        let log = repository.root.appendingPathComponent(".gh.log")
        let body = repository.root.appendingPathComponent(".gh-body.md")
        let run = try repository.run(
            "/bin/bash", [PullRequestReviewTests.script],
            extra: [
                "BASE_REF": "main", "CODICIL": CodicilBinary.url.path, "GITHUB_REPOSITORY": "example/policies",
                "PR_NUMBER": "7", "GH_LOG": log.path, "GH_BODY": body.path, "GH_EXISTING": example.existing,
                "PATH": tools.path + ":" + (ScratchRepository.environment["PATH"] ?? "/usr/bin:/bin"),
            ])
        #expect(run.status == 0, "\(run.standardError)")
        let calls = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(calls.first?.hasPrefix("api --paginate repos/example/policies/issues/7/comments --jq ") == true)
        #expect(
            calls.dropFirst().map { $0.prefix(example.request?.count ?? 0) } == example.request.map { [$0[...]] } ?? [])
        guard example.request != nil else { return }
        let posted = try String(contentsOf: body, encoding: .utf8)
        if example.changed {
            try Golden.expect(
                posted, matches: PullRequestReviewTests.fixtures.appendingPathComponent("one-revision.md"))
        } else {
            #expect(
                posted == "<!-- codicil-redline -->\n**Policy redline** since `main`: no policy revision changed.\n")
        }
    }
}
