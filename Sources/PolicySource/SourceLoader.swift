import Foundation
import PolicyModel

/// What loading source paths gave: every policy that parsed cleanly, and every problem found.
public struct LoadResult: Sendable {
    /// Each policy directory's revisions, sorted by policy id.
    public var histories: [PolicyHistory]
    /// Every problem, sorted by file and position.
    public var diagnostics: [Diagnostic]
    /// How many source files were read.
    public var fileCount: Int
}

/// Finds and parses source files, and checks what only a policy directory can show.
public enum SourceLoader {
    /// Loads files and directories. A directory holding `.xml` files is a policy directory;
    /// its subdirectories are searched too, so `policy-src` loads every policy in it.
    /// `parse` parses the files found and returns their results in the same order; by default
    /// one after another (a build passes one that spreads them over every core).
    public static func load(
        paths: [String], parse: ([String]) -> [ParseResult] = { $0.map { PolicyParser.parse(fileAtPath: $0) } }
    ) -> LoadResult {
        let (groups, found) = sourceGroups(paths)
        var diagnostics = found
        let files = groups.flatMap(\.files)
        LibXML.initialize()
        let results = parse(files)
        var byPath: [String: ParseResult] = [:]
        for result in results { byPath[result.path] = result }
        var histories: [PolicyID: [Policy]] = [:]
        for group in groups {
            let parsed = group.files.compactMap { byPath[$0] }
            if let directory = group.directory {
                diagnostics += checkDirectory(directory, parsed)
            }
            for result in parsed {
                diagnostics += result.diagnostics
                if let policy = result.policy { histories[policy.id, default: []].append(policy) }
            }
        }
        let sorted = histories.keys.sorted().map { PolicyHistory(id: $0, revisions: histories[$0]!) }
        return LoadResult(histories: sorted, diagnostics: Diagnostic.sorted(diagnostics), fileCount: files.count)
    }

    /// The source files that paths name: a file as it is, and a directory's `.xml` files, its
    /// subdirectories' too; a path that does not exist and a skipped link are diagnostics.
    public static func sourceFiles(_ paths: [String]) -> (files: [String], diagnostics: [Diagnostic]) {
        let (groups, diagnostics) = sourceGroups(paths)
        return (groups.flatMap(\.files), diagnostics)
    }

    /// The files of each path, grouped by the policy directory that holds them (none for a file named alone).
    private static func sourceGroups(
        _ paths: [String]
    ) -> (groups: [(directory: String?, files: [String])], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var groups: [(directory: String?, files: [String])] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(
                    Diagnostic(.error, "not-found", "no such file or directory", at: SourceLocation(file: path, line: 1)))
                continue
            }
            if isDirectory.boolValue {
                let search = policyDirectories(under: path)
                groups += search.found.map { ($0.directory, $0.files) }
                diagnostics += search.skipped
            } else {
                groups.append((nil, [path]))
            }
        }
        return (groups, diagnostics)
    }

    /// Every directory at or under `root` that directly holds `.xml` files, with those files
    /// sorted, and a warning for each symbolic link to a folder found on the way: such links are
    /// not followed, so a link that loops back cannot make the search run forever.
    static func policyDirectories(under root: String) -> (found: [(directory: String, files: [String])], skipped: [Diagnostic]) {
        var found: [(directory: String, files: [String])] = []
        var skipped: [Diagnostic] = []
        var pending = [root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root]
        while let folder = pending.popLast() {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            let xml = entries.filter { $0.hasSuffix(".xml") }.sorted().map { "\(folder)/\($0)" }
            if !xml.isEmpty { found.append((folder, xml)) }
            var subfolders: [String] = []
            for entry in entries.sorted() where !entry.hasPrefix(".") {
                let path = "\(folder)/\(entry)"
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    subfolders.append(path)
                case S_IFLNK:
                    var target = stat()
                    let broken = stat(path, &target) != 0
                    if broken || target.st_mode & S_IFMT == S_IFDIR {
                        let message =
                            broken
                            ? "symbolic link that leads nowhere skipped"
                            : "symbolic link to a folder not followed; put the policy folder itself here"
                        skipped.append(
                            Diagnostic(.warning, "symlink-skipped", message, at: SourceLocation(file: path, line: 0)))
                    }
                default:
                    break
                }
            }
            pending += subfolders.reversed()
        }
        return (found, skipped)
    }

    /// File names that are not their effective date, repeated dates, and policy ids that differ
    /// from the directory's name.
    static func checkDirectory(_ directory: String, _ results: [ParseResult]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstByDate: [PolicyDate: String] = [:]
        let directoryName = (directory as NSString).lastPathComponent
        func fileName(_ path: String) -> String {
            ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        }
        // Files named for their date come first, so a repeated date is reported on the misnamed file.
        let ordered = results.filter { fileName($0.path) == $0.policy?.revision.effective.description }
            + results.filter { fileName($0.path) != $0.policy?.revision.effective.description }
        for result in ordered {
            guard let policy = result.policy else { continue }
            let name = fileName(result.path)
            let date = policy.revision.effective
            let at = result.effectiveDateLocation
            if name != date.description {
                diagnostics.append(
                    Diagnostic(
                        .error, "file-name",
                        "file name '\(name).xml' does not match the effective date; name it '\(date).xml'", at: at))
            }
            if let first = firstByDate[date] {
                diagnostics.append(
                    Diagnostic(
                        .error, "duplicate-date",
                        "revision effective \(date) repeats the date of \((first as NSString).lastPathComponent)", at: at))
            } else {
                firstByDate[date] = result.path
            }
            if policy.id.rawValue != directoryName {
                diagnostics.append(
                    Diagnostic(
                        .error, "policy-id",
                        "policy id '\(policy.id)' differs from its directory '\(directoryName)'", at: policy.location))
            }
        }
        return diagnostics
    }
}
