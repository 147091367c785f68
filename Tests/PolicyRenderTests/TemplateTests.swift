import Foundation
import Testing

@testable import PolicyRender

/// Templates from a folder: a user's copy restyles the editions; a broken set is refused.
@Suite struct TemplateTests {
    @Test func userTemplatesReplaceTheBuiltInOnes() throws {
        var files = TemplateSet.builtIn.files
        files["text/policy.mustache"] = "{{title}} <{{effective}}> & {{#sections}}{{number}} {{/sections}}\n"
        let policy = try Golden.policy(Paths.fixtures + "/escaping/2020-01-01.xml")
        let text = try PolicyRenderer(templates: TemplateSet(files: files)).render(policy, as: .text)
        // The pragma makes Mustache leave text templates unescaped.
        #expect(text == "Tricky <script>alert(1)</script> *not emphasis* policy <2020-01-01> & 1 \n")
    }

    @Test func missingTemplatesAreReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-templates-\(UUID())").path
        try Paths.write("{{title}}", to: folder + "/html/policy.mustache")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: RenderError.self) { try TemplateSet(directory: folder) }
    }

    @Test func templateSyntaxErrorsNameTheFile() {
        var files = TemplateSet.builtIn.files
        files["markdown/partials/section.mustache"] = "{{#blocks}}unclosed"
        #expect {
            try PolicyRenderer(templates: TemplateSet(files: files))
        } throws: { error in
            "\(error)".contains("markdown/partials/section.mustache")
        }
    }
}
