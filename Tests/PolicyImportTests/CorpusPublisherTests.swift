import PolicyModel
import Testing

/// Each corpus document imports with the publisher its text names.
@Suite struct CorpusPublisherTests {
    /// The publisher each corpus policy should import with, by policy and then by revision where
    /// its revisions differ. The Japanese Firefox notice before 2025 names no company by its
    /// legal form and calls no one “we” by name, so the title's first word stands in (a known gap).
    private static let expected: [String: @Sendable (String) -> String] = [
        "github-privacy-statement": { _ in "GitHub" },
        "github-terms-of-service": { _ in "GitHub, Inc." },
        "mozilla-firefox-privacy-notice-en": { $0 < "2025" ? "Mozilla" : "Mozilla Corporation" },
        "mozilla-firefox-privacy-notice-ja": { $0 < "2025" ? "Firefox" : "Mozilla Corporation" },
        "telegram-privacy-policy": { _ in "Telegram Messenger Inc." },
        "whatsapp-privacy-policy": { _ in "WhatsApp" },
        "youtube-privacy-policy": { _ in "Google" },
    ]

    @Test(
        "every corpus document imports with the publisher its text names",
        .enabled(if: !Paths.corpusDocuments.isEmpty, "../shared/corpus is not beside this clone"))
    func publishers() throws {
        #expect(ImportFidelityTests.documents.count == 37)
        for document in ImportFidelityTests.documents {
            let name = "\(document.policy)/\(document.date)"
            let policy = try #require(document.imported, "\(name) did not import")
            let publisher = try #require(Self.expected[document.policy], "\(name): no expected publisher")
            let found = policy.publisher.plainText()
            #expect(found == publisher(document.date), "\(name): \(found)")
        }
    }
}
