import Foundation
import PolicyModel
import PolicySource

/// Synthetic sources built from the shipped policy: larger copies, and many revisions.
enum SyntheticPolicies {
    /// A policy with its sections repeated `factor` times, every clause id made unique (`-copyN`); its id is
    /// `id`, or `synthetic-<factor>x`.
    static func scaled(_ base: Policy, factor: Int, id: PolicyID? = nil) -> Policy {
        var policy = base
        policy.id = id ?? PolicyID("synthetic-\(factor)x")
        policy.sections = (0..<factor).flatMap { copy in
            // `-copy1`, not `-1`: real policies already number repeated ids `-2`, `-3`.
            base.sections.map { copy == 0 ? $0 : renamed($0, suffix: "-copy\(copy)") }
        }
        policy.renumber()
        return policy
    }

    /// Revision `number` (1-based) of a policy that gains one sentence per revision.
    static func revision(_ base: Policy, policy id: String, number: Int) -> Policy {
        var policy = base
        policy.id = PolicyID(id)
        let start = PolicyDate(year: 2001, month: 1, day: 1)!
        policy.revision = Revision(effective: PolicyDate(year: start.year + number - 1, month: 1 + number % 12, day: 1)!)
        for edit in 1..<max(number, 1) {
            let index = edit % policy.sections.count
            policy.sections[index] = appending(" Revision \(edit) clarifies this clause.", to: policy.sections[index])
        }
        policy.renumber()
        return policy
    }

    /// Writes `count` policies of `revisions` revisions each under `directory`, as policy-src is laid out.
    static func writeSite(from base: Policy, policies count: Int, revisions: Int, to directory: URL) throws {
        for index in 1...count {
            let id = "synthetic-\(index)"
            let folder = directory.appendingPathComponent(id)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for number in 1...revisions {
                let policy = revision(base, policy: id, number: number)
                try Data(PolicyWriter.source(of: policy).utf8)
                    .write(to: folder.appendingPathComponent("\(policy.revision.effective).xml"))
            }
        }
    }

    /// A later revision of `policy` with typical edits: a sentence added to every fourth
    /// top-level section and a new effective date, so diffs have something local to find.
    static func edited(_ policy: Policy) -> Policy {
        var policy = policy
        let old = policy.revision.effective
        policy.revision = Revision(effective: PolicyDate(year: old.year + 1, month: old.month, day: old.day)!)
        for index in policy.sections.indices where index % 4 == 1 {
            policy.sections[index] = appending(" This clause now also covers data shared with auditors \(index).", to: policy.sections[index])
        }
        policy.renumber()
        return policy
    }

    private static func renamed(_ section: Section, suffix: String) -> Section {
        var section = section
        section.id = ClauseID(section.id.rawValue + suffix)
        section.heading = renamed(section.heading, suffix: suffix)
        section.blocks = section.blocks.map { renamed($0, suffix: suffix) }
        section.subsections = section.subsections.map { renamed($0, suffix: suffix) }
        return section
    }

    private static func renamed(_ block: Block, suffix: String) -> Block {
        switch block {
        case .paragraph(var paragraph):
            paragraph.id = paragraph.id.map { ClauseID($0.rawValue + suffix) }
            paragraph.content = renamed(paragraph.content, suffix: suffix)
            return .paragraph(paragraph)
        case .list(var list):
            list.items = list.items.map { item in
                var item = item
                item.id = item.id.map { ClauseID($0.rawValue + suffix) }
                item.content = renamed(item.content, suffix: suffix)
                item.blocks = item.blocks.map { renamed($0, suffix: suffix) }
                return item
            }
            return .list(list)
        case .table(var table):
            table.rows = table.rows.map { row in
                var row = row
                row.id = row.id.map { ClauseID($0.rawValue + suffix) }
                row.cells = row.cells.map { renamed($0, suffix: suffix) }
                return row
            }
            return .table(table)
        }
    }

    private static func renamed(_ content: [Inline], suffix: String) -> [Inline] {
        content.map { inline in
            switch inline {
            case .crossReference(let id): .crossReference(ClauseID(id.rawValue + suffix))
            case .emphasis(let children): .emphasis(renamed(children, suffix: suffix))
            case .strong(let children): .strong(renamed(children, suffix: suffix))
            case .term(let children): .term(renamed(children, suffix: suffix))
            case .link(let href, let children): .link(href: href, content: renamed(children, suffix: suffix))
            case .text, .noteReference, .lineBreak: inline
            }
        }
    }

    private static func appending(_ sentence: String, to section: Section) -> Section {
        var section = section
        if let index = section.blocks.firstIndex(where: { if case .paragraph = $0 { true } else { false } }),
            case .paragraph(var paragraph) = section.blocks[index]
        {
            paragraph.content.append(.text(sentence))
            section.blocks[index] = .paragraph(paragraph)
        } else if !section.subsections.isEmpty {
            section.subsections[0] = appending(sentence, to: section.subsections[0])
        }
        return section
    }
}
