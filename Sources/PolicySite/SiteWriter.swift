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
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let building = parent.appendingPathComponent(".\(name).building")
        let previous = parent.appendingPathComponent(".\(name).previous")
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        for leftover in [building, previous] where manager.fileExists(atPath: leftover.path) {
            try manager.removeItem(at: leftover)
        }
        do {
            try manager.createDirectory(at: building, withIntermediateDirectories: true)
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
                let error = posixError(target.path)
                try? manager.removeItem(at: building)
                throw error
            }
            try manager.moveItem(at: target, to: previous)
        }
        do {
            try manager.moveItem(at: building, to: target)
        } catch {
            if hadPrevious { try? manager.moveItem(at: previous, to: target) }
            try? manager.removeItem(at: building)
            throw error
        }
        if hadPrevious { try manager.removeItem(at: previous) }
    }

    /// Makes one folder whose parent exists.
    private static func makeDirectory(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 else { throw posixError(path) }
    }

    /// Writes a new file's bytes. The site is swapped in whole afterwards, so each file needs
    /// neither a temporary copy nor a sync of its own.
    private static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw posixError(path) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        try handle.write(contentsOf: bytes)
        try handle.close()
    }

    private static func posixError(_ path: String) -> any Error {
        let code = POSIXErrorCode(rawValue: errno) ?? .EIO
        return CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(code)])
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
        for path in onDisk where files.contents[path] == nil {
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
