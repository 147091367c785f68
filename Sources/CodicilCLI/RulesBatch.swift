import ArgumentParser
import Foundation
import PolicyModel
import PolicyRules

/// `codicil rules check --requests`: many requests, one compact JSON answer a line.
enum RulesBatch {
    /// Decides every non-blank line of a JSON Lines file, writing answers in the same order.
    static func run(_ rules: RuleSet, path: String) throws {
        guard let contents = FileManager.default.contents(atPath: path) else {
            Output.standardError("\(path):1: error: cannot read file [unreadable]")
            throw ExitCode(2)
        }
        let decoder = JSONDecoder()
        var out = ""
        out.reserveCapacity(1 << 20)
        var failed = false
        var lineNumber = 0
        for line in contents.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            do {
                let request = try decoder.decode(Request.self, from: Data(line))
                out += try rules.decideValidated(request).json.compact()
            } catch let problem as RequestError {
                failed = true
                out += JSONValue.object(["error": .string("\(path):\(lineNumber): \(problem)")]).compact()
            } catch {
                failed = true
                out += JSONValue.object(["error": .string("\(path):\(lineNumber): not a JSON request object")]).compact()
            }
            out += "\n"
            if out.utf8.count > 1 << 20 {
                try Output.standardOutput(out, failure: ExitCode(2))
                out.removeAll(keepingCapacity: true)
            }
        }
        try Output.standardOutput(out, failure: ExitCode(2))
        if failed { throw ExitCode(2) }
    }
}
