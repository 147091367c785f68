import Foundation
import Testing

/// Failures a hostile or unlucky user meets: each is reported in one line with a non-zero exit,
/// never a crash, a hang, lost output or a write that was not asked for.
@Suite struct FailureReportingTests {
    static let seed = "policy-src/fujixerox-privacy/2012-12-01.xml"
    static let lint = "Tests/PolicyRulesTests/Fixtures/lint/never-matches.xml"

    /// Every command that prints, with the exit status that means trouble for it.
    static let printing: [(arguments: [String], status: Int32)] = [
        (["render", seed, "--format", "md"], 1),
        (["diff", seed, "Tests/PolicyDiffTests/Fixtures/word-change/new.xml"], 2),
        (["changelog", "policy-src/fujixerox-privacy"], 1),
        (["notify", "policy-src/fujixerox-privacy", "--revision", "2012-12-01"], 1),
        (["check", "policy-src", "--format", "json"], 1),
        (["rules", "export", seed, "--format", "cedar"], 1),
        (["rules", "list", seed], 1),
        (["rules", "check", seed, "--action", "use"], 2),
        (["schema"], 1),
        (["import", "Tests/PolicyImportTests/Fixtures/notes.md", "--policy", "notes", "--effective", "2024-01-01"], 1),
    ]

