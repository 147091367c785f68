import Glibc

/// Turns bytes in a known encoding into a string with glibc's iconv, stopping at the first byte
/// sequence the encoding does not allow instead of replacing it.
enum TextDecoder {
    /// Why decoding stopped.
    enum Failure: Error {
        /// A byte sequence the encoding does not allow: its offset, up to four bytes from there
        /// to name in the message, and everything before it, decoded, to count lines and columns in.
        case invalid(offset: Int, bytes: [UInt8], decodedPrefix: String)
        /// This system's iconv cannot convert from the encoding.
        case unavailable
    }

    /// The text of `bytes`, or where it stops being valid in `encoding`.
    ///
    /// - Complexity: O(n) in the number of bytes.
    static func decode(_ bytes: [UInt8], as encoding: TextEncoding) -> Result<String, Failure> {
        if encoding == .utf8 { return decodeUTF8(bytes) }
        guard let converter = iconv_open("UTF-8", encoding.iconvName), Int(bitPattern: converter) != -1 else {
            return .failure(.unavailable)
        }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var offset = 0
        while offset < bytes.count {
            let (read, written, status) = bytes.withUnsafeBufferPointer { input in
                chunk.withUnsafeMutableBufferPointer { out in
                    var inPointer =
                        UnsafeMutableRawPointer(mutating: input.baseAddress! + offset)
                        .assumingMemoryBound(to: CChar.self) as UnsafeMutablePointer<CChar>?
                    var inLeft = input.count - offset
                    var outPointer =
                        UnsafeMutableRawPointer(out.baseAddress!).assumingMemoryBound(to: CChar.self)
                        as UnsafeMutablePointer<CChar>?
                    var outLeft = out.count
                    let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    let error = result == -1 ? errno : 0
                    return (input.count - offset - inLeft, out.count - outLeft, error)
                }
            }
            output += chunk[0..<written]
            offset += read
            switch status {
            case 0, E2BIG: continue
            default:
                // Browsers read the five bytes Windows-1252 leaves undefined as C1 controls.
                if encoding == .windows1252, [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(bytes[offset]) {
                    output += [0xC2, bytes[offset]]
                    offset += 1
                    continue
                }
                let prefix = String(decoding: output, as: UTF8.self)
                return .failure(
                    .invalid(
                        offset: offset, bytes: Array(bytes[offset..<min(offset + 4, bytes.count)]),
                        decodedPrefix: prefix))
            }
        }
        return .success(String(decoding: output, as: UTF8.self))
    }

    /// UTF-8 needs no conversion, only the check that every sequence is well formed.
    private static func decodeUTF8(_ bytes: [UInt8]) -> Result<String, Failure> {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return .success(String(decoding: bytes, as: UTF8.self))
            case .error(let length):
                let prefix = String(decoding: bytes[0..<offset], as: UTF8.self)
                let end = min(offset + max(length, 1), bytes.count)
                return .failure(.invalid(offset: offset, bytes: Array(bytes[offset..<end]), decodedPrefix: prefix))
            }
        }
    }
}
