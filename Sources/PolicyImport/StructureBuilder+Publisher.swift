import Foundation
import PolicyModel

extension StructureBuilder {
    /// The publisher: the option, front matter, the page's site name, the closing signature, the
    /// party the text calls "we", the one company the text names by its legal form ("Mozilla
    /// Corporation"), the name the title starts with, else the policy id.
    mutating func publisher(closing: [Block], title: [Inline]) -> String {
        if let publisher = options.publisher ?? document.publisher { return publisher }
        if let site = document.siteName {
            warnings.add(
                "publisher-guessed", "publisher taken from the page's site name; give one with --publisher", line: 1)
            return site
        }
        for case .paragraph(let paragraph) in closing where paragraph.role == .signature {
            warnings.add(
                "publisher-guessed", "publisher taken from the signature line; give one with --publisher",
                line: paragraph.location.line)
            return paragraph.content.plainText()
        }
        let lines = bodyLines()
        var text = PublisherName.Occurrences(lines.joined(separator: "\n"))
        if let party = PublisherName.weParty(lines: lines, text: &text) {
            warnings.add(
                "publisher-guessed",
                "publisher guessed as '\(party)', whom the text calls “we” or “us”; give one with --publisher", line: 1)
            return party
        }
        if let company = PublisherName.onlyCompany(lines: lines) {
            warnings.add(
                "publisher-guessed",
                "publisher guessed as '\(company)', the one company the text names; give one with --publisher", line: 1)
            return company
        }
        if let name = PublisherName.leadingName(of: title.plainText()), text.holds(name, times: 1) {
            warnings.add(
                "publisher-guessed", "publisher guessed as '\(name)' from the title; give one with --publisher", line: 1
            )
            return name
        }
        warnings.add(
            "publisher-guessed",
            "no publisher found; using the policy id '\(options.policyID)'; give one with --publisher", line: 1)
        return options.policyID.rawValue
    }

    /// The words of the document's headings, paragraphs and list items, one string each, for
    /// finding names in.
    private func bodyLines() -> [String] {
        var parts: [String] = []
        func collect(_ blocks: [RawBlock]) {
            for block in blocks {
                switch block {
                case .paragraph(let content, _): parts.append(content.plainText())
                case .list(_, _, let items, _): items.forEach { collect($0.blocks) }
                case .quote(let inner, _): collect(inner)
                case .heading(_, let content, _): parts.append(content.plainText())
                case .table: break
                }
            }
        }
        collect(document.blocks)
        return parts
    }
}

/// Finds a publisher's name in a policy's words.
enum PublisherName {
    /// Words a title starts with that are no name ("Additional information about …").
    private static let notNames: Set<String> = [
        "privacy", "terms", "general", "cookie", "cookies", "data", "statement", "policy", "notice", "global",
        "additional", "information", "about", "your", "our", "the", "this", "how", "what", "welcome", "supplemental",
        "important", "updated", "online", "consumer", "customer", "user", "users", "children's", "summary",
        "overview", "introduction", "legal", "personal", "protection", "of", "for", "and", "on", "to", "in",
    ]

