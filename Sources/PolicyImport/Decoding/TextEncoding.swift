import Foundation

/// A character encoding an imported file may be written in, named as browsers name it.
public struct TextEncoding: Sendable, Hashable, CustomStringConvertible {
    /// The encoding's WHATWG name, such as `utf-8` or `windows-1252`.
    public let name: String
    /// The name glibc's iconv knows it by.
    let iconvName: String

    private init(_ name: String, iconv: String) {
        self.name = name
        self.iconvName = iconv
    }

    /// UTF-8, the default when nothing names another encoding.
    public static let utf8 = TextEncoding("utf-8", iconv: "UTF-8")
    /// UTF-16, little end first.
    public static let utf16LittleEndian = TextEncoding("utf-16le", iconv: "UTF-16LE")
    /// UTF-16, big end first.
    public static let utf16BigEndian = TextEncoding("utf-16be", iconv: "UTF-16BE")
    /// Windows-1252, which browsers also use for every ISO-8859-1, Latin-1 and ASCII label.
    public static let windows1252 = TextEncoding("windows-1252", iconv: "CP1252")
    /// Shift_JIS as browsers read it (Microsoft's code page 932).
    public static let shiftJIS = TextEncoding("shift_jis", iconv: "CP932")
    /// EUC-JP.
    public static let eucJP = TextEncoding("euc-jp", iconv: "EUC-JP")

    /// Every supported encoding, with the labels that name it (WHATWG Encoding Standard).
    static let labels: [(TextEncoding, [String])] = [
        (.utf8, ["utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"]),
        (
            .utf16LittleEndian,
            ["utf-16le", "utf-16", "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff"]
        ),
        (.utf16BigEndian, ["utf-16be", "unicodefffe"]),
        (
            .windows1252,
            [
                "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso_8859-1",
                "iso_8859-1:1987", "iso-ir-100", "l1", "latin1", "csisolatin1", "ibm819", "cp819", "ascii",
                "us-ascii", "ansi_x3.4-1968", "iso-8859-1:1987",
            ]
        ),
        (.shiftJIS, ["shift_jis", "shift-jis", "sjis", "csshiftjis", "ms932", "ms_kanji", "windows-31j", "x-sjis"]),
        (.eucJP, ["euc-jp", "cseucpkdfmtjapanese", "x-euc-jp"]),
    ]

    /// The encoding a label names (case and surrounding spaces ignored), or nil when unsupported.
    public init?(label: String) {
        let wanted = label.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        guard let match = Self.labels.first(where: { $0.1.contains(wanted) }) else { return nil }
        self = match.0
    }

    /// The names `init(label:)` accepts, one per encoding, for help and error messages.
    public static var supportedNames: [String] { labels.map(\.0.name) }

    /// The encoding's name.
    public var description: String { name }
}
