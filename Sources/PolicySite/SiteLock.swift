import Foundation

/// The lock one build holds on its output folder while it writes, so that two builds never
/// write the same site at once: the second is told plainly and changes nothing.
enum SiteLock {
    /// Runs `body` holding the lock of the folder at `target` (a file `.NAME.lock` beside it,
    /// removed afterwards); throws `SiteWriteError.busy` at once when another build holds it.
    static func holding<T>(_ target: URL, _ body: () throws -> T) throws -> T {
        let path = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).lock").path
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard descriptor >= 0 else { throw SiteWriteError.io(path, errno) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let code = errno
                close(descriptor)
                if code == EWOULDBLOCK { throw SiteWriteError.busy(target.path) }
                throw SiteWriteError.io(path, code)
            }
            // A build that finished between our open and flock removed the file we locked;
            // lock the file that is there now instead.
            var held = stat()
            var current = stat()
            guard fstat(descriptor, &held) == 0, stat(path, &current) == 0, held.st_ino == current.st_ino,
                held.st_dev == current.st_dev
            else {
                close(descriptor)
                continue
            }
            defer {
                unlink(path)
                close(descriptor)
            }
            return try body()
        }
    }
}

/// Why a site could not be written; the folder is left as it was.
public enum SiteWriteError: Error, CustomStringConvertible {
    /// Another build is writing the folder.
    case busy(String)
    /// A leftover folder beside the output that Codicil did not make.
    case foreignLeftover(String)
    /// A file-system call failed on a path, with its `errno`.
    case io(String, Int32)

    /// One line: `path: error: what happened [code]`.
    public var description: String {
        switch self {
        case .busy(let path):
            "\(path): error: another codicil build is writing this folder; try again when it has finished [build-busy]"
        case .foreignLeftover(let path):
            "\(path): error: is in the way of the build and was not made by Codicil; move it away [output]"
        case .io(let path, let code):
            "\(path): error: \(String(cString: strerror(code))) [io]"
        }
    }
}