    @Test("standard output on a full disk: the write error is reported, exit non-zero", arguments: printing)
    func fullDisk(arguments: [String], status: Int32) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let run = try CodicilBinary.run(arguments, standardOutput: full)
        #expect(run.status == status)
        #expect(run.standardError.hasSuffix("standard output: error: cannot write: No space left on device [write-failed]\n"))
    }

    @Test("standard output into a closed pipe: reported, exit non-zero, no crash", arguments: printing)
    func closedPipe(arguments: [String], status: Int32) throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let run = try CodicilBinary.run(arguments, standardOutput: pipe.fileHandleForWriting)
        #expect(run.status == status)
        #expect(run.standardError.hasSuffix("standard output: error: cannot write: Broken pipe [write-failed]\n"))
    }

    @Test("a rule error that `check` reports stops every command that publishes")
    func ruleErrorsStopPublishing() throws {
        let expected = "never-matches.xml:13:27: error: rule on contradiction both requires and excludes fact 'anonymized', so it never matches [never-matches]"
        let render = try CodicilBinary.run(["render", Self.lint, "--format", "html"])
        #expect(render.status == 1)
        #expect(render.standardOutput.isEmpty)
        #expect(render.standardError.contains("Fixtures/lint/" + expected))
        let export = try CodicilBinary.run(["rules", "export", Self.lint, "--format", "rego"])
        #expect(export.status == 2)
        #expect(export.standardOutput.isEmpty)

        let project = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-lint-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.createDirectory(at: project.appendingPathComponent("src/lint"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CodicilBinary.packageRoot.appendingPathComponent(Self.lint), to: project.appendingPathComponent("src/lint/2024-01-01.xml"))
        let build = try CodicilBinary.run(["build", "--source", "src", "--output", "site"], in: project)
        #expect(build.status == 1)
        #expect(build.standardError.contains("src/lint/2024-01-01.xml:13:27: error: rule on contradiction"))
        #expect(!FileManager.default.fileExists(atPath: project.path + "/site"))
        let changelog = try CodicilBinary.run(["changelog", "src/lint"], in: project)
        #expect(changelog.status == 1)
        #expect(changelog.standardOutput.isEmpty)
    }

    @Test("a symbolic link that loops back is skipped with a warning, not followed forever")
    func symlinkLoop() throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-loop-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.copyItem(
            at: CodicilBinary.packageRoot.appendingPathComponent("policy-src"), to: project.appendingPathComponent("src"))
        try FileManager.default.createSymbolicLink(atPath: project.path + "/src/loop", withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: project.path + "/src/fujixerox-privacy/up", withDestinationPath: "..")
        let check = try CodicilBinary.run(["check", "src"], in: project)
        #expect(check.status == 0)
        #expect(
            check.standardOutput == """
                src/fujixerox-privacy/up: warning: symbolic link to a folder not followed; put the policy folder itself here [symlink-skipped]
                src/loop: warning: symbolic link to a folder not followed; put the policy folder itself here [symlink-skipped]

                """)
        let build = try CodicilBinary.run(["build", "--source", "src", "--output", "site", "--as-of", "2026-01-01"], in: project)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(build.standardError.contains("src/loop: warning: symbolic link to a folder not followed"))
    }

    @Test("--git-base never reaches git's options, and names a ref that is not a commit")
    func gitBaseRefs() throws {
        let repository = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-git-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: repository) }
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: CodicilBinary.packageRoot.appendingPathComponent(Self.seed), to: repository.appendingPathComponent("policy.xml"))
        for arguments in [["init", "-q"], ["add", "policy.xml"], ["-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "-qm", "one"]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git", "-C", repository.path] + arguments
            try git.run()
            git.waitUntilExit()
            try #require(git.terminationStatus == 0, "git \(arguments)")
        }
        let planted = repository.appendingPathComponent("planted").path
        let cases: [(ref: String, message: String)] = [
            ("--output=\(planted)", "'--output=\(planted)' is not a git ref (it starts with '-')"),
            ("HEAD~3", "'HEAD~3' is not a commit in this repository"),
        ]
        for (ref, message) in cases {
            let run = try CodicilBinary.run(["diff", "policy.xml", "--git-base=\(ref)"], in: repository)
            #expect(run.status == 2)
            #expect(run.standardError == "policy.xml: error: --git-base: \(message) [git]\n")
        }
        #expect(!FileManager.default.fileExists(atPath: planted))
        let same = try CodicilBinary.run(["diff", "policy.xml", "--git-base", "HEAD"], in: repository)
        #expect(same.status == 0, "\(same.standardError)")
    }

    @Test("I/O failures are one line naming the path, never a dump of Foundation's error")
    func oneLineErrors() throws {
        let project = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-io-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try Data("a file".utf8).write(to: project.appendingPathComponent("file"))
        let seed = CodicilBinary.packageRoot.appendingPathComponent(Self.seed).path
        let render = try CodicilBinary.run(["render", seed, "-o", "file/edition.html"], in: project)
        #expect(render.status == 1)
        #expect(render.standardError == "file/edition.html: error: cannot write: Not a directory [output]\n")
        let source = CodicilBinary.packageRoot.appendingPathComponent("policy-src").path
        let build = try CodicilBinary.run(["build", "--source", source, "--output", "file/site"], in: project)
        #expect(build.status == 1)
        #expect(build.standardError == "file/site: error: cannot be read: Not a directory [output]\n")
        for run in [render, build] { #expect(!run.standardError.contains("NSCocoaErrorDomain")) }
    }

    @Test("a template that includes itself, or does not parse, is one located line per problem, not a crash")
    func templateProblems() throws {
        let templates = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: templates) }
        try FileManager.default.copyItem(at: CodicilBinary.packageRoot.appendingPathComponent("Templates"), to: templates)
        try Data("x{{> partials/block}}\n".utf8).write(to: templates.appendingPathComponent("html/partials/block.mustache"))
        let cycle = try CodicilBinary.run(["render", Self.seed, "--templates", templates.path])
        #expect(cycle.status == 1)
        #expect(
            cycle.standardError == "\(templates.path)/html/partials/block.mustache:1:2: error: partial 'partials/block' "
                + "includes itself outside {{#subsections}}, so it never stops [template-cycle]\n")
        try Data("{{#x}}\n".utf8).write(to: templates.appendingPathComponent("html/index.mustache"))
        let syntax = try CodicilBinary.run(["render", Self.seed, "--templates", templates.path])
        #expect(syntax.status == 1)
        #expect(
            syntax.standardError
                == "\(templates.path)/html/index.mustache:2:1: error: a section is still open at the end of the template [template-syntax]\n")
        try FileManager.default.removeItem(at: templates.appendingPathComponent("markdown/partials/section.mustache"))
        try FileManager.default.removeItem(at: templates.appendingPathComponent("html"))
        try FileManager.default.copyItem(
            at: CodicilBinary.packageRoot.appendingPathComponent("Templates/html"), to: templates.appendingPathComponent("html"))
        let fallback = try CodicilBinary.run(["render", Self.seed, "--templates", templates.path, "--format", "md"])
        let builtIn = try CodicilBinary.run(["render", Self.seed, "--format", "md"])
        #expect(fallback.status == 0)
        #expect(fallback.standardOutput == builtIn.standardOutput)
        #expect(fallback.standardError == "\(templates.path)/markdown: warning: using the built-in partial 'partials/section' [built-in-partial]\n")
    }
}
