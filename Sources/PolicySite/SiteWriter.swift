import CPathExchange
import Foundation
import PolicyModel

/// Writes a site to disk all at once, and compares a folder with a site.
public enum SiteWriter {
    /// Replaces the folder at `output` with exactly `files`. Everything is written into a
    /// sibling temporary folder first, then swapped in with one atomic exchange of the two
    /// folders, so at every moment `output` is either the previous site or the new one, whole.
    /// Where the file system cannot exchange folders, it takes two renames instead, and a
    /// failure between them puts the previous folder back.
    public static func write(_ files: SiteFiles, to output: String) throws {
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try makeDirectories(parent.path)
        try SiteLock.holding(target) {
            // Checked again under the lock: only an absent, empty or built folder is replaced.
            try SiteOutput.checkReplaceable(output)
            try swap(files, into: target)
        }
    }

    private static func swap(_ files: SiteFiles, into target: URL) throws {
        let manager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let building = parent.appendingPathComponent(".\(name).building")
        let previous = parent.appendingPathComponent(".\(name).previous")
        for leftover in [building, previous] {
            var status = stat()
            guard lstat(leftover.path, &status) == 0 else { continue }
            // Left by a build that was killed; anything else there is not ours to remove.
            guard status.st_mode & S_IFMT == S_IFDIR, SiteOutput.isMarked(leftover.path) else {
                throw SiteWriteError.foreignLeftover(leftover.path)
            }
            try manager.removeItem(at: leftover)
        }
        do {
            try makeDirectory(building.path)
            try writeFile(building.path + "/" + SiteOutput.markerName, Array(SiteOutput.markerText.utf8))
            let paths = files.paths
            var made: Set<Substring> = [""]
            for path in paths {
                // Each folder once, parents first; the folder being built is new, so nothing exists yet.
                var folder = path[...]
                var missing: [Substring] = []
                while let slash = folder.lastIndex(of: "/") {
                    folder = folder[..<slash]
                    if made.contains(folder) { break }
                    missing.append(folder)
                }
                for folder in missing.reversed() {
                    try makeDirectory(building.path + "/" + folder)
                    made.insert(folder)
                }
            }
            let root = building.path
            let contents = files.contents
            _ = try paths.concurrentMap { path in try writeFile(root + "/" + path, contents[path]!) }
        } catch {
            try? manager.removeItem(at: building)
            throw error
        }
        let hadPrevious = manager.fileExists(atPath: target.path)
        if hadPrevious {
            if codicil_exchange_paths(building.path, target.path) == 0 {
                // `building` now holds the previous site. The new one is in place whatever
                // happens here; a copy left over is removed by the next write.
                try? manager.removeItem(at: building)
                return
            }
            guard errno == ENOSYS || errno == EINVAL else {
                let error = SiteWriteError.io(target.path, errno)
                try? manager.removeItem(at: building)
                throw error
            }
            try rename(target, to: previous)
        }
        do {
            try rename(building, to: target)
        } catch {
            if hadPrevious { try? rename(previous, to: target) }
            try? manager.removeItem(at: building)
            throw error
        }
        if hadPrevious { try? manager.removeItem(at: previous) }
    }

    private static func rename(_ from: URL, to: URL) throws {
        guard Foundation.rename(from.path, to.path) == 0 else { throw SiteWriteError.io(to.path, errno) }
    }

    /// Makes a folder and any missing parents, like `mkdir -p`.
    private static func makeDirectories(_ path: String) throws {
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else { throw SiteWriteError.io(path, ENOTDIR) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectories(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw SiteWriteError.io(path, errno) }
    }

    /// Makes one folder whose parent exists.
    private static func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 else { throw SiteWriteError.io(path, errno) }
    }

    /// Writes a new file's bytes. The site is swapped in whole afterwards, so each file needs
    /// neither a temporary copy nor a sync of its own.
    private static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SiteWriteError.io(path, errno) }
        defer { close(descriptor) }
        let failure = FileDescriptorWrite.all(bytes, to: descriptor)
        if failure != 0 { throw SiteWriteError.io(path, failure) }
    }

    /// Every file that is missing, changed or extra in the folder at `output`, sorted by path.
    public static func differences(_ files: SiteFiles, at output: String) -> [SiteDifference] {
        let onDisk = Set(listFiles(under: output))
        var result: [SiteDifference] = []
        for path in files.paths {
            if !onDisk.contains(path) {
                result.append(SiteDifference(kind: .missing, path: path))
            } else if FileManager.default.contents(atPath: output + "/" + path).map(Array.init) != files.contents[path] {
                result.append(SiteDifference(kind: .changed, path: path))
            }
        }
        for path in onDisk where files.contents[path] == nil && path != SiteOutput.markerName {
            result.append(SiteDifference(kind: .extra, path: path))
        }
        return result.sorted { ($0.path, $0.kind.rawValue) < ($1.path, $1.kind.rawValue) }
    }

    /// The relative paths of every regular file under `root`, hidden ones included, sorted.
    static func listFiles(under root: String) -> [String] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: root) else { return [] }
        var result: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(path)
            }
        }
        return result.sorted()
    }
}