    /// The capitalised words that start a title before its first common word ("Google" of
    /// "Google Privacy Policy"), or nil when it starts with a common word.
    static func leadingName(of title: String) -> String? {
        var words: [Substring] = []
        for word in title.split(separator: " ") {
            guard let first = word.first, first.isUppercase || first.isNumber,
                !notNames.contains(word.lowercased())
            else { break }
            words.append(word)
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    // “we, Telegram Messenger Inc. (…)”, “contact us (Mozilla Corporation)”, “Acme Ltd. (“we”, …)”,
    // “At Mozilla, we believe”.
    static let patterns = [
        #"\b(?:[Ww]e|us)(?:, | \()((?:[A-Z][\w&'.-]*,? ){0,5}[A-Z][\w&'.-]*)(?:\)| \(|,)"#,
        #"\bAt ((?:[A-Z][\w&'.-]* ){0,3}[A-Z][\w&'.-]*), we\b"#,
        #"((?:[A-Z][\w&'.-]*,? ){0,5}[A-Z][\w&'.-]*) \((?:hereinafter )?[“"‘'](?:[Ww]e|[Uu]s|[Oo]ur)[”"’']"#,
    ].compactMap { FixedPattern.compile($0) }

    /// For each of `patterns`, searches that every match of it passes, all of them: only lines
    /// passing them are searched (no match spans a line break, as neither `\w` nor a space
    /// matches one). The first pattern's name and the second's start with a capital; the third's
    /// quote holds we, us or our.
    static let patternCues = [
        [ByteSearch(anyOf: ["we, ", "We, ", "us, ", "we (", "We (", "us ("], followedBy: capitals)],
        [ByteSearch(anyOf: [", we"]), ByteSearch(anyOf: ["At "], followedBy: capitals)],
        [
            ByteSearch(
                anyOf: ["“", "\"", "‘", "'"].flatMap { ["(" + $0, "(hereinafter " + $0] }, followedBy: "WwUuOo")
        ],
    ]

    /// The ASCII capitals, which `[A-Z]` matches.
    private static let capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

    /// The name the text gives the party it calls “we” or “us”, when it names one; `lines` are the
    /// text's lines, `text` all of them joined by line feeds.
    /// - Complexity: O(*n*) in the length of the text, for each of three patterns.
    static func weParty(lines: [String], text: inout Occurrences) -> String? {
        var found: [(line: Int, location: Int, party: String)] = []
        for (pattern, cues) in zip(patterns, patternCues) {
            search: for (number, line) in lines.enumerated() where cues.allSatisfy({ $0.isFound(in: line) }) {
                for match in pattern.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                    guard let name = Range(match.range(at: 1), in: line) else { continue }
                    var party = String(line[name])
                    while party.hasSuffix(",") { party.removeLast() }
                    if let first = party.split(separator: " ").first, notNames.contains(first.lowercased()) { continue }
                    // A company's name, or one the text repeats; not a role ("contact us (Data Protection Officer)").
                    guard isCompany(party) || text.holds(party, times: 2) else { continue }
                    found.append((number, match.range.location, party))
                    break search
                }
            }
        }
        // A name in its legal form ("Mozilla Corporation") is preferred to a short one ("Mozilla").
        return found.min {
            (isCompany($0.party) ? 0 : 1, $0.line, $0.location) < (isCompany($1.party) ? 0 : 1, $1.line, $1.location)
        }?.party
    }

    /// How often a text holds a name, as Foundation's character-wise search counts (what
    /// `text.contains(name)` and `text.components(separatedBy: name)` find), found by the bytes
    /// where they give the same answer.
    struct Occurrences {
        let text: String
        /// True when every scalar of the text is ASCII or a plain scalar (`PlainScalar`): then each
        /// is a character of its own (CR LF aside) and none is canonically equivalent to an ASCII
        /// character, so an ASCII name (no CR or LF in it) is found in the characters exactly where
        /// its bytes are.
        private lazy var isPlain: Bool = {
            var text = self.text
            return text.withUTF8 { bytes in
                var index = 0
                while index < bytes.count {
                    // ASCII is plain; only the other scalars are decoded.
                    guard bytes[index] >= 0x80 else {
                        index += 1
                        continue
                    }
                    let (scalar, next) = TextKeys.decode(bytes, at: index)
                    guard PlainScalar.kind(scalar) != nil else { return false }
                    index = next
                }
                return true
            }
        }()

        init(_ text: String) { self.text = text }

        /// True when the text holds `name` (non-empty) at least `times` times without overlap.
        mutating func holds(_ name: String, times: Int) -> Bool {
            let needle = Array(name.utf8)
            guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }), isPlain else {
                return times == 1 ? text.contains(name) : text.components(separatedBy: name).count > times
            }
            var text = text
            return text.withUTF8 { bytes in
                var (found, from) = (0, 0)
                while found < times, let index = ByteSearch.firstIndex(of: needle, in: bytes, from: from) {
                    found += 1
                    from = index + needle.count
                }
                return found == times
            }
        }
    }

    static let companyPattern = FixedPattern.compile(
        #"(?<![\w&'.-])((?:[A-Z][\w&'.-]* ){0,3}[A-Z][\w&'.-]*,? "#
            + #"(?:Inc\.|LLC|Ltd\.|Limited|Corporation|Corp\.|GmbH|AG|plc|S\.A\.|B\.V\.))"#)

    /// Text that every match of `companyPattern` holds: the legal form.
    static let companyCues = ByteSearch(anyOf: [
        "Inc.", "LLC", "Ltd.", "Limited", "Corp", "GmbH", "AG", "plc", "S.A.", "B.V.",
    ])

    /// The company the text's lines name by its legal form ("Mozilla Corporation" in a
    /// translation that calls no one “we”), when they name exactly one.
    /// - Complexity: O(*n*) in the length of the text.
    static func onlyCompany(lines: [String]) -> String? {
        guard let companyPattern else { return nil }
        var names: Set<String> = []
        for line in lines where companyCues.isFound(in: line) {
            for match in companyPattern.matches(in: line, range: NSRange(line.startIndex..., in: line)) {
                if let name = Range(match.range(at: 1), in: line) { names.insert(String(line[name])) }
            }
        }
        return names.count == 1 ? names.first : nil
    }

    private static let companySuffixes: Set<String> = [
        "inc", "inc.", "llc", "l.l.c.", "ltd", "ltd.", "limited", "corporation", "corp.", "gmbh", "ag", "s.a.", "b.v.",
        "plc", "co.", "s.a.s.", "s.r.l.", "k.k.", "pty",
    ]

    /// True when the name ends with a company form ("Inc.", "LLC", "Ltd.", "GmbH").
    private static func isCompany(_ name: String) -> Bool {
        name.split(separator: " ").last.map { companySuffixes.contains($0.lowercased()) } ?? false
    }
}
