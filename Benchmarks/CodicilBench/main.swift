import Foundation
import PolicyDiff
import PolicyImport
import PolicyModel
import PolicyRender
import PolicySite
import PolicySource

// codicil-bench: in-process timings of Codicil's stages, printed as JSON lines for
// Benchmarks/run.py, which runs the peer tools on the same inputs and writes docs/benchmarks.md.
//
//   codicil-bench generate OUTPUT_DIR [CORPUS_DIR]   write the synthetic sources, the diff pairs,
//                                                    and the corpus imported as sources
//   codicil-bench measure OUTPUT_DIR [CORPUS_DIR]    time each stage on them (after generate)
//   codicil-bench import RUNS CORPUS_DIR             time only the corpus `import md` stage, RUNS
//                                                    times after a warm-up; prints the minimum
//   codicil-bench site RUNS SOURCE_DIR               time only building SOURCE_DIR's site in memory
//                                                    (loaded once), RUNS times after a warm-up;
//                                                    prints wall and CPU time (user, system)

let arguments = Array(CommandLine.arguments.dropFirst())
guard (2...3).contains(arguments.count) else {
    FileHandle.standardError.write(
        Data("usage: codicil-bench generate|measure OUTPUT_DIR [CORPUS_DIR], codicil-bench import RUNS CORPUS_DIR, or codicil-bench site RUNS SOURCE_DIR\n".utf8))
    exit(64)
}
let command = arguments[0]
let root = URL(fileURLWithPath: arguments[1])
let corpusRoot = arguments.count == 3 ? URL(fileURLWithPath: arguments[2]) : nil
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let shipped = packageRoot.appendingPathComponent("policy-src/fujixerox-privacy/2012-12-01.xml")
let seedMarkdown = URL(fileURLWithPath: "/work/shared/seed/fujixerox-privacy-policy-2012.md")
guard let base = PolicyParser.parse(fileAtPath: shipped.path).policy else {
    FileHandle.standardError.write(Data("cannot parse \(shipped.path)\n".utf8))
    exit(1)
}
let renderer = try PolicyRenderer()
let asOf = PolicyDate(year: 2027, month: 1, day: 1)!
let fileManager = FileManager.default

