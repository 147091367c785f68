#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Every file under some folders with its size and modification time: two snapshots differ
/// when a file was added, removed, renamed or written. Hidden entries (an editor's swap files)
/// are left out, as the source loader and the templates loader leave them out.
struct FolderSnapshot: Equatable, Sendable {
    /// One file or folder, by path, with what changes when it is written.
    struct Entry: Equatable, Sendable {
        var path: String
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
    }

    /// The entries in the order the folders were walked, each folder's names sorted.
    private(set) var entries: [Entry] = []

    /// Walks each folder (a missing one holds nothing), following symbolic links no deeper than
    /// `depthLimit` folders, so a link to a parent cannot loop.
    ///
    /// - Complexity: O(n log n) for n entries, one `stat` each.
    init(_ folders: [String], depthLimit: Int = 16) {
        for folder in folders { walk(folder, depth: 0, limit: depthLimit) }
    }

    private mutating func walk(_ path: String, depth: Int, limit: Int) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            entries.append(Entry(status, path: path))
            return
        }
        // A folder by its path alone: its time changes with hidden files too, and a file
        // added or removed changes the list anyway.
        entries.append(Entry(path: path, size: 0, seconds: 0, nanoseconds: 0, inode: 0))
        guard depth < limit else { return }
        for name in Self.names(in: path) where !name.hasPrefix(".") {
            walk(path + "/" + name, depth: depth + 1, limit: limit)
        }
    }

    /// The names in a folder, sorted; none when it cannot be read.
    private static func names(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }
}

extension FolderSnapshot.Entry {
    fileprivate init(_ status: stat, path: String) {
        #if canImport(Darwin)
            let time = status.st_mtimespec
        #else
            let time = status.st_mtim
        #endif
        self.init(
            path: path, size: Int64(status.st_size), seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec),
            inode: UInt64(status.st_ino))
    }
}
