internal import CLibXML2
import Foundation
import PolicyModel

/// The built-in schema compiled once, shared, and used by one validation at a time.
final class RelaxNGValidator: @unchecked Sendable {
    static let shared = RelaxNGValidator(schema: PolicySchema.relaxNG)

    private let lock = NSLock()
    private let schema: xmlRelaxNGPtr?
    /// Problems compiling the schema itself; empty for the built-in schema.
    let schemaErrors: [String]

    init(schema text: String) {
        let (compiled, errors) = LibXML.collectingErrors { _ -> xmlRelaxNGPtr? in
            let bytes = Array(text.utf8)
            return bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) { base in
                    guard let parser = xmlRelaxNGNewMemParserCtxt(base, Int32(bytes.count)) else { return nil }
                    defer { xmlRelaxNGFreeParserCtxt(parser) }
                    return xmlRelaxNGParse(parser)
                }
            }
        }
        schema = compiled
        schemaErrors = errors.map(\.message) + (compiled == nil && errors.isEmpty ? ["schema did not compile"] : [])
    }

    /// Validates a parsed document; returns libxml2's errors, each with the element's line.
    func validate(_ document: xmlDocPtr) -> [RawError] {
        guard let schema else { return [] }
        lock.lock()
        defer { lock.unlock() }
        let (_, errors) = LibXML.collectingErrors { sink -> Int32 in
            guard let context = xmlRelaxNGNewValidCtxt(schema) else { return -1 }
            xmlRelaxNGSetValidStructuredErrors(context, LibXML.errorHandler, sink)
            defer { xmlRelaxNGFreeValidCtxt(context) }
            return xmlRelaxNGValidateDoc(context, document)
        }
        return errors
    }
}
