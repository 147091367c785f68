import Foundation
import Testing

/// No HTML, XML, Atom or Markdown markup is built in Swift string literals outside the one
/// internal builder (`Sources/PolicyRender/Markup/`): every page comes from `Templates/`, and
/// what Swift must lay out for speed goes through `HTMLWriter` or `MarkdownWriter`, which
/// escape by construction.
@Suite struct MarkupLiteralTests {
    /// Where markup may be written: the builder, the templates compiled into the binary, and the
    /// source format's own reader and writer (PolicySource), which is not presentation.
    static let allowedFolders = [
        "Sources/PolicyRender/Markup/", "Sources/PolicySource/",
    ]
    static let allowedFiles = ["Sources/PolicyRender/DefaultTemplates.swift"]

    /// Markup in a literal: a start or end tag (its name written or interpolated), a comment,
    /// declaration or processing instruction, a character reference, and Markdown's strong
    /// emphasis, link and heading syntax.
    static let patterns: [(name: String, regex: String)] = [
        ("tag", #"</?[A-Za-z][A-Za-z0-9:-]*([\s/>=]|$)"#),
        ("interpolated tag", #"</?\\\("#),
        ("declaration", #"<[!?]"#),
        ("character reference", #"&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"#),
        ("Markdown strong emphasis", #"\*\*"#),
        ("Markdown link", #"\]\("#),
        ("Markdown heading", #"^#{1,6} "#),
    ]

    /// Literals that match a pattern but build no markup, each named by its file and a snippet
    /// of its text, with why; a new literal with markup in the same file is still found.
    static let exemptions: [(file: String, snippet: String, why: String)] = [
        ("Sources/CodicilCLI/ChangelogCommand.swift", "the author's <summary>, the clauses", "help: placeholders"),
        ("Sources/CodicilCLI/Import.swift", "<title> or front matter", "help: an element named in words"),
        (
            "Sources/CodicilCLI/Import.swift", "instead of a page's <meta charset> or UTF-8",
            "help: an element named in words"
        ),
        ("Sources/CodicilCLI/ImportHistory.swift", "<title> or front matter", "help: an element named in words"),
        ("Sources/CodicilCLI/ImportHistory.swift", "writes <output>/<policy>/<date>.xml", "help: placeholders"),
        ("Sources/CodicilCLI/Notify.swift", "address or 'Name <address>'", "help: a placeholder"),
        (
            "Sources/PolicyRender/Revisions/RevisionNotice+EML.swift", #"<\(…).\(…).\(…)@\(…)>"#,
            "an e-mail header: a Message-ID in angle brackets"
        ),
        (
            "Sources/PolicyRender/Revisions/RevisionNotice+EML.swift", #"\(…) <\(…)>"#,
            "an e-mail header: an address in angle brackets"
        ),
        ("Sources/CodicilCLI/Revise.swift", "Writes <source>/<policy>/<effective>.xml", "help: placeholders"),
        ("Sources/CodicilCLI/RulesExport.swift", #"annotated @id("<clause id>")"#, "help: a placeholder"),
        ("Sources/PolicyImport/Decoding/EncodingSniffer.swift", "<!--", "reads HTML comments"),
        (
            "Sources/PolicyImport/Decoding/PolicyImporter+Decoding.swift", "<meta charset>",
            "a message naming an element"
        ),
        ("Sources/PolicyImport/HTML/HTMLParser.swift", "comment (<!--)", "a message naming a comment"),
        ("Sources/PolicyImport/HTML/HTMLParser.swift", #"\(…)>"#, "a message naming the element read"),
        ("Sources/PolicyImport/Markdown/MarkdownSource.swift", "<!--", "reads HTML comments"),
        ("Sources/PolicyImport/StructureBuilder+Publisher.swift", #"[\w&'.-]"#, "a regular expression"),
        (
            "Sources/PolicyRender/Revisions/UIStrings+Changes.swift", #"<\(…)>"#,
            "plain text: an address in angle brackets"
        ),
        ("Sources/PolicyRender/Redline/RedlineWords.swift", #"<\(…)>"#, "plain text: an address in angle brackets"),
        ("Sources/PolicyRender/TextInlineRenderer.swift", #"<\(…)>"#, "plain text: an address in angle brackets"),
        ("Sources/PolicyRules/CedarExport.swift", "<action id>", "a Cedar comment"),
        ("Sources/PolicyRules/CedarExport.swift", "Set<String>", "a Cedar comment"),
        ("Sources/PolicyRules/RegoExport.swift", #"# \(…) \(…)\n"#, "a Rego comment"),
    ]

    /// Whether an exemption covers `offender`.
    static func isExempt(_ offender: (file: String, line: Int, pattern: String, literal: String)) -> Bool {
        exemptions.contains { offender.file == $0.file && offender.literal.contains($0.snippet) }
    }

    /// `path:line: pattern: "literal"` for every literal in `Sources/` that holds markup.
    static func offenders() throws -> [(file: String, line: Int, pattern: String, literal: String)] {
        let root = URL(fileURLWithPath: Paths.repository)
        let regexes = try patterns.map {
            ($0.name, try NSRegularExpression(pattern: $0.regex, options: [.anchorsMatchLines]))
        }
        var found: [(file: String, line: Int, pattern: String, literal: String)] = []
        let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent("Sources").path)
        while let relative = enumerator?.nextObject() as? String {
            let file = "Sources/" + relative
            guard file.hasSuffix(".swift"), !allowedFiles.contains(file),
                !allowedFolders.contains(where: file.hasPrefix)
            else { continue }
            let source = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for literal in SwiftLiterals.literals(in: source) {
                let range = NSRange(literal.text.startIndex..., in: literal.text)
                if let (name, _) = regexes.first(where: { $0.1.firstMatch(in: literal.text, range: range) != nil }) {
                    found.append((file, literal.line, name, literal.text))
                }
            }
        }
        return found.sorted { ($0.file, $0.line) < ($1.file, $1.line) }
    }

    @Test func noMarkupIsBuiltInSwiftLiteralsOutsideTheBuilder() throws {
        let all = try Self.offenders()
        let offenders = all.filter { offender in
            !Self.isExempt(offender)
        }
        let listing = offenders.map { "\($0.file):\($0.line): \($0.pattern): \"\($0.literal)\"" }
        #expect(
            offenders.isEmpty,
            "markup built in Swift literals; use a template, or HTMLWriter/MarkdownWriter:\n\(listing.joined(separator: "\n"))"
        )
        let unused = Self.exemptions.filter { exemption in
            !all.contains { $0.file == exemption.file && $0.literal.contains(exemption.snippet) }
        }
        #expect(unused.isEmpty, "exemptions no longer needed: \(unused.map(\.snippet))")
    }

    /// The scanner finds literals of every kind, and the patterns find markup in them.
    @Test func theCheckFindsMarkupInEveryKindOfLiteral() throws {
        let source = #"""
            let a = "<p>" + x // "<b>" in a comment is not a literal
            let b = #"[x](y)"#
            let c = """
                **strong**
                """
            let d = "\(f("&amp;")) </\(tag)>"
            /* "<i>" */
            """#
        let literals = SwiftLiterals.literals(in: source)
        #expect(literals.map(\.text) == ["<p>", "[x](y)", "\n    **strong**\n    ", "&amp;", #"\(…) </\(…)>"#])
        #expect(literals.map(\.line) == [1, 2, 3, 6, 6])
        let regexes = try Self.patterns.map {
            try NSRegularExpression(pattern: $0.regex, options: [.anchorsMatchLines])
        }
        for literal in literals.map(\.text) {
            let range = NSRange(literal.startIndex..., in: literal)
            #expect(regexes.contains { $0.firstMatch(in: literal, range: range) != nil }, "\(literal)")
        }
        for plain in ["a < b", "x->y", "#", "& so on", "* item", "[1]", "f(x)"] {
            let range = NSRange(plain.startIndex..., in: plain)
            #expect(!regexes.contains { $0.firstMatch(in: plain, range: range) != nil }, "\(plain)")
        }
    }
}
