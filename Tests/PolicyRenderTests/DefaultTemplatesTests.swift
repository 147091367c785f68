import Foundation
import Testing

@testable import PolicyRender

/// The templates built into the binary must be exactly the files in `Templates/`.
/// Re-generate `Sources/PolicyRender/DefaultTemplates.swift` with
/// `RECORD_GOLDENS=1 swift test --filter DefaultTemplatesTests`.
@Suite struct DefaultTemplatesTests {
    @Test func builtInTemplatesAreTheTemplatesFolder() throws {
        let folder = try TemplateSet(directory: Paths.templates)
        let generatedPath = Paths.repository + "/Sources/PolicyRender/DefaultTemplates.swift"
        if Paths.recording {
            try Paths.write(Self.swiftSource(folder.files), to: generatedPath)
            return
        }
        #expect(
            Paths.read(generatedPath) == Self.swiftSource(folder.files),
            "DefaultTemplates.swift is stale: run RECORD_GOLDENS=1 swift test --filter DefaultTemplatesTests")
        #expect(Set(TemplateSet.builtIn.files.keys) == Set(folder.files.keys))
        for (path, text) in folder.files {
            #expect(TemplateSet.builtIn.files[path] == text, "built-in \(path) differs from Templates/\(path)")
        }
    }

    /// The Swift file that embeds `files` as raw string literals, sorted by path.
    static func swiftSource(_ files: [String: String]) -> String {
        var source = """
            // Generated from Templates/ by `RECORD_GOLDENS=1 swift test --filter DefaultTemplatesTests`. Do not edit.

            /// The built-in templates, keyed by their path under `Templates/`.
            enum DefaultTemplates {
                static let files: [String: String] = [

            """
        for path in files.keys.sorted() {
            let text = files[path]!
            var hashes = "#"
            while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
            source += "        \(hashes)\"\(path)\"\(hashes): \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
        }
        source += "    ]\n}\n"
        return source
    }
}
