import ArgumentParser
import Foundation
import PolicyRender

/// Writing to the terminal and encoding JSON the same way everywhere.
enum Output {
    /// Writes text to standard output, all of it or an error: a full disk or a closed pipe is
    /// reported as `standard output: error: …` and ends the command with a failure.
    static func standardOutput(_ text: String) throws {
        guard writeAll(Array(text.utf8), to: STDOUT_FILENO) else {
            let reason = String(cString: strerror(errno))
            standardError("standard output: error: cannot write: \(reason) [write-failed]")
            throw ExitCode.failure
        }
    }

    /// Writes a line to standard output; see `standardOutput(_:)`.
    static func line(_ text: String) throws {
        try standardOutput(text + "\n")
    }

    /// Writes a line to standard error. Nothing more can be reported when that fails.
    static func standardError(_ line: String) {
        _ = writeAll(Array((line + "\n").utf8), to: STDERR_FILENO)
    }

    /// Writes every byte to a file descriptor, retrying short and interrupted writes; false
    /// with `errno` set when the descriptor refuses them.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        ignoreBrokenPipe
        return bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    /// A closed pipe makes `write` fail with EPIPE, reported like any other write error, instead
    /// of ending the process with SIGPIPE.
    private static let ignoreBrokenPipe: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

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
