import PolicyRender
import Testing

@testable import PolicySite

/// The pages a site build parses while its sources load are built-in pages, not partials, each
/// named once (a wrong name would parse nothing ahead and go unnoticed).
@Suite struct PreparedPagesTests {
    @Test func everyPreparedPageIsABuiltInTemplate() {
        let files = TemplateSet.builtIn.files
        for page in SiteBuilder.pagesOfEverySite {
            #expect(files[page + ".mustache"] != nil, "\(page)")
            #expect(!page.contains("/partials/"), "\(page)")
        }
        #expect(Set(SiteBuilder.pagesOfEverySite).count == SiteBuilder.pagesOfEverySite.count)
    }
}
