import Foundation
import PolicyImport
import PolicyModel
import PolicyRender
import PolicySource
import Testing

/// Imports every corpus document, checks it, and compares its words with the original's;
/// `RECORD_GOLDENS=1` writes the figures to `docs/import-fidelity.md`.
@Suite struct ImportFidelityTests {
    struct Document {
        var policy: String
        var date: String
        var comparison: WordComparison
        var warnings: Int
        var errors: [String]
        var imported: Policy?
        /// The GitHub tables of the original, and how many of them are tables in the import.
        var tables: (original: Int, kept: Int) = (0, 0)
        /// The headings the original numbered, and those the text edition shows with that number.
        var numbered: [NumberedHeading] = []
        var numbersKept: [NumberedHeading] = []
    }

    /// Every document, each history imported oldest first, each revision like the one before.
    static let documents: [Document] = {
        var result: [Document] = []
        var previous: (String, Policy)?
        for entry in Paths.corpusDocuments {
            let like = previous?.0 == entry.policy ? previous?.1 : nil
            let options = ImportOptions(policyID: PolicyID(entry.policy), effective: PolicyDate(entry.date)!, like: like)
            guard let imported = try? PolicyImporter.importFile(atPath: entry.path, options: options),
                let source = FileManager.default.contents(atPath: entry.path)
            else { continue }
            let written = PolicyWriter.source(of: imported.policy)
            let check = PolicyParser.parse(bytes: Array(written.utf8), path: "\(entry.policy)/\(entry.date).xml")
            let original = MarkdownWords.of(String(decoding: source, as: UTF8.self))
            // The import's words as a reader gets them: the plain-text edition, as `codicil render --format txt` prints it.
            let edition = check.policy.flatMap { try? PolicyRenderer().render($0, as: .text) }
            let copy = edition.map { Words.of($0) } ?? []
            // Lines of the edition with runs of spaces as one, so a heading's number and words compare.
            let lines = "\n" + (edition ?? "").split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
                .joined(separator: "\n")
            result.append(
                Document(
                    policy: entry.policy, date: entry.date,
                    comparison: WordComparison(original: original.words, copy: copy, numbers: original.headingNumbers),
                    warnings: imported.diagnostics.count,
                    errors: check.diagnostics.filter { $0.severity == .error }.map(\.description), imported: check.policy,
                    tables: (
                        CorpusTables.count(markdown: String(decoding: source, as: UTF8.self)),
                        check.policy.map(CorpusTables.count(policy:)) ?? 0
                    ),
                    numbered: original.numbered, numbersKept: original.numbered.filter { $0.isShown(in: lines) }))
            previous = check.policy.map { (entry.policy, $0) }
        }
        return result
    }()

    @Test("every corpus document imports and passes the check", .enabled(if: !Paths.corpusDocuments.isEmpty, "../shared/corpus is not beside this clone"))
    func everyDocumentChecks() throws {
        #expect(Self.documents.count == Paths.corpusDocuments.count)
        for document in Self.documents {
            #expect(document.errors == [], "\(document.policy)/\(document.date)")
        }
    }

    @Test("every word of every corpus document is kept, section numbers aside", .enabled(if: !Paths.corpusDocuments.isEmpty, "../shared/corpus is not beside this clone"))
    func wordsKept() throws {
        for document in Self.documents {
            #expect(document.comparison.keptShare >= 0.999, "\(document.policy)/\(document.date): lost \(document.comparison.lostWords.prefix(8))")
        }
        if Paths.recording {
            let report = FidelityReport.markdown(Self.documents, alignment: Self.alignment())
            try report.write(to: Paths.packageRoot.appendingPathComponent("docs/import-fidelity.md"), atomically: true, encoding: .utf8)
        }
    }

    @Test(
        "every heading the publisher numbered shows the same number in the text edition",
        .enabled(if: !Paths.corpusDocuments.isEmpty, "../shared/corpus is not beside this clone"))
    func numbersKept() throws {
        #expect(Self.documents.reduce(0) { $0 + $1.numbered.count } > 100)
        for document in Self.documents {
            let lost = document.numbered.filter { !document.numbersKept.contains($0) }
            #expect(lost.isEmpty, "\(document.policy)/\(document.date): \(lost.prefix(5).map { "\($0.number) \($0.title)" })")
        }
    }

    @Test("sections whose heading is unchanged keep their id in the next revision", .enabled(if: !Paths.corpusDocuments.isEmpty, "../shared/corpus is not beside this clone"))
    func historiesAlign() throws {
        for row in Self.alignment() {
            #expect(row.sameHeadingSameID == row.sameHeading, "\(row.policy) \(row.from) → \(row.to)")
        }
    }

    /// One pair of consecutive revisions: how many section ids carried over.
    struct AlignmentRow {
        var policy: String
        var from: String
        var to: String
        var sections: Int
        var idsFound: Int
        var sameHeading: Int
        var sameHeadingSameID: Int
    }

    static func alignment() -> [AlignmentRow] {
        var rows: [AlignmentRow] = []
        for (earlier, later) in zip(documents, documents.dropFirst()) where earlier.policy == later.policy {
            guard let old = earlier.imported, let new = later.imported else { continue }
            let newIDs = Set(new.allSections.map(\.id))
            let oldByHeading = Dictionary(grouping: old.allSections, by: { $0.heading.plainText() }).mapValues { Set($0.map(\.id)) }
            let newByHeading = Dictionary(grouping: new.allSections, by: { $0.heading.plainText() }).mapValues { Set($0.map(\.id)) }
            var sameHeading = 0
            var sameID = 0
            for (heading, ids) in oldByHeading {
                guard let later = newByHeading[heading] else { continue }
                sameHeading += min(ids.count, later.count)
                sameID += ids.intersection(later).count
            }
            rows.append(
                AlignmentRow(
                    policy: earlier.policy, from: earlier.date, to: later.date, sections: old.allSections.count,
                    idsFound: old.allSections.filter { newIDs.contains($0.id) }.count, sameHeading: sameHeading,
                    sameHeadingSameID: sameID))
        }
        return rows
    }
}
