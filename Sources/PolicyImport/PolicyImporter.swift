import Foundation
import PolicyModel

/// What an import needs besides the document: the policy's identity and optional overrides.
public struct ImportOptions: Sendable {
    public var policyID: PolicyID
    public var effective: PolicyDate
    /// The title to use instead of the document's first heading or front matter.
    public var title: String?
    /// The publisher to use instead of one found in the document.
    public var publisher: String?
    /// The language tag to use instead of the detected one.
    public var language: String?
    /// The previous revision, whose ids are reused for matching clauses.
    public var like: Policy?
    /// For a translation, the original's revision it translates: clauses paired by position and
    /// structure take its ids, and the revision names it in `translates`.
    public var translationOf: Policy?

    /// Makes options for a policy id and effective date.
    public init(
        policyID: PolicyID, effective: PolicyDate, title: String? = nil, publisher: String? = nil,
        language: String? = nil, like: Policy? = nil, translationOf: Policy? = nil
    ) {
        self.translationOf = translationOf
        self.policyID = policyID
        self.effective = effective
        self.title = title
        self.publisher = publisher
        self.language = language
        self.like = like
    }
}

/// The result of an import: the policy (always made, never partial) and every warning.
public struct ImportResult: Sendable {
    public var policy: Policy
    /// Problems found while importing, sorted by position; imports report warnings only.
    public var diagnostics: [Diagnostic]
}

/// The formats an import reads.
public enum ImportFormat: String, Sendable, CaseIterable {
    case markdown
    case html

    /// The format a file name's extension names, or nil when it names neither.
    public init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }
}

/// Turns a published policy (Markdown or HTML) into a policy model.
public enum PolicyImporter {
    /// Imports a document held in memory; `path` is used only in diagnostics and locations.
    public static func importDocument(
        _ text: String, format: ImportFormat, path: String, options: ImportOptions
    ) -> ImportResult {
        var warnings = Warnings(path: path)
        let document: RawDocument
        switch format {
        case .markdown: document = MarkdownReader.read(text, warnings: &warnings)
        case .html: document = HTMLReader.read(text, warnings: &warnings)
        }
        var builder = StructureBuilder(document: document, options: options, warnings: warnings)
        let policy = builder.build()
        return ImportResult(
            policy: policy, diagnostics: Diagnostic.sorted(collapsingAnchorLinks(builder.warnings.diagnostics)))
    }

    /// Links to in-page anchors are many and expected: one warning counts them all.
    private static func collapsingAnchorLinks(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let anchors = diagnostics.filter { $0.code == "anchor-link" }
        guard let first = anchors.first else { return diagnostics }
        let summary = Diagnostic(
            .warning, "anchor-link",
            "\(anchors.count) \(anchors.count == 1 ? "link" : "links") to in-page anchors (#…) that name no clause "
                + "kept as text only; links to headings, paragraphs, items and rows become cross-references", at: first.location)
        return diagnostics.filter { $0.code != "anchor-link" } + [summary]
    }

    /// Reads and imports a file; its extension chooses the format and `decode` its encoding
    /// (`encoding` overrides what the file declares, but not a byte-order mark). Throws when it
    /// cannot be read, is not valid in its encoding, or is empty.
    public static func importFile(
        atPath path: String, options: ImportOptions, encoding: TextEncoding? = nil
    ) throws(ImportError) -> ImportResult {
        guard let format = ImportFormat(path: path) else { throw .unknownFormat(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        let text = try decode(Array(data), format: format, path: path, encoding: encoding)
        return importDocument(text, format: format, path: path, options: options)
    }
}

/// Why a file could not be imported at all.
public enum ImportError: Error, CustomStringConvertible {
    case unknownFormat(String)
    case unreadable(String)
    /// The file holds no text, or only whitespace.
    case empty(String)
    /// A byte is not valid in the encoding the file was read in; the message names both.
    case invalidBytes(SourceLocation, String)
    /// This system cannot convert from the encoding named.
    case unsupportedEncoding(String, String)

    /// The message, in `path: error: …` form.
    public var description: String {
        switch self {
        case .unknownFormat(let path): "\(path): error: cannot tell the format; name it .md or .html [unknown-format]"
        case .unreadable(let path): "\(path): error: cannot read file [unreadable]"
        case .empty(let path):
            "\(path): error: the file is empty (nothing but whitespace); nothing to import [empty-input]"
        case .invalidBytes(let location, let message):
            "\(location): error: \(message); name the file's encoding with --encoding "
                + "(\(TextEncoding.supportedNames.joined(separator: ", "))) [invalid-encoding]"
        case .unsupportedEncoding(let path, let name):
            "\(path): error: this system cannot convert from \(name) (iconv has no converter) [unsupported-encoding]"
        }
    }
}

/// Warnings collected during one import, located in its input file.
struct Warnings {
    let path: String
    var diagnostics: [Diagnostic] = []

    mutating func add(_ code: String, _ message: String, line: Int, column: Int = 1) {
        diagnostics.append(
            Diagnostic(.warning, code, message, at: SourceLocation(file: path, line: max(line, 1), column: column)))
    }

    func location(line: Int) -> SourceLocation { SourceLocation(file: path, line: max(line, 1), column: 1) }
}
