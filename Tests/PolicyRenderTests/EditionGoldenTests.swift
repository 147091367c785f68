import Foundation
import PolicyModel
import Testing

@testable import PolicyRender

/// The exact editions of the Fuji Xerox policy, held as golden files.
@Suite struct EditionGoldenTests {
    static let folder = Paths.fixtures + "/fujixerox-privacy"

    @Test(arguments: EditionFormat.allCases)
    func fujiXeroxEdition(_ format: EditionFormat) throws {
        let policy = try Golden.policy(Self.folder + "/2012-12-01.xml")
        let rendered = try PolicyRenderer().render(policy, as: format)
        #expect(rendered.count > 5000, "the \(format) edition is suspiciously short")
        try Golden.check(rendered, against: Self.folder + "/policy.\(format.fileExtension)")
    }

    @Test func shippedExampleIsTheFixture() {
        #expect(Paths.read(Paths.example) == Paths.read(Self.folder + "/2012-12-01.xml"))
    }

    @Test func textEditionIsWrappedAt72ColumnsWithoutMarkup() throws {
        let policy = try Golden.policy(Self.folder + "/2012-12-01.xml")
        let text = try PolicyRenderer().render(policy, as: .text)
        for line in text.split(separator: "\n") where !line.contains("://") {
            #expect(line.count <= 72, "line longer than 72 columns: \(line)")
        }
        for markup in ["<", "*", "_", "#", "&"] { #expect(!text.contains(markup), "text edition contains \(markup)") }
    }

    @Test func jsonEditionCarriesComputedNumbers() throws {
        let policy = try Golden.policy(Self.folder + "/2012-12-01.xml")
        let json = try PolicyRenderer().render(policy, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.count == 8)
        let website = try #require(sections.last { $0["id"] as? String == "website" })
        let cookies = try #require((website["subsections"] as? [[String: Any]])?.first)
        #expect(cookies["number"] as? String == "7.1")
        #expect((object["notes"] as? [[String: Any]])?.count == 6)
    }

    @Test func htmlEditionLinksNotesBothWays() throws {
        let policy = try Golden.policy(Self.folder + "/2012-12-01.xml")
        let html = try PolicyRenderer().render(policy, as: .html)
        for note in policy.notes {
            #expect(html.contains("id=\"note-\(note.id)\""))
            #expect(html.contains("href=\"#note-\(note.id)\""))
            #expect(html.contains("id=\"ref-\(note.id)\""))
            #expect(html.contains("href=\"#ref-\(note.id)\""))
        }
        #expect(html.contains("<time datetime=\"2012-12-01\">"))
        #expect(html.contains("<section id=\"cookies\">"))
        #expect(html.contains("<span class=\"num\">7.1</span> Use of Cookie"))
    }
}