func write(_ text: String, to url: URL) throws {
    try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

func read(_ url: URL) -> String { String(decoding: fileManager.contents(atPath: url.path) ?? Data(), as: UTF8.self) }

/// The corpus documents: slug, then its revisions' Markdown files in date order.
func corpusDocuments(_ corpus: URL) -> [(slug: String, files: [URL])] {
    let slugs = ((try? fileManager.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    return slugs.compactMap { slug in
        let folder = corpus.appendingPathComponent(slug)
        let files = ((try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0) }
        return files.isEmpty ? nil : (slug, files)
    }
}

/// Imports one policy's revisions in order, each like the one before, as import-history does.
func importHistory(slug: String, files: [URL], texts: [String]) -> [Policy] {
    var previous: Policy?
    var policies: [Policy] = []
    for (file, text) in zip(files, texts) {
        let date = PolicyDate(file.deletingPathExtension().lastPathComponent) ?? base.revision.effective
        let options = ImportOptions(policyID: PolicyID(slug), effective: date, like: previous)
        let policy = PolicyImporter.importDocument(text, format: .markdown, path: file.path, options: options).policy
        policies.append(policy)
        previous = policy
    }
    return policies
}

/// The synthetic diff pairs: a scaled policy and an edited revision of it, sized by rendered text.
let pairSizes: [(name: String, bytes: Int)] = [("10k", 10_000), ("100k", 100_000), ("1m", 1_000_000)]

switch command {
case "generate":
    let scaled = root.appendingPathComponent("scaled")
    for factor in [1, 10, 100] {
        let policy = SyntheticPolicies.scaled(base, factor: factor)
        try write(PolicyWriter.source(of: policy), to: scaled.appendingPathComponent("\(factor)x.xml"))
        try write(try renderer.render(policy, as: .markdown), to: scaled.appendingPathComponent("\(factor)x.md"))
    }
    try SyntheticPolicies.writeSite(from: base, policies: 50, revisions: 20, to: root.appendingPathComponent("site-src"))
    // Each synthetic site revision as Markdown too, so pandoc converts the same 1,000 documents.
    let siteMarkdown = root.appendingPathComponent("site-md")
    for index in 1...50 {
        for number in 1...20 {
            let policy = SyntheticPolicies.revision(base, policy: "synthetic-\(index)", number: number)
            try write(
                try renderer.render(policy, as: .markdown),
                to: siteMarkdown.appendingPathComponent("synthetic-\(index)/\(policy.revision.effective).md"))
        }
    }
    // Revision pairs for diffing: XML sources for codicil, rendered text for the word-diff peers.
    var pairs: [String] = []
    let unitText = try renderer.render(base, as: .text).utf8.count
    for (name, bytes) in pairSizes {
        let factor = max(1, Int((Double(bytes) / Double(unitText)).rounded()))
        let old = SyntheticPolicies.scaled(base, factor: factor)
        let new = SyntheticPolicies.edited(old)
        let folder = root.appendingPathComponent("pairs/\(name)")
        for (side, policy) in [("old", old), ("new", new)] {
            try write(PolicyWriter.source(of: policy), to: folder.appendingPathComponent("\(side).xml"))
            try write(try renderer.render(policy, as: .text), to: folder.appendingPathComponent("\(side).txt"))
        }
        pairs.append("synthetic-\(name)\t\(folder.path)/old\t\(folder.path)/new")
    }
    // The corpus imported as sources (each revision like the one before), and its rendered text.
    if let corpusRoot {
        var largest: (markdown: Int, policies: [Policy])?
        for (slug, files) in corpusDocuments(corpusRoot) {
            let policies = importHistory(slug: slug, files: files, texts: files.map(read))
            let markdown = try policies.last.map { try renderer.render($0, as: .markdown).utf8.count } ?? 0
            if markdown > largest?.markdown ?? 0 { largest = (markdown, policies) }
            for policy in policies {
                let date = "\(policy.revision.effective)"
                try write(PolicyWriter.source(of: policy), to: root.appendingPathComponent("corpus-src/\(slug)/\(date).xml"))
                try write(try renderer.render(policy, as: .text), to: root.appendingPathComponent("corpus-txt/\(slug)/\(date).txt"))
            }
            for (old, new) in zip(policies, policies.dropFirst()) {
                pairs.append(
                    "\(slug) \(old.revision.effective)→\(new.revision.effective)\t"
                        + "\(root.path)/corpus-src/\(slug)/\(old.revision.effective)\t"
                        + "\(root.path)/corpus-src/\(slug)/\(new.revision.effective)")
            }
        }
        // Large policies shaped like real ones: every revision of the corpus's largest policy
        // (long lists, repeated headings, tables), its sections repeated to about 300 KB of
        // Markdown, then to exactly twice that, for the site build's linearity.
        if let largest {
            let factor = max(1, Int((300_000 / Double(largest.markdown)).rounded()))
            for (name, times) in [("large-1x", factor), ("large-2x", 2 * factor)] {
                for policy in largest.policies {
                    let large = SyntheticPolicies.scaled(policy, factor: times, id: policy.id)
                    let date = "\(policy.revision.effective)"
                    try write(
                        PolicyWriter.source(of: large),
                        to: root.appendingPathComponent("\(name)-src/\(policy.id)/\(date).xml"))
                    try write(
                        try renderer.render(large, as: .markdown),
                        to: root.appendingPathComponent("\(name)-md/\(policy.id)/\(date).md"))
                }
            }
        }
    }
    try write(pairs.joined(separator: "\n") + "\n", to: root.appendingPathComponent("pairs.tsv"))

case "measure":
    var results: [Measurement] = []
    func report(_ measurement: Measurement) {
        results.append(measurement)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        print(String(decoding: try! encoder.encode(measurement), as: UTF8.self))
    }

    /// A set of documents: source files (with bytes), parsed policies, Markdown to import,
    /// revision pairs to diff, and histories to build a site from.
    struct DocumentSet {
        var name: String
        var sources: [(path: String, bytes: [UInt8])]
        var markdown: [(slug: String, files: [URL], texts: [String])]
        var pairs: [(old: Policy, new: Policy)]
        var histories: [PolicyHistory]
    }

    func parse(_ path: String) -> Policy {
        guard let policy = PolicyParser.parse(fileAtPath: path).policy else { fatalError("cannot parse \(path)") }
        return policy
    }

    var sets: [DocumentSet] = []
    // The seed: the shipped source, its Markdown original, and an edited revision to diff.
    let seedEdited = SyntheticPolicies.edited(base)
    sets.append(
        DocumentSet(
            name: "seed", sources: [(shipped.path, Array(fileManager.contents(atPath: shipped.path)!))],
            markdown: [("fujixerox-privacy", [seedMarkdown], [read(seedMarkdown)])],
            pairs: [(base, seedEdited)],
            histories: [PolicyHistory(id: base.id, revisions: [base, seedEdited])]))
    if let corpusRoot {
        let documents = corpusDocuments(corpusRoot)
        var sources: [(String, [UInt8])] = []
        var histories: [PolicyHistory] = []
        var pairs: [(Policy, Policy)] = []
        for (slug, files) in documents {
            var policies: [Policy] = []
            for file in files {
                let path = root.appendingPathComponent("corpus-src/\(slug)/\(file.deletingPathExtension().lastPathComponent).xml").path
                sources.append((path, Array(fileManager.contents(atPath: path)!)))
                policies.append(parse(path))
            }
            histories.append(PolicyHistory(id: PolicyID(slug), revisions: policies))
            pairs.append(contentsOf: zip(policies, policies.dropFirst()).map { ($0, $1) })
        }
        sets.append(
            DocumentSet(
                name: "corpus", sources: sources, markdown: documents.map { ($0.slug, $0.files, $0.files.map(read)) },
                pairs: pairs, histories: histories))
    }
    for factor in [1, 10, 100] {
        let path = root.appendingPathComponent("scaled/\(factor)x.xml").path
        let markdownURL = root.appendingPathComponent("scaled/\(factor)x.md")
        let policy = parse(path)
        let edited = SyntheticPolicies.edited(policy)
        sets.append(
            DocumentSet(
                name: "\(factor)x", sources: [(path, Array(fileManager.contents(atPath: path)!))],
                markdown: [("synthetic-\(factor)x", [markdownURL], [read(markdownURL)])],
                pairs: [(policy, edited)], histories: [PolicyHistory(id: policy.id, revisions: [policy, edited])]))
    }

    for set in sets {
        let bytes = set.sources.reduce(0) { $0 + $1.bytes.count }
        let policies = set.histories.flatMap(\.revisions)
        report(
            Measurement.measure(set: set.name, stage: "parse+check", bytes: bytes, documents: set.sources.count) {
                for source in set.sources {
                    precondition(PolicyParser.parse(bytes: source.bytes, path: source.path).policy != nil)
                }
            })
        for format in EditionFormat.allCases {
            report(
                try Measurement.measure(set: set.name, stage: "render \(format.rawValue)", bytes: bytes, documents: policies.count) {
                    for policy in policies { _ = try renderer.render(policy, as: format) }
                })
        }
        let markdownBytes = set.markdown.reduce(0) { $0 + $1.texts.reduce(0) { $0 + $1.utf8.count } }
        let markdownCount = set.markdown.reduce(0) { $0 + $1.files.count }
        report(
            Measurement.measure(set: set.name, stage: "import md", bytes: markdownBytes, documents: markdownCount) {
                for document in set.markdown {
                    _ = importHistory(slug: document.slug, files: document.files, texts: document.texts)
                }
            })
        // cmark-gfm alone on the same Markdown: its parse (the importer's options and extensions)
        // and its own HTML, the baseline of issue 17's import target.
        report(
            Measurement.measure(set: set.name, stage: "cmark-gfm md→html", bytes: markdownBytes, documents: markdownCount) {
                for document in set.markdown {
                    for text in document.texts { precondition(!CommonMarkParser.html(text).isEmpty) }
                }
            })
        report(
            Measurement.measure(set: set.name, stage: "diff (ChangeSet)", bytes: bytes, documents: set.pairs.count) {
                for pair in set.pairs { _ = ChangeSet(from: pair.old, to: pair.new) }
            })
        let texts = try set.pairs.map { (try renderer.render($0.old, as: .text), try renderer.render($0.new, as: .text)) }
        report(
            Measurement.measure(
                set: set.name, stage: "word diff (text)", bytes: texts.reduce(0) { $0 + $1.0.utf8.count + $1.1.utf8.count },
                documents: texts.count
            ) {
                for pair in texts { _ = WordDiff(old: pair.0, new: pair.1) }
            })
        report(
            try Measurement.measure(set: set.name, stage: "site build (memory)", bytes: bytes, documents: policies.count) {
                _ = try SiteBuilder.build(histories: set.histories, asOf: asOf, renderer: renderer)
            })
    }

    // The synthetic pairs, diffed structurally and as text.
    for (name, _) in pairSizes {
        let folder = root.appendingPathComponent("pairs/\(name)")
        let old = parse(folder.appendingPathComponent("old.xml").path)
        let new = parse(folder.appendingPathComponent("new.xml").path)
        let oldText = read(folder.appendingPathComponent("old.txt"))
        let newText = read(folder.appendingPathComponent("new.txt"))
        let textBytes = oldText.utf8.count + newText.utf8.count
        report(Measurement.measure(set: "pair-\(name)", stage: "diff (ChangeSet)", bytes: textBytes, documents: 1) {
            _ = ChangeSet(from: old, to: new)
        })
        report(Measurement.measure(set: "pair-\(name)", stage: "word diff (text)", bytes: textBytes, documents: 1) {
            _ = WordDiff(old: oldText, new: newText)
        })
    }

    // The 1,000-revision synthetic site: loading (parse + check) and building in memory.
    let siteSource = root.appendingPathComponent("site-src").path
    let loaded = CheckedSources.load(paths: [siteSource])
    precondition(loaded.histories.count == 50)
    report(Measurement.measure(set: "site-1000", stage: "load (parse+check)", bytes: 0, documents: 1000, minimumRuns: 5) {
        precondition(CheckedSources.load(paths: [siteSource]).histories.count == 50)
    })
    report(try Measurement.measure(set: "site-1000", stage: "site build (memory)", bytes: 0, documents: 1000, minimumRuns: 5, budget: 0, warmUp: false) {
        _ = try SiteBuilder.build(histories: loaded.histories, asOf: asOf, renderer: renderer)
    })

case "import":
    // The `import md` stage of `measure` on the corpus alone, for work on the importer: no
    // generated inputs needed, the minimum and median of RUNS runs (the machine may be busy).
    guard let runs = Int(arguments[1]), runs > 0, let corpusRoot else {
        FileHandle.standardError.write(Data("usage: codicil-bench import RUNS CORPUS_DIR\n".utf8))
        exit(64)
    }
    let documents = corpusDocuments(corpusRoot).map { ($0.slug, $0.files, $0.files.map(read)) }
    let clock = ContinuousClock()
    var times: [Duration] = []
    for _ in 0...runs {
        times.append(clock.measure {
            for document in documents { _ = importHistory(slug: document.0, files: document.1, texts: document.2) }
        })
    }
    times = Array(times.dropFirst()).sorted()
    let revisions = documents.reduce(0) { $0 + $1.1.count }
    print("import md: \(revisions) revisions, min \(times[0]), median \(times[times.count / 2]) of \(runs) runs")

case "site":
    // The `site build (memory)` stage alone, for work on the site build: wall time, and the CPU
    // time the kernel charged the process (user and system) over the same runs.
    guard let runs = Int(arguments[1]), runs > 0, let source = corpusRoot else {
        FileHandle.standardError.write(Data("usage: codicil-bench site RUNS SOURCE_DIR\n".utf8))
        exit(64)
    }
    let loaded = CheckedSources.load(paths: [source.path])
    guard !loaded.histories.isEmpty, !loaded.diagnostics.containsErrors else {
        FileHandle.standardError.write(Data("\(source.path) holds no policy that builds\n".utf8))
        exit(1)
    }
    func cpu() -> (user: Double, system: Double) {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return (seconds(usage.ru_utime), seconds(usage.ru_stime))
    }
    let clock = ContinuousClock()
    var walls: [Duration] = []
    var start = cpu()
    for run in 0...runs {
        if run == 1 { start = cpu() }
        walls.append(try clock.measure { _ = try SiteBuilder.build(histories: loaded.histories, asOf: asOf, renderer: renderer) })
    }
    let end = cpu()
    walls = Array(walls.dropFirst()).sorted()
    let revisions = loaded.histories.reduce(0) { $0 + $1.revisions.count }
    print(
        "site build (memory): \(revisions) revisions, min \(walls[0]), median \(walls[walls.count / 2]) of \(runs) runs;"
            + " CPU a run: user \(String(format: "%.3f", (end.user - start.user) / Double(runs))) s,"
            + " system \(String(format: "%.3f", (end.system - start.system) / Double(runs))) s")

default:
    FileHandle.standardError.write(Data("unknown command \(command)\n".utf8))
    exit(64)
}
