/// One problem found in a source, with where it is and how bad it is.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How bad a problem is: an error stops a build, a warning does not.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    /// A stable, greppable name for the kind of problem (`duplicate-id`).
    public var code: String
    public var message: String

    public init(_ severity: Severity, _ code: String, _ message: String, at location: SourceLocation) {
        self.location = location
        self.severity = severity
        self.code = code
        self.message = message
    }

    /// `path:line:column: error: message [code]`, the form compilers and editors read.
    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(code)]"
    }

    /// Orders by file, line, column, then severity (errors first), code and message.
    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.sorted {
            ($0.location, $0.severity == .error ? 0 : 1, $0.code, $0.message)
                < ($1.location, $1.severity == .error ? 0 : 1, $1.code, $1.message)
        }
    }
}

extension Sequence where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var containsErrors: Bool { contains { $0.severity == .error } }
}
