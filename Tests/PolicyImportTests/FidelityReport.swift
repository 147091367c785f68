import Foundation
import PolicyDiff

/// Writes the fidelity report as Markdown: one row per document, the total, and id alignment.
enum FidelityReport {
    static func markdown(_ documents: [ImportFidelityTests.Document], alignment: [ImportFidelityTests.AlignmentRow]) -> String {
        var lines = [
            "# Import fidelity", "",
            "Every document of `../shared/corpus` imported with `PolicyImporter` (each revision `--like` the one",
            "before), written as source, parsed and checked again, then its words compared with the words of the",
            "original Markdown (front matter, comments, syntax, link addresses and tags removed). Words are runs of",
            "letters and digits, lower-cased; each Han or kana character counts as one word. Counts are multisets:",
            "*kept* words are in both, *lost* only in the original, *added* only in the import.",
            "Written section numbers (\"1.\", \"7.1\") are the only words allowed to be lost: Codicil computes numbers.",
            "",
            "The import's words are those of its plain-text edition, exactly as `codicil render --format txt` prints",
            "it. Regenerate with `RECORD_GOLDENS=1 swift test --filter ImportFidelityTests`.",
            "*Added* words are what the text edition writes that the original's counted words leave out: link",
            "addresses written out after the link text, computed section and item numbers, `[Note N]` markers,",
            "and titles taken from YAML front matter. Section numbers the edition computes where the original",
            "wrote them count as kept; those lost are written numbers the computed ones do not repeat (\"Article 3\").",
            "The test fails when any document keeps less than 99.9% of its words (section numbers aside).",
            "*Tables kept*: the original's GitHub tables that are tables in the imported source, of all its tables",
            "(`CorpusTableTests` also finds each in all four editions).",
            "",
            "*Numbers kept*: headings the original numbers (\"3.4.\", \"A.\", \"Clause 3:\"), and how many of them",
            "the text edition shows with the same number before the same words.",
            "",
            "| document | words | kept | kept % | lost: section numbers | lost: other | added | tables kept | numbers kept | warnings | note |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        var total = (0, 0, 0, 0, 0, 0)
        var tables = (0, 0)
        var numbers = (0, 0)
        for document in documents {
            let c = document.comparison
            let other = c.lost - c.lostNumbers
            let note = other == 0 ? "" : "lost: " + c.lostWords.prefix(5).map { "`\($0.0)`×\($0.1)" }.joined(separator: ", ")
            lines.append(
                "| \(document.policy)/\(document.date) | \(c.original) | \(c.kept) | \(percent(c.keptShare)) | \(c.lostNumbers) | \(other) | \(c.added) | \(document.tables.kept)/\(document.tables.original) | \(document.numbersKept.count) of \(document.numbered.count) | \(document.warnings) | \(note) |")
            tables = (tables.0 + document.tables.original, tables.1 + document.tables.kept)
            numbers = (numbers.0 + document.numbersKept.count, numbers.1 + document.numbered.count)
            total = (total.0 + c.original, total.1 + c.kept, total.2 + c.lostNumbers, total.3 + other, total.4 + c.added, total.5 + document.warnings)
        }
        let share = Double(total.1) / Double(max(total.0 - total.2, 1))
        lines.append("| **total (\(documents.count) documents)** | \(total.0) | \(total.1) | \(percent(share)) | \(total.2) | \(total.3) | \(total.4) | \(tables.1)/\(tables.0) | \(numbers.0) of \(numbers.1) | \(total.5) | |")
        lines += [
            "", "## Ids across revisions", "",
            "Each history imported oldest first, each revision like the one before. *Ids found*: sections of",
            "revision N whose id is still used in N+1. *Same heading*: sections of N whose heading text appears",
            "unchanged in N+1 (a heading used twice in N and once in N+1 counts once), and how many of those kept",
            "their id (the diff aligns clauses by id).", "",
            "| policy | from → to | sections in N | ids found in N+1 | same heading | same heading, same id |",
            "|---|---|---:|---:|---:|---:|",
        ]
        for row in alignment {
            lines.append(
                "| \(row.policy) | \(row.from) → \(row.to) | \(row.sections) | \(row.idsFound) (\(percent(Double(row.idsFound) / Double(max(row.sections, 1))))) | \(row.sameHeading) | \(row.sameHeadingSameID) |")
        }
        lines += [
            "", "## Spot check: the telegram history, diffed clause by clause", "",
            "`ChangeSet(from:to:)` (what `codicil diff` prints) over each imported pair. Because ids carry over,",
            "an edit shows as a few modified clauses, not as everything removed and everything added.", "",
            "| from → to | summary |", "|---|---|",
        ]
        for (earlier, later) in zip(documents, documents.dropFirst())
        where earlier.policy == "telegram-privacy-policy" && later.policy == earlier.policy {
            guard let old = earlier.imported, let new = later.imported else { continue }
            lines.append("| \(earlier.date) → \(later.date) | \(ChangeSet(from: old, to: new).summaryLine()) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded(.down))
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
