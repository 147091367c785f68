extension MarkdownSource {
    /// Cells a table row may have before its `|` are read as text.
    static let cellLimit = 100
    /// Images (`![`) a paragraph may open before they are read as text.
    static let imageLimit = 500

    /// Escapes the markup that makes the installed cmark-gfm (0.29.0.gfm.6) take quadratic
    /// time, far beyond what a policy uses: rows of more than `cellLimit` cells, and paragraphs
    /// opening more than `imageLimit` images. The words stay; a warning names each place.
    /// - Complexity: O(*n*) in the length of the text.
    mutating func escapeExcessiveMarkup(warnings: inout Warnings) {
        var chunkStart = 0
        var images = 0
        for index in lines.indices {
            // Read in place: most lines are left as they are.
            var line = lines[index]
            let counts = line.withUTF8 { bytes in
                bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } ? nil : Self.count(bytes)
            }
            guard let counts else {
                if images > Self.imageLimit { escapeImages(chunkStart..<index, &warnings) }
                chunkStart = index + 1
                images = 0
                continue
            }
            images += counts.images
            if counts.pipes > Self.cellLimit {
                lines[index] = Self.escaping(Array(line.utf8)) { $0 == UInt8(ascii: "|") }
                warnings.add(
                    "markup-limit", "a table row with more than \(Self.cellLimit) cells; its | are kept as text",
                    line: index + 1)
            }
        }
        if images > Self.imageLimit { escapeImages(chunkStart..<lines.count, &warnings) }
    }

    private mutating func escapeImages(_ range: Range<Int>, _ warnings: inout Warnings) {
        for index in range {
            let bytes = Array(lines[index].utf8)
            lines[index] = Self.escaping(bytes) { $0 == UInt8(ascii: "!") }
        }
        warnings.add(
            "markup-limit", "a paragraph with more than \(Self.imageLimit) images; its ![ are kept as text",
            line: range.lowerBound + 1)
    }

    /// Unescaped `|` and `![` in a line.
    private static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> (pipes: Int, images: Int) {
        var (pipes, images, index) = (0, 0, 0)
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "|"): pipes += 1
            case UInt8(ascii: "!") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "["): images += 1
            default: break
            }
            index += 1
        }
        return (pipes, images)
    }

    /// The line with a backslash before each unescaped byte that `escape` picks.
    private static func escaping(_ bytes: [UInt8], _ escape: (UInt8) -> Bool) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 2)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                result += [byte, bytes[index + 1]]
                index += 2
                continue
            }
            if escape(byte) { result.append(UInt8(ascii: "\\")) }
            result.append(byte)
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}
