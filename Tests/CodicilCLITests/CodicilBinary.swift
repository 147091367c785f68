import Foundation

/// Runs the built `codicil` executable, as a user would.
enum CodicilBinary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable beside the test bundle, in the same build folder.
    static var url: URL {
        var directory = Bundle.main.bundleURL
        while !directory.path.isEmpty, directory.path != "/" {
            let candidate = directory.appendingPathComponent("codicil")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/codicil")
    }

    /// What one run printed and how it ended.
    struct Run {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs `codicil` with arguments in a working directory; with `standardOutput`, its output
    /// goes there (a file that cannot be written, a pipe closed at the other end) and is not read.
    static func run(
        _ arguments: [String], in directory: URL = packageRoot, environment: [String: String]? = nil,
        standardOutput: FileHandle? = nil
    ) throws -> Run {
        try run(program: url, arguments, in: directory, environment: environment, standardOutput: standardOutput)
    }

    /// Runs a program, reading its output and errors side by side so that neither pipe can fill
    /// and stall it.
    static func run(
        program: URL, _ arguments: [String], in directory: URL, environment: [String: String]? = nil,
        standardOutput: FileHandle? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = standardOutput ?? output
        process.standardError = error
        try process.run()
        if standardOutput != nil { try output.fileHandleForWriting.close() }
        let errors = ErrorBytes()
        let reading = DispatchGroup()
        let errorHandle = error.fileHandleForReading
        DispatchQueue.global().async(group: reading) { errors.data = errorHandle.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        reading.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errors.data, as: UTF8.self))
    }

    /// What a child process wrote to standard error; written by one reader, read after it finished.
    private final class ErrorBytes: @unchecked Sendable {
        var data = Data()
    }
}
