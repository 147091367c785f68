import Foundation
import PolicyModel
import PolicySource

// codicil-bench: in-process timings of Codicil's stages, printed as JSON lines for
// Benchmarks/run.py, which runs the peer tools on the same inputs and writes docs/benchmarks.md.
//
//   codicil-bench generate OUTPUT_DIR     write the synthetic sources
//   codicil-bench measure OUTPUT_DIR      time each stage on them (after generate)

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 2, let command = arguments.first, let output = arguments.last else {
    FileHandle.standardError.write(Data("usage: codicil-bench generate|measure OUTPUT_DIR\n".utf8))
    exit(64)
}
let root = URL(fileURLWithPath: output)
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let shipped = packageRoot.appendingPathComponent("policy-src/fujixerox-privacy/2012-12-01.xml")
guard let base = PolicyParser.parse(fileAtPath: shipped.path).policy else {
    FileHandle.standardError.write(Data("cannot parse \(shipped.path)\n".utf8))
    exit(1)
}

switch command {
case "generate":
    let scaled = root.appendingPathComponent("scaled")
    try FileManager.default.createDirectory(at: scaled, withIntermediateDirectories: true)
    for factor in [1, 10, 100] {
        let policy = SyntheticPolicies.scaled(base, factor: factor)
        try Data(PolicyWriter.source(of: policy).utf8).write(to: scaled.appendingPathComponent("\(factor)x.xml"))
    }
    try SyntheticPolicies.writeSite(from: base, policies: 50, revisions: 20, to: root.appendingPathComponent("site-src"))
case "measure":
    var results: [Measurement] = []
    for factor in [1, 10, 100] {
        let path = root.appendingPathComponent("scaled/\(factor)x.xml").path
        let bytes = Array(FileManager.default.contents(atPath: path) ?? Data())
        results.append(
            Measurement.measure("parse+check \(factor)x", bytes: bytes.count, runs: factor == 100 ? 5 : 20) {
                precondition(PolicyParser.parse(bytes: bytes, path: path).policy != nil)
            })
    }
    let siteSource = root.appendingPathComponent("site-src").path
    results.append(
        Measurement.measure("load 1,000 revisions (50 policies x 20)", bytes: 0, runs: 5) {
            precondition(SourceLoader.load(paths: [siteSource]).histories.count == 50)
        })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    for result in results { print(String(decoding: try encoder.encode(result), as: UTF8.self)) }
default:
    FileHandle.standardError.write(Data("unknown command \(command)\n".utf8))
    exit(64)
}
