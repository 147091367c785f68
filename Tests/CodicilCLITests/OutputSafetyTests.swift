import Foundation
import Testing

/// `codicil build --output` and `-o` replace only what is theirs: refusals leave every byte on
/// disk as it was, say why in one line, and exit non-zero.
@Suite struct OutputSafetyTests {
    /// A scratch project: a copy of the shipped policy-src and a README beside it.
    struct Project {
        let root: URL

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-project-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: CodicilBinary.packageRoot.appendingPathComponent("policy-src"), to: root.appendingPathComponent("policy-src"))
            try Data("# A project\n".utf8).write(to: root.appendingPathComponent("README.md"))
        }

        func remove() { try? FileManager.default.removeItem(at: root) }

        /// Every file and link under the project, with its bytes or its target.
        func snapshot() -> [String: Data] {
            var result: [String: Data] = [:]
            let manager = FileManager.default
            guard let enumerator = manager.enumerator(atPath: root.path) else { return result }
            while let path = enumerator.nextObject() as? String {
                let full = root.path + "/" + path
                if let target = try? manager.destinationOfSymbolicLink(atPath: full) {
                    result[path] = Data(("link → " + target).utf8)
                } else if let data = manager.contents(atPath: full) {
                    result[path] = data
                } else {
                    result[path] = Data("folder".utf8)
                }
            }
            return result
        }
    }

    static let refusals: [(output: String, message: String)] = [
        ("", "--output: error: the output path is empty; name the folder to build the site in [output]"),
        (".", ".: error: is the current folder; name a folder for the site inside it [output]"),
        ("..", "..: error: holds the current folder; name a folder for the site inside it [output]"),
        ("policy-src", "policy-src: error: is the source folder; the site must go elsewhere [output]"),
        ("./policy-src/", "./policy-src/: error: is the source folder; the site must go elsewhere [output]"),
        (
            "policy-src/fujixerox-privacy",
            "policy-src/fujixerox-privacy: error: is inside the source folder policy-src; the site must go elsewhere [output]"
        ),
        ("README.md", "README.md: error: is a file, not a folder; the site must go in a folder [output]"),
    ]

    @Test("build --output refuses what it must not replace, and changes nothing", arguments: refusals)
    func refusal(output: String, message: String) throws {
        let project = try Project()
        defer { project.remove() }
        let before = project.snapshot()
        let run = try CodicilBinary.run(["build", "--output", output, "--as-of", "2026-01-01"], in: project.root)
        #expect(run.status == 1)
        #expect(run.standardError == message + "\n")
        #expect(run.standardOutput.isEmpty)
        #expect(project.snapshot() == before)
    }

    @Test("build --output refuses a folder that holds the source, the templates folder, and a folder it did not build")
    func foreignFolders() throws {
        let project = try Project()
        defer { project.remove() }
        let manager = FileManager.default
        try manager.createDirectory(at: project.root.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: project.root.appendingPathComponent("notes/todo.txt"))
        try manager.copyItem(
            at: CodicilBinary.packageRoot.appendingPathComponent("Templates"), to: project.root.appendingPathComponent("look"))
        let before = project.snapshot()
        let cases: [([String], String)] = [
            (["--source", "policy-src/fujixerox-privacy", "--output", "policy-src"],
             "policy-src: error: holds the source folder policy-src/fujixerox-privacy; the site must go elsewhere [output]"),
            (["--templates", "look", "--output", "look"], "look: error: is the templates folder; the site must go elsewhere [output]"),
            (["--output", "notes"],
             "notes: error: is not empty and was not built by Codicil (it has no .codicil-site file); name a new or empty folder, "
                + "or remove this one yourself [output]"),
        ]
        for (arguments, message) in cases {
            let run = try CodicilBinary.run(["build", "--as-of", "2026-01-01"] + arguments, in: project.root)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.standardError == message + "\n")
        }
        #expect(project.snapshot() == before)
    }

    @Test("build writes into an empty folder, marks the site, and replaces a site it built")
    func replacesOnlyItsOwnSite() throws {
        let project = try Project()
        defer { project.remove() }
        let site = project.root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let first = try CodicilBinary.run(["build", "--output", "site", "--as-of", "2026-01-01"], in: project.root)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(FileManager.default.fileExists(atPath: site.path + "/.codicil-site"))
        try Data("stale".utf8).write(to: site.appendingPathComponent("old.html"))
        let second = try CodicilBinary.run(["build", "--output", "site", "--as-of", "2026-01-01"], in: project.root)
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardOutput.contains("removed old.html"))
        #expect(!FileManager.default.fileExists(atPath: site.path + "/old.html"))
        let check = try CodicilBinary.run(["build", "--output", "site", "--as-of", "2026-01-01", "--check"], in: project.root)
        #expect(check.status == 0, "\(check.standardOutput)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("a second build while one holds the folder's lock says so and changes nothing")
    func concurrentBuild() throws {
        let project = try Project()
        defer { project.remove() }
        let lock = open(project.root.path + "/.site.lock", O_RDWR | O_CREAT, 0o644)
        #expect(lock >= 0)
        #expect(flock(lock, LOCK_EX | LOCK_NB) == 0)
        let run = try CodicilBinary.run(["build", "--output", "site", "--as-of", "2026-01-01"], in: project.root)
        close(lock)
        #expect(run.status == 1)
        let site = project.root.appendingPathComponent("site").path
        #expect(
            run.standardError.hasPrefix(
                "\(site): error: another codicil build is writing this folder; try again when it has finished [build-busy]\n"))
        #expect(!FileManager.default.fileExists(atPath: site))
        let after = try CodicilBinary.run(["build", "--output", "site", "--as-of", "2026-01-01"], in: project.root)
        #expect(after.status == 0, "\(after.standardError)")
    }

    @Test("a source folder that holds no policy is an error, not a site with every policy removed")
    func emptySource() throws {
        let project = try Project()
        defer { project.remove() }
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        let run = try CodicilBinary.run(["build", "--source", "empty", "--output", "site"], in: project.root)
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("empty: error: holds no policy source (.xml) in it or its folders; nothing to build [no-policy]\n"))
        #expect(!FileManager.default.fileExists(atPath: project.root.path + "/site"))
    }

    @Test("--base-url takes only http and https addresses")
    func baseURL() throws {
        let project = try Project()
        defer { project.remove() }
        for command in [["build", "--output", "site"], ["changelog", "policy-src/fujixerox-privacy"]] {
            let run = try CodicilBinary.run(command + ["--base-url", "javascript:alert(1)//"], in: project.root)
            #expect(run.status == 64)
            #expect(run.standardError.hasPrefix("Error: --base-url 'javascript:alert(1)//' is not an http or https address\n"))
        }
        #expect(!FileManager.default.fileExists(atPath: project.root.path + "/site"))
    }

    @Test("-o writes through a symbolic link to its target, and never replaces a pipe or a folder")
    func renderOutputFile() throws {
        let project = try Project()
        defer { project.remove() }
        let source = "policy-src/fujixerox-privacy/2012-12-01.xml"
        let manager = FileManager.default
        try Data("old".utf8).write(to: project.root.appendingPathComponent("target.txt"))
        try manager.createSymbolicLink(atPath: project.root.path + "/link.txt", withDestinationPath: "target.txt")
        let linked = try CodicilBinary.run(["render", source, "--format", "txt", "-o", "link.txt"], in: project.root)
        #expect(linked.status == 0, "\(linked.standardError)")
        #expect(try manager.destinationOfSymbolicLink(atPath: project.root.path + "/link.txt") == "target.txt")
        let text = try String(contentsOf: project.root.appendingPathComponent("target.txt"), encoding: .utf8)
        #expect(text.contains("4. Disclosure of Personal Information to Third Parties"))

        #expect(mkfifo(project.root.path + "/pipe", 0o644) == 0)
        let before = project.snapshot()
        let pipe = try CodicilBinary.run(["render", source, "--format", "txt", "-o", "pipe"], in: project.root)
        #expect(pipe.status == 1)
        #expect(pipe.standardError == "pipe: error: is a device, pipe or socket, not a regular file; nothing was written [output]\n")
        let folder = try CodicilBinary.run(["render", source, "--format", "txt", "-o", "policy-src"], in: project.root)
        #expect(folder.status == 1)
        #expect(folder.standardError == "policy-src: error: is a folder, not a file [output]\n")
        let missing = try CodicilBinary.run(["render", source, "--format", "txt", "-o", "no/such/folder.txt"], in: project.root)
        #expect(missing.status == 1)
        #expect(missing.standardError == "no/such/folder.txt: error: cannot write: No such file or directory [output]\n")
        #expect(project.snapshot() == before)
        var status = stat()
        #expect(lstat(project.root.path + "/pipe", &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    }
}
