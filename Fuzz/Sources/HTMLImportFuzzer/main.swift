import FuzzDriver
import Glibc
import PolicyImport
import PolicyModel

let options = ImportOptions(policyID: "fuzz", effective: PolicyDate("2024-03-01")!)
let encodings: [TextEncoding?] = [nil, .utf8, .utf16LittleEndian, .utf16BigEndian, .windows1252, .shiftJIS, .eucJP]

/// Feeds arbitrary bytes to the HTML importer, as text and through the decoding a file gets
/// (the encoding named varies with the input's length): it must answer, never crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = PolicyImporter.importDocument(
        String(decoding: bytes, as: UTF8.self), format: .html, path: "fuzz.html", options: options)
    let encoding = encodings[size % encodings.count]
    if let text = try? PolicyImporter.decode(bytes, format: .html, path: "fuzz.html", encoding: encoding) {
        _ = PolicyImporter.importDocument(text, format: .html, path: "fuzz.html", options: options)
    }
    return 0
}

var arguments = CommandLine.arguments.map { strdup($0) }
var count = Int32(arguments.count)
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = arguments.withUnsafeMutableBufferPointer {
    $0.baseAddress
}
_ = LLVMFuzzerRunDriver(&count, &argv, fuzzOne)
