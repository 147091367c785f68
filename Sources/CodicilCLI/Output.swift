import ArgumentParser
import Foundation
import PolicyRender

/// Writing to the terminal and encoding JSON the same way everywhere.
enum Output {
    /// Writes a line to standard error.
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Encodes a value as pretty JSON with sorted keys and unescaped slashes.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension Output {
    /// A renderer with the templates of `directory`, or the built-in ones; a template problem
    /// is reported as a validation error naming the file.
    static func renderer(templates directory: String?) throws -> PolicyRenderer {
        do {
            return try PolicyRenderer(templates: directory.map(TemplateSet.init(directory:)) ?? .builtIn)
        } catch let error as RenderError {
            Output.standardError("error: \(error)")
            throw ExitCode.failure
        }
    }
}
