/// Maps the path of a request to a file of the in-memory site, and to nothing else.
enum SitePath {
    /// What a request path names in a site.
    enum Match: Equatable {
        /// A file of the site, by its relative path.
        case file(String)
        /// A folder of the site asked for without its final `/`: the address to send the browser
        /// to, so that the page's relative links resolve from inside the folder.
        case folder(String)
        /// Nothing the site holds.
        case none
    }

    /// The relative path a request target names, or nil when it cannot name a file of any site:
    /// the query and fragment dropped, each segment percent-decoded once, `/` and a path ending
    /// in `/` naming its folder's `index.html`. A segment that is empty (`//`), `.` or `..`, that
    /// decodes to one of those or holds `/`, `\` or NUL after decoding, or a bad escape, gives nil.
    static func relative(_ target: String) -> String? {
        let path = target.prefix { $0 != "?" && $0 != "#" }
        guard path.hasPrefix("/") else { return nil }
        var segments: [String] = []
        for raw in path.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            guard let segment = decoded(raw) else { return nil }
            segments.append(segment)
        }
        if segments.last == "" { segments[segments.count - 1] = "index.html" }
        for segment in segments {
            if segment.isEmpty || segment == "." || segment == ".." { return nil }
            if segment.utf8.contains(where: { $0 == 0x2F || $0 == 0x5C || $0 == 0 }) { return nil }
        }
        return segments.joined(separator: "/")
    }

    /// What `target` names in a site whose files `contains` tells: a file, a folder holding an
    /// `index.html` (asked for without its final `/`), or nothing.
    static func match(_ target: String, in contains: (String) -> Bool) -> Match {
        guard let relative = relative(target) else { return .none }
        if contains(relative) { return .file(relative) }
        let path = target.prefix { $0 != "?" && $0 != "#" }
        if !path.hasSuffix("/"), contains(relative + "/index.html") { return .folder(path + "/") }
        return .none
    }

    /// A segment with its `%XX` escapes decoded, or nil for a bad escape or invalid UTF-8.
    private static func decoded(_ segment: Substring) -> String? {
        guard segment.contains("%") else { return String(segment) }
        var bytes: [UInt8] = []
        var utf8 = segment.utf8[...]
        while let byte = utf8.popFirst() {
            guard byte == 0x25 else {
                bytes.append(byte)
                continue
            }
            guard let high = utf8.popFirst().flatMap(hexValue), let low = utf8.popFirst().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
