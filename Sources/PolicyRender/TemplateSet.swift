import Foundation
import PolicyModel

/// The texts of a set of templates, keyed by their path under `Templates/`
/// (`html/policy.mustache`, `html/style.css`).
public struct TemplateSet: Sendable, Hashable {
    /// Each template's text by its relative path.
    public var files: [String: String]
    /// The directory the set was read from, which messages name; nil for a set made in memory.
    public var directory: String?

    /// Makes a set from texts keyed by relative path; `directory` is only for messages.
    public init(files: [String: String], directory: String? = nil) {
        self.files = files
        self.directory = directory
    }

    /// The templates built into the binary, identical to the repository's `Templates/`.
    public static var builtIn: TemplateSet { TemplateSet(files: DefaultTemplates.files) }

    /// The page templates, one for each page kind and format.
    static let pages =
        [
            "html/allows.mustache", "html/index.mustache", "html/policy.mustache", "html/redline.mustache",
            "json/policy.mustache", "markdown/policy.mustache", "markdown/redline.mustache", "text/policy.mustache",
            "text/redline.mustache", "xml/sitemap.mustache", "markdown/pull-request.mustache",
        ] + revisionTemplates

    /// The files every template set must have.
    static let required = (pages + ["html/style.css"]).sorted()

    /// Reads every file under `directory` (hidden files skipped) and checks the required ones are there.
    public init(directory: String) throws {
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw RenderError.templates([
                Diagnostic(.error, "templates-not-found", "no such templates directory", at: SourceLocation(file: directory, line: 0))
            ])
        }
        var files: [String: String] = [:]
        var problems: [Diagnostic] = []
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            let shown = directory + "/" + relative
            do {
                files[relative] = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            } catch {
                let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)?.localizedDescription
                problems.append(
                    Diagnostic(
                        .error, "template-unreadable", "cannot read template: \(reason ?? error.localizedDescription)",
                        at: SourceLocation(file: shown, line: 0)))
            }
        }
        for missing in Self.required where files[missing] == nil && !problems.contains(where: { $0.location.file.hasSuffix("/" + missing) }) {
            problems.append(
                Diagnostic(.error, "template-missing", "missing template", at: SourceLocation(file: directory + "/" + missing, line: 0)))
        }
        guard problems.isEmpty else { throw RenderError.templates(Diagnostic.sorted(problems)) }
        self.files = files
        self.directory = directory
    }

    /// The Mustache templates of one folder, named by path without the folder and extension
    /// (`partials/section`), sorted by name.
    func mustacheTemplates(in folder: String) -> [(name: String, text: String)] {
        files.keys.sorted().compactMap { path in
            guard path.hasPrefix(folder + "/"), path.hasSuffix(".mustache") else { return nil }
            let name = path.dropFirst(folder.count + 1).dropLast(".mustache".count)
            return (String(name), files[path]!)
        }
    }
}

/// Problems with the templates; rendering validated policies does not otherwise fail.
public enum RenderError: Error, CustomStringConvertible {
    /// Templates missing, unreadable, or that do not parse or resolve, each at its file, line
    /// and column when known.
    case templates([Diagnostic])

    /// One `path:line:column: error: message [code]` line per problem.
    public var description: String {
        switch self {
        case .templates(let diagnostics): diagnostics.map(\.description).joined(separator: "\n")
        }
    }
}
