import Foundation
import FuzzDriver
import Glibc
import PolicyModel
import PolicyRender
import PolicySource

/// The shipped policy, which every fuzzed template set renders.
let shipped: Policy = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    guard let policy = PolicyParser.parse(fileAtPath: root.path + "/policy-src/fujixerox-privacy/2012-12-01.xml").policy
    else {
        fatalError("the shipped policy does not parse")
    }
    return policy
}()

/// The places a fuzzed template goes: the page itself, and partials the built-in pages include.
let slots = ["html/policy.mustache", "html/partials/section.mustache", "markdown/partials/section.mustache"]

/// Puts arbitrary text in a template set and renders the shipped policy with it: the renderer
/// must report template problems, never crash, hang or recurse without end.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let input = String(decoding: bytes, as: UTF8.self)
    for slot in slots {
        var files = TemplateSet.builtIn.files
        files[slot] = input
        guard let renderer = try? PolicyRenderer(templates: TemplateSet(files: files)) else { continue }
        _ = try? renderer.render(shipped, as: slot.hasPrefix("html") ? .html : .markdown)
    }
    return 0
}

var arguments = CommandLine.arguments.map { strdup($0) }
var count = Int32(arguments.count)
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = arguments.withUnsafeMutableBufferPointer {
    $0.baseAddress
}
_ = LLVMFuzzerRunDriver(&count, &argv, fuzzOne)
