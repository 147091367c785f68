internal import CLibXML2
import PolicyModel

/// libxml2 set up once per process, before any concurrent use: its lazy initialisers race.
enum LibXML {
    /// Runs libxml2's one-time initialisation; safe to call from any thread, any number of times.
    static func initialize() { _ = initialized }

    private static let initialized: Void = {
        xmlInitParser()
        xmlRelaxNGInitTypes()
        codicil_install_entity_refusal()
    }()

    /// Parse options that never touch the network, never load a DTD and never substitute entities.
    /// `XML_PARSE_HUGE` lifts libxml2's 10 MB limit on one text node, so a long paragraph parses
    /// wherever it falls; it is safe because entity declarations, the only way to make a small
    /// file expand, are refused before libxml2 sees a file, a source is at most 64 MiB
    /// (`PolicyParser.maximumSize`), and nesting is checked against 256 levels first.
    static let safeOptions: Int32 = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_HUGE.rawValue)

    /// Collects libxml2's structured errors as raw records while a body runs on this thread.
    /// The body receives the context pointer to pass to libxml2 APIs that take their own error callback.
    static func collectingErrors<T>(_ body: (UnsafeMutableRawPointer) -> T) -> (T, [RawError]) {
        initialize()
        let sink = ErrorSink()
        let context = Unmanaged.passRetained(sink)
        defer { context.release() }
        xmlSetStructuredErrorFunc(context.toOpaque(), errorHandler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        let result = body(context.toOpaque())
        return (result, sink.errors)
    }

    /// Appends each error to the `ErrorSink` passed as the callback's context.
    static let errorHandler: xmlStructuredErrorFunc = { pointer, error in
        guard let pointer, let error else { return }
        let sink = Unmanaged<ErrorSink>.fromOpaque(pointer).takeUnretainedValue()
        sink.errors.append(RawError(error.pointee))
    }
}

/// One error as libxml2 reported it.
struct RawError {
    var message: String
    var line: Int
    var column: Int
    var domain: Int32
    var code: Int32
    var isWarning: Bool
    /// The node the error is about, when libxml2 knows it (validation errors).
    var node: UnsafeMutableRawPointer?

    init(_ error: xmlError) {
        node = error.node
        message = error.message.map { String(cString: $0) } ?? "unknown error"
        while message.last?.isWhitespace == true { message.removeLast() }
        line = Int(error.line)
        column = Int(error.int2)
        domain = error.domain
        code = error.code
        isWarning = error.level == XML_ERR_WARNING
    }
}

/// The mutable buffer a C callback appends to; used by one thread at a time.
final class ErrorSink {
    var errors: [RawError] = []
}
