import ArgumentParser
import Foundation
import PolicyRender
import PolicySite

/// Writing to the terminal and encoding JSON the same way everywhere.
enum Output {
    /// Writes text to standard output, all of it or an error: a full disk or a closed pipe is
    /// reported as `standard output: error: …` and ends the command with `failure` (commands
    /// whose exit status 1 means an answer, like `diff`, pass the status that means trouble).
    static func standardOutput(_ text: String, failure: ExitCode = .failure) throws {
        _ = ignoreBrokenPipe
        let code = FileDescriptorWrite.all(Array(text.utf8), to: STDOUT_FILENO)
        guard code == 0 else {
            let reason = String(cString: strerror(code))
            standardError("standard output: error: cannot write: \(reason) [write-failed]")
            throw failure
        }
    }

    /// Writes a line to standard output; see `standardOutput(_:failure:)`.
    static func line(_ text: String, failure: ExitCode = .failure) throws {
        try standardOutput(text + "\n", failure: failure)
    }

    /// Writes a line to standard error. Nothing more can be reported when that fails.
    static func standardError(_ line: String) {
        _ = ignoreBrokenPipe
        _ = FileDescriptorWrite.all(Array((line + "\n").utf8), to: STDERR_FILENO)
    }

    /// A closed pipe makes `write` fail with EPIPE, reported like any other write error, instead
    /// of ending the process with SIGPIPE.
    private static let ignoreBrokenPipe: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    /// One line for an error a command could not handle itself: `path: error: what happened`.
    /// Errors that already carry such a line give it; a Foundation file error gives its path and
    /// the system's reason, never a dump of its fields.
    static func message(_ error: any Error, path: String? = nil) -> String {
        switch error {
        case let error as OutputFile.Refusal: return error.description
        case let error as SiteOutputError: return error.description
        case let error as SiteWriteError: return error.description
        case let error as RenderError: return error.description
        case let error as CocoaError:
            let file = error.filePath ?? error.url?.path ?? path ?? "codicil"
            let reason: String
            if let underlying = error.userInfo[NSUnderlyingErrorKey] as? POSIXError {
                reason = String(cString: strerror(underlying.code.rawValue))
            } else if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
                reason = String(cString: strerror(Int32(underlying.code)))
            } else {
                reason = Output.reason(of: error.code)
            }
            return "\(file): error: \(reason) [io]"
        case let error as POSIXError:
            return "\(path ?? "codicil"): error: \(String(cString: strerror(error.code.rawValue))) [io]"
        default:
            return "\(path ?? "codicil"): error: \(error) [internal]"
        }
    }

    /// Words for Foundation's file error codes that come without a system error.
    private static func reason(of code: CocoaError.Code) -> String {
        switch code {
        case .fileNoSuchFile, .fileReadNoSuchFile: "no such file or directory"
        case .fileReadNoPermission, .fileWriteNoPermission: "permission denied"
        case .fileWriteOutOfSpace: "no space left on device"
        case .fileWriteVolumeReadOnly: "read-only file system"
        case .fileWriteFileExists: "file exists"
        case .fileReadCorruptFile, .fileReadInapplicableStringEncoding: "cannot be read as text"
        default: "cannot read or write the file"
        }
    }
}

extension Output {
    /// A renderer with the templates of `directory`, or the built-in ones. Each template
    /// problem is printed as its own `path:line:column: error: …` line and ends the command;
    /// notes such as a partial taken from the built-in set are printed as warnings.
    /// `page` (`text/redline`) limits the templates read to those a command's one page needs: a
    /// directory's set is read for that page's folder (the built-in set is read a page at a time
    /// anyway, as pages are rendered).
    static func renderer(templates directory: String?, page: String? = nil) throws -> PolicyRenderer {
        do {
            let renderer = try PolicyRenderer(
                templates: directory.map(TemplateSet.init(directory:)) ?? .builtIn,
                folders: page.map { [String($0.prefix { $0 != "/" })] })
            for warning in renderer.warnings { Output.standardError(warning.description) }
            return renderer
        } catch let error as RenderError {
            Output.standardError(error.description)
            throw ExitCode.failure
        }
    }
}
