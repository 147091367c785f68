import Foundation

extension Git {
    /// How a file differs from its version at a commit.
    enum FileStatus: String {
        case added
        case edited
        case deleted
    }

    /// A file that differs between a commit and the working tree.
    struct ChangedFile: Equatable {
        /// The path relative to the folder git was run in.
        var path: String
        var status: FileStatus
    }

    /// Every file at or under `pathspec` (relative to `directory`) that the working tree adds,
    /// edits or deletes since `commit`, untracked files included (ignored ones are not), sorted
    /// by path. The commit is one `commit(_:in:)` verified; pathspecs are taken literally.
    static func changedFiles(since commit: String, in directory: String, pathspec: String) throws(GitError)
        -> [ChangedFile]
    {
        let tracked = try run(
            [
                "--literal-pathspecs", "diff", "--name-status", "--no-renames", "--relative", "-z", "--end-of-options",
                commit, "--", pathspec,
            ], in: directory)
        guard tracked.status == 0 else { throw GitError(tracked.reason("git diff failed")) }
        var files: [ChangedFile] = []
        var fields = tracked.output.split(separator: 0, omittingEmptySubsequences: true).map {
            String(decoding: $0, as: UTF8.self)
        }
        while fields.count >= 2 {
            let (code, path) = (fields.removeFirst(), fields.removeFirst())
            files.append(ChangedFile(path: path, status: code == "A" ? .added : code == "D" ? .deleted : .edited))
        }
        let untracked = try run(
            ["--literal-pathspecs", "ls-files", "--others", "--exclude-standard", "-z", "--", pathspec], in: directory)
        guard untracked.status == 0 else { throw GitError(untracked.reason("git ls-files failed")) }
        for path in untracked.output.split(separator: 0, omittingEmptySubsequences: true) {
            files.append(ChangedFile(path: String(decoding: path, as: UTF8.self), status: .added))
        }
        return files.sorted { $0.path < $1.path }
    }
}
