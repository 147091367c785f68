import Foundation

/// The folder a build replaces, checked before anything is built: a build may replace only a
/// folder that is absent, empty, or a site that Codicil built (one holding `markerName`).
public enum SiteOutput {
    /// The file at the root of every built site that marks it as Codicil's to replace.
    public static let markerName = ".codicil-site"

    /// What the marker file says to a person who finds it.
    static let markerText = """
        This folder is a site built by Codicil from policy sources. 'codicil build' replaces it
        whole: keep nothing else here.

        """

    /// Throws, with one line for the user, when `output` must not be replaced by a site built
    /// from `source` with the templates in `templates`: an empty path, the current folder or a
    /// folder that holds it, the source or templates folder or anything inside or around them,
    /// a file or symbolic link, or a non-empty folder that Codicil did not build.
    public static func check(
        _ output: String, source: String, templates: String? = nil,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(SiteOutputError) {
        guard !output.isEmpty else { throw SiteOutputError(output, "the output path is empty; name the folder to build the site in") }
        let target = resolved(output, from: currentDirectory)
        let here = resolved(".", from: currentDirectory)
        if target == here { throw SiteOutputError(output, "is the current folder; name a folder for the site inside it") }
        if here.starts(with: target) { throw SiteOutputError(output, "holds the current folder; name a folder for the site inside it") }
        for (role, path) in [("source", source), ("templates", templates)] {
            guard let path else { continue }
            let other = resolved(path, from: currentDirectory)
            if target == other { throw SiteOutputError(output, "is the \(role) folder; the site must go elsewhere") }
            if target.starts(with: other) { throw SiteOutputError(output, "is inside the \(role) folder \(path); the site must go elsewhere") }
            if other.starts(with: target) { throw SiteOutputError(output, "holds the \(role) folder \(path); the site must go elsewhere") }
        }
        try checkReplaceable(output)
    }

    /// Throws unless `output` is absent, an empty folder, or a folder holding the marker.
    static func checkReplaceable(_ output: String) throws(SiteOutputError) {
        var status = stat()
        guard lstat(output, &status) == 0 else {
            if errno == ENOENT { return }
            throw SiteOutputError(output, "cannot be read: \(String(cString: strerror(errno)))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK: throw SiteOutputError(output, "is a symbolic link; name the folder it points to, or another folder")
        case S_IFREG: throw SiteOutputError(output, "is a file, not a folder; the site must go in a folder")
        default: throw SiteOutputError(output, "is not a folder; the site must go in a folder")
        }
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: output) else {
            throw SiteOutputError(output, "cannot be read: \(String(cString: strerror(errno)))")
        }
        if entries.isEmpty || isMarked(output) { return }
        throw SiteOutputError(
            output,
            "is not empty and was not built by Codicil (it has no \(markerName) file); name a new or empty folder, "
                + "or remove this one yourself")
    }

    /// True when `folder` holds the marker as a regular file.
    static func isMarked(_ folder: String) -> Bool {
        var status = stat()
        return lstat(folder + "/" + markerName, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// The absolute path's components, with `.`, `..` and the symbolic links of every part that
    /// exists resolved, so two spellings of one folder compare equal.
    static func resolved(_ path: String, from base: String) -> [String] {
        let absolute = path.hasPrefix("/") ? path : base + "/" + path
        var components: [String] = []
        for part in absolute.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": _ = components.popLast()
            default: components.append(String(part))
            }
        }
        // Resolve the longest part that exists; what does not exist yet cannot be a link.
        var existing = components.count
        while existing > 0 {
            let prefix = "/" + components[..<existing].joined(separator: "/")
            if let real = realpath(prefix, nil) {
                defer { free(real) }
                let head = String(cString: real).split(separator: "/").map(String.init)
                return head + components[existing...]
            }
            existing -= 1
        }
        return components
    }
}

/// Why a build refuses to write its site to a folder.
public struct SiteOutputError: Error, CustomStringConvertible {
    /// The output path as the user gave it.
    public var output: String
    /// What is wrong with it.
    public var reason: String

    init(_ output: String, _ reason: String) {
        self.output = output
        self.reason = reason
    }

    /// `site: error: … [output]`, one line.
    public var description: String {
        let name = output.isEmpty ? "--output" : output
        return "\(name): error: \(reason) [output]"
    }
}
