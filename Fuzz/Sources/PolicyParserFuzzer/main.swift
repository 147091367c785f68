import FuzzDriver
import Glibc
import PolicySource

/// Feeds arbitrary bytes to the parser and to `codicil fmt`'s formatter: they must return
/// diagnostics, never crash or hang, and formatting what was formatted must change nothing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = PolicyParser.parse(bytes: bytes, path: "fuzz.xml")
    for rewrap in [false, true] {
        guard let once = SourceFormatter.format(bytes: bytes, path: "fuzz.xml", rewrap: rewrap).text else { continue }
        let twice = SourceFormatter.format(bytes: Array(once.utf8), path: "fuzz.xml", rewrap: rewrap).text
        if twice != once { fatalError("formatting a formatted source changed it") }
    }
    return 0
}

var arguments = CommandLine.arguments.map { strdup($0) }
var count = Int32(arguments.count)
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = arguments.withUnsafeMutableBufferPointer { $0.baseAddress }
_ = LLVMFuzzerRunDriver(&count, &argv, fuzzOne)
