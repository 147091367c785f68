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

    /// Every page kind's template is required: a folder without the redline's, the sitemap's
    /// or the JSON edition's is refused with one line for each.
    @Test func everyPageTemplateIsRequired() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-templates-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let missing = [
            "html/redline.mustache", "json/policy.mustache", "text/redline.mustache", "xml/sitemap.mustache",
        ]
        for (path, text) in TemplateSet.builtIn.files where !missing.contains(path) {
            try Paths.write(text, to: folder + "/" + path)
        }
        #expect {
            try TemplateSet(directory: folder)
        } throws: { error in
            let lines = missing.map { "\(folder)/\($0): error: missing template [template-missing]" }
            return "\(error)" == lines.joined(separator: "\n")
        }
    }

    /// A cycle of partials in a redline template is refused like one in a policy template.
    @Test func aCycleInTheRedlineIsRefused() {
        var files = TemplateSet.builtIn.files
        files["text/redline.mustache"] = "{{>partials/loop}}\n"
        files["text/partials/loop.mustache"] = "x{{>partials/loop}}\n"
        #expect {
            try PolicyRenderer(templates: TemplateSet(files: files))
        } throws: { error in
            "\(error)".contains("text/partials/loop.mustache:1:2: error:") && "\(error)".contains("[template-cycle]")
        }
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
