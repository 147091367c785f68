import PolicyModel

extension PolicyImporter {
    /// The text of a file's bytes, decoded as a browser would: a byte-order mark wins, then
    /// `encoding` when given, then (for HTML) a `<meta charset>` in the first 1024 bytes, then UTF-8.
    /// Throws when a byte is not valid in that encoding, and when there is no text at all.
    public static func decode(
        _ bytes: [UInt8], format: ImportFormat, path: String, encoding: TextEncoding? = nil
    ) throws(ImportError) -> String {
        var body = bytes[...]
        let chosen: TextEncoding
        let reason: String
        if let (mark, length) = EncodingSniffer.byteOrderMark(bytes) {
            (chosen, reason) = (mark, "as its byte-order mark says")
            body = body.dropFirst(length)
        } else if let encoding {
            (chosen, reason) = (encoding, "as --encoding says")
        } else if format == .html, let declared = EncodingSniffer.metaCharset(bytes) {
            (chosen, reason) = (declared, "as its <meta charset> says")
        } else {
            (chosen, reason) = (
                .utf8, "the default when no byte-order mark\(format == .html ? " or <meta charset>" : "") names one"
            )
        }
        switch TextDecoder.decode(Array(body), as: chosen) {
        case .success(let text):
            guard !text.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { throw .empty(path) }
            return text
        case .failure(.unavailable):
            throw .unsupportedEncoding(path, chosen.name)
        case .failure(.invalid(_, let bad, let prefix)):
            let lines = prefix.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            let location = SourceLocation(file: path, line: lines.count, column: (lines.last?.count ?? 0) + 1)
            let shown = bad.prefix(1).map { "0x" + String($0, radix: 16, uppercase: true) }.joined()
            throw .invalidBytes(location, "byte \(shown) is not valid \(chosen.name), \(reason)")
        }
    }
}
