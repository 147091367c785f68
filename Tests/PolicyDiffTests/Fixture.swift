import Foundation
import PolicyDiff
import PolicyModel
import PolicySource

/// The fixture revisions of the Fuji Xerox policy, each compared with the December 2012 base.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Parses a fixture file, failing loudly when it does not parse.
    static func policy(_ relativePath: String) throws -> Policy {
        let path = directory.appendingPathComponent(relativePath).path
        let result = PolicyParser.parse(fileAtPath: path)
        guard let policy = result.policy else {
            throw FixtureError(message: result.diagnostics.map(\.description).joined(separator: "\n"))
        }
        return policy
    }

    /// The change set from the base revision to a fixture case's `new.xml`.
    static func changes(_ name: String) throws -> ChangeSet {
        ChangeSet(from: try policy("2012-12-01.xml"), to: try policy("\(name)/new.xml"))
    }

    struct FixtureError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

extension Change {
    /// `kind element old-id→new-id old-number→new-number`, for exact comparisons in one line.
    var signature: String {
        "\(kind.rawValue) \(element.rawValue) \(oldID ?? "-")→\(newID ?? "-") \(oldNumber ?? "-")→\(newNumber ?? "-")"
    }
}
