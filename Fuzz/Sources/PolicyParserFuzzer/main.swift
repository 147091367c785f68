import FuzzDriver
import Glibc
import PolicySource

/// Feeds arbitrary bytes to the parser: it must return diagnostics, never crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = PolicyParser.parse(bytes: bytes, path: "fuzz.xml")
    return 0
}

var arguments = CommandLine.arguments.map { strdup($0) }
var count = Int32(arguments.count)
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = arguments.withUnsafeMutableBufferPointer { $0.baseAddress }
_ = LLVMFuzzerRunDriver(&count, &argv, fuzzOne)
