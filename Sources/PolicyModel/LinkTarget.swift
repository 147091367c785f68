/// Which link targets a policy may contain: absolute http, https and mailto addresses only.
public enum LinkTarget {
    /// The schemes a link may use.
    public static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Nil when `href` is allowed, else the reason it is not.
    public static func problem(with href: String) -> String? {
        if href.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) {
            return "link '\(href)' contains whitespace or control characters"
        }
        guard let colon = colonIndex(href) else {
            return "link '\(href)' has no scheme; write an absolute http, https or mailto address"
        }
        let scheme = href[..<colon].lowercased()
        guard allowedSchemes.contains(scheme) else {
            return "link '\(href)' uses the scheme '\(scheme)'; only http, https and mailto are allowed"
        }
        if scheme != "mailto", !href[colon...].hasPrefix("://") || href[colon...].dropFirst(3).isEmpty {
            return "link '\(href)' has no host"
        }
        return nil
    }

    /// The first `:` character of the address. An ASCII address (no scalar at or below a space
    /// here, so no CR LF) has one character per byte, and is scanned as bytes; only others are
    /// broken into characters.
    private static func colonIndex(_ href: String) -> String.Index? {
        let scan = href.utf8.withContiguousStorageIfAvailable { bytes in
            (ascii: !bytes.contains { $0 >= 0x80 }, colon: bytes.firstIndex(of: UInt8(ascii: ":")))
        }
        guard let scan, scan.ascii else { return href.firstIndex(of: ":") }
        return scan.colon.map { href.utf8.index(href.utf8.startIndex, offsetBy: $0) }
    }

    /// True when `address` is an absolute http or https address, as a site's base URL must be.
    public static func isWebAddress(_ address: String) -> Bool {
        guard problem(with: address) == nil, let colon = address.firstIndex(of: ":") else { return false }
        return ["http", "https"].contains(address[..<colon].lowercased())
    }

    /// True when `href` may be used as a link target.
    public static func isAllowed(_ href: String) -> Bool { problem(with: href) == nil }
}
