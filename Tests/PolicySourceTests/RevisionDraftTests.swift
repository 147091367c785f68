import PolicyModel
import PolicySource
import Testing

@Suite struct RevisionDraftTests {
    static func source(revision: String, date: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <policy xmlns="urn:x-codicil:policy:1" id="p" xml:lang="en">
          <title>T</title>
          <publisher>P</publisher>
          \(revision)
          <!-- kept -->
          <section id="s">
            <heading>S</heading>
            <p>Text   as   written.</p>
          </section>
          <closing>
            <date>\(date)</date>
          </closing>
        </policy>

        """
    }

    static func draft(_ text: String, label: String?) throws -> RevisionDraft.Result {
        let previous = try #require(PolicyParser.parse(bytes: Array(text.utf8), path: "p.xml").policy).revision
        return try #require(
            RevisionDraft.start(
                from: Array(text.utf8), path: "p.xml", previous: previous, effective: PolicyDate("2025-04-01")!,
                label: label))
    }

    @Test("only the date, the label, the summary and the date in the closing line change")
    func inPlace() throws {
        let old = Self.source(
            revision: """
                <revision label='Spring &apos;24' effective="2024-04-01">
                    <summary>Old summary.</summary>
                  </revision>
                """, date: "Revised: Spring '24 (Tokyo)")
        let new = try Self.draft(old, label: "Spring '25")
        #expect(new.unchangedDateLine == nil)
        #expect(
            new.text
                == Self.source(
                    revision: #"<revision label='Spring &apos;25' effective="2025-04-01"/>"#,
                    date: "Revised: Spring '25 (Tokyo)"))
    }

    @Test("a label is added after the date, or removed with the space before it")
    func labels() throws {
        let plain = Self.source(revision: #"<revision effective="2024-04-01"/>"#, date: "1 April 2024")
        #expect(
            try Self.draft(plain, label: "April, 2025").text
                == Self.source(
                    revision: #"<revision effective="2025-04-01" label="April, 2025"/>"#, date: "April, 2025"))
        let labelled = Self.source(
            revision: "<revision effective=\"2024-04-01\"\n    label=\"April, 2024\"/>", date: "April, 2024")
        #expect(
            try Self.draft(labelled, label: nil).text
                == Self.source(revision: #"<revision effective="2025-04-01"/>"#, date: "1 April 2025"))
    }

    @Test("a closing date line that does not name the old date is kept, and said where")
    func unchanged() throws {
        let old = Self.source(revision: #"<revision effective="2024-04-01"/>"#, date: "Established 2001")
        let new = try Self.draft(old, label: nil)
        #expect(new.unchangedDateLine?.description == "p.xml:12:5")
        #expect(new.text.contains("<date>Established 2001</date>"))
    }
}
