import Foundation
import PolicyModel

/// Every strings table of a template set by language: the set's `strings/<language>.json`
/// over the built-in ones (English and Japanese), each checked against the built-in English.
struct StringTables: Sendable {
    /// The tables by language (`en`, `ja`).
    let tables: [String: UIStrings]
    /// A warning for each custom table that lacks texts the built-in ones have (a table written
    /// for an older `codicil`): those texts are the built-in table's of its language, else English.
    let warnings: [Diagnostic]

    /// Reads the tables of `templates`, each language's own replacing the built-in one; throws
    /// every problem (not JSON, a placeholder the English text lacks or another one it has,
    /// months not twelve, a built-in table lacking a text), each at its file and line.
    init(_ templates: TemplateSet) throws {
        var problems: [Diagnostic] = []
        var tables: [String: UIStrings] = [:]
        let builtIn = TemplateSet.builtIn.files
        let reference = (try? Self.object(builtIn[Self.english] ?? "")) ?? [:]
        for (path, text) in builtIn.merging(templates.files, uniquingKeysWith: { _, own in own }).sorted(by: {
            $0.key < $1.key
        }) {
            guard path.hasPrefix("strings/"), path.hasSuffix(".json") else { continue }
            let language = String(path.dropFirst("strings/".count).dropLast(".json".count))
            let custom = templates.files[path] != nil && templates.files[path] != builtIn[path]
            // A custom table's missing texts come from the built-in table of its language, else English.
            let fallback = custom ? builtIn[path].flatMap { try? Self.object($0) } ?? reference : nil
            let fallbackName = builtIn[path] == nil ? "English" : "'\(language)'"
            let shown = templates.files[path] == nil ? path : templates.path(of: path)
            if let table = Self.table(
                language, text, reference: reference, fallback: fallback, fallbackName: fallbackName, file: shown,
                into: &problems)
            {
                tables[language] = table
            }
        }
        guard !problems.containsErrors else { throw RenderError.templates(Diagnostic.sorted(problems)) }
        self.tables = tables
        self.warnings = Diagnostic.sorted(problems)
    }

    /// The built-in table for a BCP 47 tag, chosen as `table(for:)` chooses, each read once in
    /// a process when first asked for (a page in one language reads only its own and English).
    /// They are checked by the tests, so reading them cannot fail.
    static func builtInTable(for language: String) -> UIStrings {
        let path = builtInPath(for: language) ?? english
        return builtInCache.value(path) {
            let files = DefaultTemplates.files
            let reference = (try? object(files[english] ?? "")) ?? [:]
            var problems: [Diagnostic] = []
            let name = String(path.dropFirst("strings/".count).dropLast(".json".count))
            guard
                let table = Self.table(
                    name, files[path] ?? "", reference: reference, parsed: path == english ? reference : nil,
                    fallback: nil, file: path, into: &problems)
            else { preconditionFailure("the built-in strings table \(path) does not read") }
            return table
        }
    }

    /// True when a built-in table has words for `language` (or its primary language).
    static func builtInHasTable(for language: String) -> Bool {
        builtInPath(for: language) != nil
    }

    /// The built-in table of `language`, else of its primary language; nil when neither has one.
    private static func builtInPath(for language: String) -> String? {
        let files = DefaultTemplates.files
        return ["strings/\(language).json", "strings/\(primary(language)).json"].first { files[$0] != nil }
    }

    /// The built-in tables read so far, by path.
    private static let builtInCache = ProcessCache<UIStrings>()

    /// The path of the table every other is checked against.
    static let english = "strings/en.json"

    /// The table for a BCP 47 tag: its own, else its primary language's (`en` for `en-GB`), else
    /// English (`hasTable` tells the caller so it can warn).
    func table(for language: String) -> UIStrings {
        tables[language] ?? tables[Self.primary(language)] ?? tables["en"]!
    }

