import PolicyModel

/// The words pages show around a policy's own text ("Contents", "Effective 1 April 2013"), in
/// one language, from the template set's `strings/<language>.json`.
public struct UIStrings: Sendable {
    /// The language the table is for (`en`, `ja`).
    public let language: String
    /// Each text by key, with its `{name}` placeholders.
    let texts: [String: String]
    /// Month names (or numbers), January first, for the `{month}` of `date`.
    let months: [String]

    /// What templates see as `strings`: every text by key, each split around its one placeholder
    /// so a template can put markup there (`{{strings.effective.before}}<time>…`).
    public let templateValues: [String: UIText]
    /// `templateValues` escaped for Markdown templates.
    let markdownValues: [String: UIText]
    /// The `date` pattern cut into words and placeholders once, as every page writes dates.
    private let datePattern: [UIText.Part]
    /// Each text with a placeholder cut into words and placeholders once, for `text(_:_:)`,
    /// which pages and change wordings call for every value they fill in.
    private let patterns: [String: [UIText.Part]]

    /// A table of `texts`; `months` must hold twelve names.
    init(language: String, texts: [String: String], months: [String]) {
        self.language = language
        self.texts = texts
        self.months = months
        templateValues = texts.mapValues(UIText.init)
        markdownValues = templateValues.mapValues { $0.escaped { MarkdownEscaping.escape($0, atLineStart: false) } }
        datePattern = UIText.parts(of: texts["date"] ?? "{day} {month} {year}")
        patterns = texts.filter { $0.value.utf8.contains(UInt8(ascii: "{")) }.mapValues(UIText.parts)
    }

    /// The text of `key` with each `{name}` replaced by `values[name]`; the key itself when the
    /// table lacks it (a checked table never does).
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        guard !values.isEmpty,
            let parts = patterns[key] ?? (texts[key] == nil && key.contains("{") ? UIText.parts(of: key) : nil)
        else { return texts[key] ?? key }
        var result = ""
        for part in parts {
            switch part {
            case .literal(let literal): result += literal
            case .placeholder(let name): result += values[name] ?? "{\(name)}"
            }
        }
        return result
    }

    /// A date written the language's way (`1 April 2013`, `2013年4月1日`).
    public func date(_ date: PolicyDate) -> String {
        var result = ""
        for part in datePattern {
            switch part {
            case .literal(let literal): result += literal
            case .placeholder("day"): result += String(date.day)
            case .placeholder("month"): result += months[date.month - 1]
            case .placeholder("year"): result += String(date.year)
            case .placeholder(let name): result += "{\(name)}"
            }
        }
        return result
    }
}

/// One text of a strings table as a template sees it: `{{strings.notes}}` prints it whole;
/// a text with one placeholder, such as `Effective {date}`, gives `before` and `after` it.
public struct UIText: Sendable, CustomStringConvertible {
    /// The whole text, placeholders included.
    public var text: String
    /// The text before its first placeholder (all of it when it has none).
    public var before: String
    /// The text after its first placeholder (empty when it has none).
    public var after: String

    /// Splits `text` around its first placeholder.
    public init(_ text: String) {
        self.text = text
        guard text.utf8.contains(UInt8(ascii: "{")) else {
            (before, after) = (text, "")
            return
        }
        let parts = Self.parts(of: text)
        if let index = parts.firstIndex(where: { if case .placeholder = $0 { true } else { false } }) {
            before = parts[..<index].map(\.literal).joined()
            after = parts[(index + 1)...].map(\.literal).joined()
        } else {
            before = text
            after = ""
        }
    }

    /// The whole text.
    public var description: String { text }

    /// The text with each part passed through `escape` (Markdown's escaping, for its templates).
    func escaped(_ escape: (String) -> String) -> UIText {
        var copy = self
        (copy.text, copy.before, copy.after) = (escape(text), escape(before), escape(after))
        return copy
    }

    /// A piece of a text: words, or a `{name}` placeholder.
    enum Part: Equatable {
        case literal(String)
        case placeholder(String)

        /// The words, or the placeholder as written.
        var literal: String {
            switch self {
            case .literal(let text): text
            case .placeholder(let name): "{\(name)}"
            }
        }
    }

    /// `text` cut into words and `{name}` placeholders (a name is ASCII letters).
    static func parts(of text: String) -> [Part] {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text.isEmpty ? [] : [.literal(text)] }
        // In ASCII each character is one byte (or CR LF, which no rule here can match).
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiParts(of: Array(text.utf8)) }
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}"),
                !rest[afterOpen..<close].isEmpty,
                rest[afterOpen..<close].allSatisfy({ $0.isASCII && $0.isLetter })
            else {
                parts.append(.literal(String(rest[...open])))
                rest = rest[afterOpen...]
                continue
            }
            if open > rest.startIndex { parts.append(.literal(String(rest[..<open]))) }
            parts.append(.placeholder(String(rest[afterOpen..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        return parts
    }

    /// `parts(of:)` of an ASCII text, cut byte by byte.
    private static func asciiParts(of bytes: [UInt8]) -> [Part] {
        func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        var parts: [Part] = []
        var start = 0
        while let open = bytes[start...].firstIndex(of: UInt8(ascii: "{")) {
            guard let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "}")), close > open + 1,
                bytes[(open + 1)..<close].allSatisfy(isLetter)
            else {
                parts.append(.literal(string(start..<open + 1)))
                start = open + 1
                continue
            }
            if open > start { parts.append(.literal(string(start..<open))) }
            parts.append(.placeholder(string(open + 1..<close)))
            start = close + 1
        }
        if start < bytes.count { parts.append(.literal(string(start..<bytes.count))) }
        return parts
    }

    /// The placeholder names of `text`, in order.
    static func placeholders(of text: String) -> [String] {
        parts(of: text).compactMap { if case .placeholder(let name) = $0 { name } else { nil } }
    }
}
