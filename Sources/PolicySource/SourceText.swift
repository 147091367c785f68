internal import CLibXML2
import Foundation
import PolicyModel

/// The bytes of one source file, with the line starts needed to turn offsets into positions.
struct SourceText {
    let path: String
    let bytes: [UInt8]
    private let lineStarts: [Int]

    init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = base.distance(to: UnsafeRawPointer(found)) + 1
                starts.append(offset)
            }
        }
        lineStarts = starts
    }

    /// A location at a line and column.
    func location(line: Int, column: Int = 0) -> SourceLocation {
        SourceLocation(file: path, line: max(line, 1), column: max(column, 0))
    }

    /// The location of a byte offset.
    func location(offset: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return location(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// Whether the start tag of `element` (its name as written, prefix included) begins at `offset`.
    func hasStartTag(of element: XMLNode, at offset: Int) -> Bool {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "<") else { return false }
        var at = offset + 1
        func matches(_ text: UnsafePointer<UInt8>?) -> Bool {
            guard var byte = text else { return true }
            while byte.pointee != 0 {
                guard at < bytes.count, bytes[at] == byte.pointee else { return false }
                at += 1
                byte += 1
            }
            return true
        }
        if let prefix = element.pointer.pointee.ns?.pointee.prefix {
            guard matches(prefix), at < bytes.count, bytes[at] == UInt8(ascii: ":") else { return false }
            at += 1
        }
        guard matches(element.pointer.pointee.name) else { return false }
        let next = at < bytes.count ? bytes[at] : 0
        return next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || next == 32 || next == 9 || next == 10 || next == 13
    }

    /// The byte offset of attribute `name` in the start tag beginning at `tagOffset`.
    func attributeOffset(_ name: String, inTagAt tagOffset: Int) -> Int? {
        let pattern = Array(name.utf8)
        var offset = tagOffset
        var quote: UInt8?
        while offset < bytes.count {
            let byte = bytes[offset]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return nil
            } else if (byte == 32 || byte == 9 || byte == 10 || byte == 13), offset + 1 + pattern.count <= bytes.count,
                bytes[offset + 1..<offset + 1 + pattern.count].elementsEqual(pattern)
            {
                var after = offset + 1 + pattern.count
                while after < bytes.count, bytes[after] == 32 || bytes[after] == 9 { after += 1 }
                if after < bytes.count, bytes[after] == UInt8(ascii: "=") { return offset + 1 }
            }
            offset += 1
        }
        return nil
    }
}