    /// True when `language` or its primary language has a table of its own.
    func hasTable(for language: String) -> Bool {
        tables[language] != nil || tables[Self.primary(language)] != nil
    }

    private static func primary(_ language: String) -> String {
        String(language.prefix { $0 != "-" && $0 != "_" }).lowercased()
    }

    private static func object(_ text: String) throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw CocoaError(.propertyListReadCorrupt)
        }
        return object
    }

    /// One table, or nil after adding its problems (`parsed`: `text` already read as JSON). With a `fallback`, a missing text is taken
    /// from it, and one warning names every such text.
    private static func table(
        _ language: String, _ text: String, reference: [String: Any], parsed: [String: Any]? = nil,
        fallback: [String: Any]?,
        fallbackName: String = "", file: String, into problems: inout [Diagnostic]
    ) -> UIStrings? {
        func problem(_ code: String, _ message: String, key: String? = nil) {
            problems.append(Diagnostic(.error, code, message, at: location(of: key, in: text, file: file)))
        }
        let object: [String: Any]
        do {
            object = try parsed ?? Self.object(text)
        } catch {
            let (line, column) = jsonErrorPosition(error, in: text)
            problems.append(
                Diagnostic(
                    .error, "strings-invalid", "a strings table must be one JSON object of texts",
                    at: SourceLocation(file: file, line: line, column: column)))
            return nil
        }
        var texts: [String: String] = [:]
        var borrowed: [String] = []
        let count = problems.count
        for key in reference.keys.sorted() where key != "months" {
            guard let value = object[key] ?? fallback?[key] else {
                problem("strings-missing", "no text for '\(key)'")
                continue
            }
            if object[key] == nil { borrowed.append(key) }
            guard let string = value as? String else {
                problem("strings-invalid", "the text for '\(key)' must be a string", key: key)
                continue
            }
            // The built-in tables' placeholders are checked by the tests, not on every run.
            if fallback != nil, case let expected = Set(UIText.placeholders(of: reference[key] as? String ?? "")),
                Set(UIText.placeholders(of: string)) != expected
            {
                let names = expected.sorted().map { "{\($0)}" }.joined(separator: ", ")
                problem(
                    "strings-placeholder",
                    "the text for '\(key)' must use \(names.isEmpty ? "no placeholder" : "exactly \(names)")", key: key)
            }
            texts[key] = string
        }
        let months = object["months"] as? [String] ?? []
        if months.count != 12 { problem("strings-invalid", "'months' must list twelve month names", key: "months") }
        guard problems.count == count else { return nil }
        if !borrowed.isEmpty {
            let named = borrowed.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
            let more = borrowed.count > 5 ? " and \(borrowed.count - 5) more" : ""
            problems.append(
                Diagnostic(
                    .warning, "strings-missing",
                    "no text for \(named)\(more): using the built-in \(fallbackName) texts",
                    at: SourceLocation(file: file, line: 1)))
        }
        return UIStrings(language: language, texts: texts, months: months)
    }

    /// Where `"key":` is written in `text`, else its first line.
    private static func location(of key: String?, in text: String, file: String) -> SourceLocation {
        guard let key, let range = text.range(of: "\"\(key)\"") else { return SourceLocation(file: file, line: 1) }
        let before = text[..<range.lowerBound]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column =
            before.distance(
                from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex,
                to: before.endIndex) + 1
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The line and column of the byte offset Foundation names in a JSON error ("around
    /// character 15"), else 1, 0.
    private static func jsonErrorPosition(_ error: Error, in text: String) -> (Int, Int) {
        let message = "\((error as NSError).userInfo)"
        guard let range = message.range(of: "character "),
            let offset = Int(message[range.upperBound...].prefix(while: \.isNumber))
        else { return (1, 0) }
        let before = Array(text.utf8.prefix(offset))
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return (line, String(decoding: before[lineStart...], as: UTF8.self).count + 1)
    }
}
