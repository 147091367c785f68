import Foundation

/// Writing bytes to an open file descriptor, the one loop every writer shares.
public enum FileDescriptorWrite {
    /// Writes every byte to `descriptor`, retrying short and interrupted writes; returns 0, or
    /// the `errno` of the write that failed (a full disk, a closed pipe).
    public static func all(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }
}
