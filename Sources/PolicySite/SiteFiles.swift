/// A whole site in memory: each file's bytes by its path relative to the site's root.
public struct SiteFiles: Sendable, Hashable {
    /// Each file's bytes by relative path (`fujixerox-privacy/2012-12-01/index.html`).
    public var contents: [String: [UInt8]] = [:]

    /// Makes an empty site.
    public init() {}

    /// The paths, sorted, so listings and writes happen in the same order every time.
    public var paths: [String] { contents.keys.sorted() }

    /// Adds or replaces a text file, stored as UTF-8.
    public mutating func add(_ path: String, _ text: String) {
        contents[path] = Array(text.utf8)
    }

    /// Adds or replaces a file already turned into bytes: a step turns each page it makes into
    /// bytes on the core that made it, so no step holds all its pages twice, as text and as bytes.
    mutating func add(_ path: String, bytes: [UInt8]) {
        contents[path] = bytes
    }
}

/// How a folder on disk differs from the site a build would write.
public struct SiteDifference: Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with a file.
    public enum Kind: String, Sendable, Hashable {
        /// The build writes the file; the folder lacks it.
        case missing
        /// Both have the file, with different bytes.
        case changed
        /// The folder has a file the build would not write.
        case extra
    }

    public var kind: Kind
    public var path: String

    /// `changed: fujixerox-privacy/index.html`.
    public var description: String { "\(kind.rawValue): \(path)" }
}
