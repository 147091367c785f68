import Foundation
import PolicyModel
import Testing

@testable import PolicyRender

/// Template sets that would crash, publish nothing or print a debug dump are refused or
/// completed when they are loaded, with one located line per problem.
@Suite struct TemplateCheckTests {
    /// The built-in set with `changes` applied (nil removes a file), read back from a folder so
    /// that messages name real paths.
    static func folder(_ changes: [String: String?]) throws -> (TemplateSet, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-templates-\(UUID())").path
        var files = TemplateSet.builtIn.files
        for (path, text) in changes { files[path] = text }
        for (path, text) in files { try Paths.write(text, to: folder + "/" + path) }
        return (try TemplateSet(directory: folder), folder)
    }

    /// The lines `PolicyRenderer` throws for `changes`, with the folder written as `T`.
    static func problems(_ changes: [String: String?]) throws -> [String] {
        let (set, folder) = try folder(changes)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            _ = try PolicyRenderer(templates: set)
            return []
        } catch let error as RenderError {
            return error.description.replacingOccurrences(of: folder, with: "T").split(separator: "\n").map(String.init)
        }
    }

    /// What loading no longer checks in the built-in set on every run (it is trusted), checked here.
    @Test("the built-in set: every partial resolves in its folder, none can include itself, every text keeps its placeholders")
    func builtInSetChecksClean() throws {
        let set = TemplateSet.builtIn
        for (folder, _) in TemplateSet.folders {
            var scans: [String: TemplateScan] = [:]
            var paths: [String: String] = [:]
            for (name, text) in set.mustacheTemplates(in: folder) {
                scans[name] = TemplateScan(text)
                paths[name] = "\(folder)/\(name).mustache"
            }
            for (name, scan) in scans {
                for include in scan.includes {
                    #expect(!include.isDynamic && scans[include.name] != nil, "\(folder)/\(name) includes \(include.name)")
                }
                // The built-in set's pages are parsed as first rendered, with the partials this
                // quicker reading finds.
                #expect(TemplateScan.includedNames(set.files[paths[name]!]!) == scan.includes.map(\.name), "\(folder)/\(name)")
            }
            #expect(TemplateCycles.find(scans, paths: paths).isEmpty, "\(folder)")
        }
        func object(_ path: String) throws -> [String: Any] {
            try #require(try JSONSerialization.jsonObject(with: Data(set.files[path]!.utf8)) as? [String: Any])
        }
        let english = try object("strings/en.json")
        for path in set.files.keys.sorted() where path.hasPrefix("strings/") {
            let table = try object(path)
            #expect(Set(table.keys) == Set(english.keys), "\(path)")
            for (key, value) in english where key != "months" {
                #expect(
                    Set(UIText.placeholders(of: table[key] as? String ?? "")) == Set(UIText.placeholders(of: value as? String ?? "")),
                    "\(path): \(key)")
            }
        }
    }

    @Test("a partial that includes itself, directly or through another, is refused where it does")
    func cycles() throws {
        #expect(
            try Self.problems(["html/partials/block.mustache": "{{{html}}}\n{{>partials/block}}\n"]) == [
                "T/html/partials/block.mustache:2:1: error: partial 'partials/block' includes itself outside {{#subsections}}, so it never stops [template-cycle]"
            ])
        #expect(
            try Self.problems([
                "text/partials/a.mustache": "{{#page}}\n  {{>partials/b}}{{/page}}\n",
                "text/partials/b.mustache": "{{^hasNotes}}{{>partials/a}}{{/hasNotes}}",
                "text/policy.mustache": "{{>partials/a}}",
            ]) == [
                "T/text/partials/a.mustache:2:3: error: partial 'partials/a' includes itself through 'partials/b' outside {{#subsections}}, so it never stops [template-cycle]"
            ])
        #expect(
            try Self.problems([
                "markdown/partials/section.mustache": "{{#subsections}}{{#sections}}{{>partials/section}}{{/sections}}{{/subsections}}"
            ]) == [
                "T/markdown/partials/section.mustache:1:30: error: partial 'partials/section' includes itself inside {{#sections}}, which starts again at the top, so it never stops [template-cycle]"
            ])
    }

    @Test("a partial tag the way swift-mustache reads it: after a delimiter that ends its line, or over a line break")
    func partialTagsSwiftMustacheFinds() throws {
        let cycle = "error: partial 'partials/block' includes itself outside {{#subsections}}, so it never stops [template-cycle]"
        let cases: [(text: String, at: String)] = [
            ("{{\n{{>partials/block}}\n", "2:1"),
            ("{{>\npartials/block}}\n", "1:1"),
            ("{{#x}}{{/x}}{{>  partials/block\n}}", "1:13"),
        ]
        for (text, at) in cases {
            #expect(try Self.problems(["html/partials/block.mustache": text]) == ["T/html/partials/block.mustache:\(at): \(cycle)"], "\(text)")
        }
    }

    @Test("the built-in partials, which include themselves inside {{#subsections}}, load and render deep sections")
    func builtInRecursionIsAllowed() throws {
        let renderer = try PolicyRenderer()
        #expect(renderer.warnings.isEmpty)
        let html = try renderer.render(try Golden.policy(Paths.example), as: .html)
        #expect(html.contains("<section id="))
    }

    @Test("a set without a partial a page uses takes the built-in one, and says so")
    func fallback() throws {
        let (set, folder) = try Self.folder(["html/partials/section.mustache": nil, "markdown/partials/section.mustache": nil])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let renderer = try PolicyRenderer(templates: set)
        #expect(
            renderer.warnings.map { $0.description.replacingOccurrences(of: folder, with: "T") } == [
                "T/html: warning: using the built-in partial 'partials/section' [built-in-partial]",
                "T/markdown: warning: using the built-in partial 'partials/section' [built-in-partial]",
            ])
        let policy = try Golden.policy(Paths.example)
        #expect(try renderer.render(policy, as: .html) == (try PolicyRenderer().render(policy, as: .html)))
        #expect(try renderer.render(policy, as: .markdown) == (try PolicyRenderer().render(policy, as: .markdown)))
    }

    @Test("a partial found nowhere, or named at render time, is an error at the tag")
    func unresolvable() throws {
        #expect(
            try Self.problems(["text/policy.mustache": "{{title}}\n{{#sections}}\n  {{> partials/sektion }}\n{{/sections}}\n{{>*title}}"]) == [
                "T/text/policy.mustache:3:3: error: partial 'partials/sektion' is neither in text/ nor built in [template-missing-partial]",
                "T/text/policy.mustache:5:1: error: dynamic partial '*title' is not supported; name the partial itself [template-dynamic-partial]",
            ])
    }

    @Test("a syntax error is one located line, for every broken template at once")
    func syntaxErrors() throws {
        let problems = try Self.problems([
            "markdown/partials/section.mustache": "{{headingTag}}\n{{#blocks}}\nunclosed\n",
            "html/index.mustache": "<p>\n{{#policies}}{{/policy}}",
            "text/policy.mustache": "{{title}} {{bad name}}",
        ])
        #expect(
            problems == [
                "T/html/index.mustache:2:17: error: this tag closes a section other than the one open [template-syntax]",
                "T/markdown/partials/section.mustache:4:1: error: a section is still open at the end of the template [template-syntax]",
                "T/text/policy.mustache:1:17: error: this tag's name is unfinished or has characters a name cannot have [template-syntax]",
            ])
    }

    @Test("an unreadable template, or a missing page, is named by its path")
    func unreadable() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("codicil-templates-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (path, text) in TemplateSet.builtIn.files where path != "text/policy.mustache" {
            try Paths.write(text, to: folder + "/" + path)
        }
        try Paths.write("x", to: folder + "/html/partials/extra.mustache")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder + "/html/partials/extra.mustache")
        #expect {
            try TemplateSet(directory: folder)
        } throws: { error in
            let lines = "\(error)".replacingOccurrences(of: folder, with: "T").split(separator: "\n")
            // Root reads every file whatever its mode; then only the missing page is reported.
            let unreadable = getuid() == 0 ? [] : ["T/html/partials/extra.mustache: error: cannot read template: "]
            let expected = unreadable + ["T/text/policy.mustache: error: missing template [template-missing]"]
            return lines.count == expected.count && zip(lines, expected).allSatisfy { $0.hasPrefix($1) }
        }
    }
}
