import Foundation

/// The texts of a set of templates, keyed by their path under `Templates/`
/// (`html/policy.mustache`, `html/style.css`).
public struct TemplateSet: Sendable, Hashable {
    /// Each template's text by its relative path.
    public var files: [String: String]

    /// Makes a set from texts keyed by relative path.
    public init(files: [String: String]) {
        self.files = files
    }

    /// The templates built into the binary, identical to the repository's `Templates/`.
    public static var builtIn: TemplateSet { TemplateSet(files: DefaultTemplates.files) }

    /// The files every template set must have.
    public static let required = [
        "html/allows.mustache", "html/index.mustache", "html/policy.mustache", "html/style.css",
        "markdown/policy.mustache", "text/policy.mustache",
    ]

    /// Reads every file under `directory` (hidden files skipped) and checks the required ones are there.
    public init(directory: String) throws {
        let root = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
        else { throw RenderError.templates("\(directory): no such templates directory") }
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        while let url = enumerator?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw RenderError.templates("\(url.path): cannot read template")
            }
            files[relative] = String(decoding: data, as: UTF8.self)
        }
        let missing = Self.required.filter { files[$0] == nil }
        guard missing.isEmpty else {
            throw RenderError.templates("\(directory): missing template(s) \(missing.joined(separator: ", "))")
        }
        self.files = files
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

/// A problem with the templates; rendering validated policies does not otherwise fail.
public enum RenderError: Error, CustomStringConvertible {
    /// A template is missing, unreadable or does not parse.
    case templates(String)

    /// The message to show.
    public var description: String {
        switch self {
        case .templates(let message): message
        }
    }
}
