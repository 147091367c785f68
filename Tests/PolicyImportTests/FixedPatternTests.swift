import Testing

@testable import PolicyImport

/// The importers' own regular expressions compile, so none of them silently matches nothing.
@Suite struct FixedPatternTests {
    @Test("every fixed pattern of the importers compiles")
    func compile() {
        #expect(HeadingNumber.pattern != nil)
        #expect(ClosingFinder.pattern != nil)
        #expect(NoteFinder.marker != nil)
        #expect(NoteFinder.reference != nil)
        #expect(PublisherName.patterns.count == 3)
        #expect(PublisherName.companyPattern != nil)
    }
}
