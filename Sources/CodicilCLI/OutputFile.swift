import Foundation
import PolicySite

/// Writing one output file that a command was told to write with `-o`: whole or not at all,
/// through a symbolic link to its target, and never over a device, pipe, socket or folder.
enum OutputFile {
    /// Why the file was not written, as one line for standard error.
    struct Refusal: Error, CustomStringConvertible {
        var path: String
        var reason: String

        var description: String { "\(path): error: \(reason) [output]" }
    }

    /// Writes `text` to `path`: a temporary file beside the target, then one rename over it, so
    /// the file is either the old one or the new one, whole. A symbolic link is followed to its
    /// target, which is written the same way; anything but a regular file or nothing is refused.
    static func write(_ text: String, to path: String) throws(Refusal) {
        let target = try regularTarget(path, following: 0)
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw Refusal(path: path, reason: "cannot write: \(String(cString: strerror(errno)))") }
        var status = stat()
        if stat(target, &status) == 0 { fchmod(descriptor, status.st_mode & 0o7777) }
        var failure = FileDescriptorWrite.all(Array(text.utf8), to: descriptor)
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, target) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw Refusal(path: path, reason: "cannot write: \(String(cString: strerror(failure)))")
        }
    }

    /// The path of the regular file `path` names, following symbolic links; the path itself when
    /// nothing is there yet.
    private static func regularTarget(_ path: String, following depth: Int) throws(Refusal) -> String {
        guard !path.isEmpty else { throw Refusal(path: "-o", reason: "the output path is empty") }
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return path }
            throw Refusal(path: path, reason: "cannot write: \(String(cString: strerror(errno)))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG:
            return path
        case S_IFLNK:
            guard depth < 40 else { throw Refusal(path: path, reason: "too many levels of symbolic links") }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(path, &buffer, buffer.count - 1)
            guard length >= 0 else { throw Refusal(path: path, reason: "cannot read the link: \(String(cString: strerror(errno)))") }
            let link = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            let resolved = link.hasPrefix("/") ? link : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
            return try regularTarget(resolved, following: depth + 1)
        case S_IFDIR:
            throw Refusal(path: path, reason: "is a folder, not a file")
        default:
            throw Refusal(path: path, reason: "is a device, pipe or socket, not a regular file; nothing was written")
        }
    }
}
