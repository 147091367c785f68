import PolicyDiff
import PolicyImport
import PolicyModel
import Testing

/// Sections with the same heading ("Take control" under each product) keep their ids by what
/// they hold and where they stand, not by their order, when one of them is deleted.
@Suite struct RepeatedHeadingTests {
    static let products = ["Search", "Maps", "Photos", "Mail", "Video"]

    /// A policy with a "Take control" section under each product, leaving out those in `without`.
    static func policy(without: Set<String> = [], intro: Bool = false) -> String {
        var text = "# Acme Privacy Policy\n\nAcme Ltd. (“we”) explains what it collects.\n\n"
        for product in products {
            text += "## \(product)\n\nWhat \(product) collects from you when you use it.\n\n"
            if !without.contains(product) {
                text +=
                    "### Take control\n\nYou can turn off \(product.lowercased()) history at any time in your account settings.\n\n"
            }
            text += "### Keeping \(product.lowercased()) data\n\nWe keep \(product.lowercased()) data for a year.\n\n"
        }
        return text
    }

    private func imported(_ text: String, date: String, like: Policy? = nil) -> Policy {
        let options = ImportOptions(policyID: "acme", effective: PolicyDate(date)!, like: like)
        return PolicyImporter.importDocument(text, format: .markdown, path: "\(date).md", options: options).policy
    }

    private func ids(_ policy: Policy) -> [String] { policy.allSections.map(\.id.rawValue) }

    @Test(
        "deleting one of several same-named sections keeps every other section's id; the diff reports one removal",
        arguments: ["Search", "Photos", "Video"])
    func deleteOne(product: String) {
        let old = imported(Self.policy(), date: "2024-01-01")
        let new = imported(Self.policy(without: [product]), date: "2025-01-01", like: old)
        let removed = old.allSections.first {
            $0.heading.plainText() == "Take control"
                && $0.blocks.description.contains(product.lowercased() + " history")
        }!
        #expect(ids(new) == ids(old).filter { $0 != removed.id.rawValue })
        let changes = ChangeSet(from: old, to: new).changes.filter { $0.kind != .renumbered }
        #expect(
            changes.map(\.kind) == [.removed], "\(changes.map { "\($0.kind) \($0.oldID ?? "") \($0.newID ?? "")" })")
        #expect(changes.first?.oldID == removed.id.rawValue)
    }

    @Test("same-named sections with the same words keep their ids by their neighbours")
    func sameWords() {
        let same = Self.policy().replacingOccurrences(
            of: #"turn off \w+ history"#, with: "turn off history", options: .regularExpression)
        let old = imported(same, date: "2024-01-01")
        let fewer = Self.policy(without: ["Maps"]).replacingOccurrences(
            of: #"turn off \w+ history"#, with: "turn off history", options: .regularExpression)
        let new = imported(fewer, date: "2025-01-01", like: old)
        let mapsTakeControl = old.sections[1].subsections[0].id.rawValue
        #expect(ids(new) == ids(old).filter { $0 != mapsTakeControl })
    }
}
