import Foundation
import PolicyDiff
import PolicyModel
import PolicyRules
import PolicySource

/// Finds every revision that changed since a git ref under the given paths (since the branch
/// left the ref: their merge base), and diffs each new or edited one against the revision it
/// follows in the working tree's ordering by effective date (an edited revision against its own
/// version at the ref).
enum GitBaseInputs {
    /// The comparisons, sorted by folder and file name, or every problem found.
    static func load(paths: [String], ref: String) -> Result<[RevisionComparison], DiffInputs.Trouble> {
        var messages: [String] = []
        var byFolder: [String: [Git.ChangedFile]] = [:]
        // The commit the ref names in each folder's repository (paths may lie in several).
        var commits: [String: String] = [:]
        for path in paths {
            guard let place = GitPlace(path) else {
                messages.append("\(path):1: error: no such file or directory [not-found]")
                continue
            }
            do {
                let commit = try Git.forkPoint(of: try Git.commit(ref, in: place.directory), in: place.directory)
                for file in try Git.changedFiles(since: commit, in: place.directory, pathspec: place.pathspec)
                where file.path.hasSuffix(".xml") {
                    let shown = place.prefix + file.path
                    let folder = (shown as NSString).deletingLastPathComponent
                    if byFolder[folder, default: []].contains(where: { $0.path == shown }) { continue }
                    commits[folder] = commit
                    byFolder[folder, default: []].append(Git.ChangedFile(path: shown, status: file.status))
                }
            } catch {
                // A ref that is not a commit fails the same way for every path: say it once.
                return .failure(
                    DiffInputs.Trouble(messages: messages + ["\(path): error: --git-base: \(error.message) [git]"]))
            }
        }
        var comparisons: [RevisionComparison] = []
        var diagnostics: [Diagnostic] = []
        for folder in byFolder.keys.sorted() {
            let files = byFolder[folder, default: []].sorted { $0.path < $1.path }
            let compared = compare(files, in: folder, commit: commits[folder, default: ""], ref: ref)
            comparisons += compared.comparisons
            diagnostics += compared.diagnostics
        }
        messages += Diagnostic.sorted(Array(Set(diagnostics.filter { $0.severity == .error }))).map(\.description)
        return messages.isEmpty ? .success(comparisons) : .failure(DiffInputs.Trouble(messages: messages))
    }

    /// The comparisons for the changed files of one folder.
    private static func compare(
        _ files: [Git.ChangedFile], in folder: String, commit: String, ref: String
    ) -> (comparisons: [RevisionComparison], diagnostics: [Diagnostic]) {
        // The revision an added file follows is found among the folder's revisions as they are now.
        let loaded =
            files.contains { $0.status == .added } ? SourceLoader.load(paths: [folder.isEmpty ? "." : folder]) : nil
        if let loaded, loaded.diagnostics.containsErrors { return ([], loaded.diagnostics) }
        // Keyed by file name: every file here is in this one folder, however its path is spelled.
        var byName: [String: Policy] = [:]
        for policy in loaded?.histories.flatMap(\.revisions) ?? [] { byName[name(policy.location.file)] = policy }
        var comparisons: [RevisionComparison] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            var comparison = RevisionComparison(path: file.path, status: file.status, folder: folder)
            switch file.status {
            case .deleted:
                break
            case .added:
                guard let new = byName[name(file.path)],
                    let history = loaded?.histories.first(where: { $0.id == new.id })
                else { continue }
                (comparison.language, comparison.title) = (new.language, new.title.plainText())
                if let old = history.predecessor(of: new.revision.effective) {
                    comparison.comparedWith = name(old.location.file)
                    comparison.assessment = RulesSource.assessment(from: old, to: new)
                }
            case .edited:
                let new = byName[name(file.path)].map { (policy: Optional($0), diagnostics: [Diagnostic]()) }
                let edited = compareEdited(file.path, now: new ?? parsed(file.path), at: commit, ref: ref)
                diagnostics += edited.diagnostics
                guard let changes = edited.changes else { continue }
                (comparison.language, comparison.comparedWith, comparison.assessment) =
                    (changes.language, "\(ref):\(file.path)", changes.assessment)
                comparison.title = changes.assessment.changes.new.title
            }
            comparisons.append(comparison)
        }
        return (comparisons, diagnostics)
    }

    /// An edited revision, as it is now, against its version at the commit: the diff and the
    /// new revision's language, or nil and the errors of either side.
    private static func compareEdited(
        _ path: String, now new: (policy: Policy?, diagnostics: [Diagnostic]), at commit: String, ref: String
    ) -> (changes: (language: String, assessment: ChangeAssessment)?, diagnostics: [Diagnostic]) {
        let old = earlierVersion(of: path, at: commit, ref: ref)
        let diagnostics = new.diagnostics + old.diagnostics
        guard let newPolicy = new.policy, let oldPolicy = old.policy else { return (nil, diagnostics) }
        return ((newPolicy.language, RulesSource.assessment(from: oldPolicy, to: newPolicy)), diagnostics)
    }

    private static func name(_ path: String) -> String { (path as NSString).lastPathComponent }

    /// The file as it is now, parsed.
    private static func parsed(_ path: String) -> (policy: Policy?, diagnostics: [Diagnostic]) {
        let result = PolicyParser.parse(fileAtPath: path)
        return (result.policy, result.diagnostics)
    }

    /// The file's version at the commit, parsed, named `REF:path` in its diagnostics.
    private static func earlierVersion(of path: String, at commit: String, ref: String) -> (
        policy: Policy?, diagnostics: [Diagnostic]
    ) {
        do {
            let folder = (path as NSString).deletingLastPathComponent
            let bytes = try Git.show(
                (path as NSString).lastPathComponent, at: commit, in: folder.isEmpty ? "." : folder)
            let result = PolicyParser.parse(bytes: Array(bytes), path: "\(ref):\(path)")
            return (result.policy, result.diagnostics)
        } catch {
            let problem = Diagnostic(
                .error, "git", "no version at \(ref): \(error.message)", at: SourceLocation(file: path, line: 1))
            return (nil, [problem])
        }
    }
}

/// Where git runs for one path the user gave, and how its answers are spelled back.
private struct GitPlace {
    /// The folder git runs in.
    var directory: String
    /// What git is asked about, relative to `directory`.
    var pathspec: String
    /// What comes before each path git answers with, so it reads as the user's path.
    var prefix: String

    /// Nil when nothing is at `path`.
    init?(_ path: String) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
            (directory, pathspec, prefix) = (trimmed, ".", trimmed == "." ? "" : trimmed == "/" ? "/" : trimmed + "/")
        } else {
            let parent = (path as NSString).deletingLastPathComponent
            (directory, pathspec, prefix) = (
                parent.isEmpty ? "." : parent, (path as NSString).lastPathComponent, parent.isEmpty ? "" : parent + "/"
            )
        }
    }
}
