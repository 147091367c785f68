/// Finds the encoding a file declares, the way a browser does before it reads the page.
enum EncodingSniffer {
    /// The encoding a byte-order mark names, and the mark's length in bytes.
    static func byteOrderMark(_ bytes: [UInt8]) -> (TextEncoding, Int)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (.utf8, 3) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    /// The encoding a `<meta charset>` or `<meta http-equiv="content-type">` names in the first
    /// 1024 bytes, when it names one this importer supports; a UTF-16 label means UTF-8, as in
    /// browsers (a page that declares itself in ASCII cannot be UTF-16).
    ///
    /// - Complexity: O(n) in the 1024 bytes scanned.
    static func metaCharset(_ bytes: [UInt8]) -> TextEncoding? {
        // Every supported label is ASCII, so Latin-1 is a safe way to see the bytes as text.
        let head = String(String.UnicodeScalarView(bytes.prefix(1024).map { Unicode.Scalar($0) }))
        var rest = Substring(head)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
                continue
            }
            let close = rest.firstIndex(of: ">") ?? rest.endIndex
            let inside = rest[rest.index(after: rest.startIndex)..<close]
            rest = close < rest.endIndex ? rest[rest.index(after: close)...] : rest[close...]
            guard let tag = HTMLTag(String(inside)), tag.name == "meta", !tag.closing else { continue }
            if let found = charset(of: tag) {
                return found == .utf16LittleEndian || found == .utf16BigEndian ? .utf8 : found
            }
        }
        return nil
    }

    private static func charset(of tag: HTMLTag) -> TextEncoding? {
        if let label = tag.attribute("charset") { return TextEncoding(label: label) }
        guard tag.attribute("http-equiv")?.lowercased() == "content-type",
            let content = tag.attribute("content")?.lowercased()
        else { return nil }
        guard let range = content.range(of: "charset") else { return nil }
        var value = content[range.upperBound...].drop { $0.isWhitespace }
        guard value.first == "=" else { return nil }
        value = value.dropFirst().drop { $0.isWhitespace }
        if let quote = value.first, quote == "\"" || quote == "'" {
            value = value.dropFirst().prefix { $0 != quote }
        } else {
            value = value.prefix { !$0.isWhitespace && $0 != ";" }
        }
        return TextEncoding(label: String(value))
    }
}
