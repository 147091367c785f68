import Mustache
import PolicyModel

/// The templates of one folder (`html`), parsed, every partial they name resolved.
struct CheckedFolder {
    var templates: [String: MustacheTemplate] = [:]
}

extension TemplateSet {
    /// The template folders and the pragma each template gets: Markdown and text templates,
    /// partials included, leave their already-escaped text alone; HTML and XML escape with
    /// `HTMLEscaping` (its five references are XML's too).
    static let folders = [
        ("html", "{{%CONTENT_TYPE:\(HTMLContent.name)}}\n"), ("markdown", "{{%CONTENT_TYPE:TEXT}}\n"),
        ("text", "{{%CONTENT_TYPE:TEXT}}\n"), ("xml", "{{%CONTENT_TYPE:\(HTMLContent.name)}}\n"),
        ("json", "{{%CONTENT_TYPE:TEXT}}\n"), ("feeds", "{{%CONTENT_TYPE:\(HTMLContent.name)}}\n"),
        ("email", "{{%CONTENT_TYPE:TEXT}}\n"),
    ]

    /// Where a template file is, for messages: under the directory the set was read from, else
    /// its path relative to the set.
    func path(of relative: String) -> String {
        directory.map { $0 + "/" + relative } ?? relative
    }

    /// Parses every template and resolves every partial a template names: from this set, else
    /// from the built-in set (with a warning), never to nothing. A syntax error, a partial
    /// found nowhere, a dynamic partial or a partial that can include itself forever is an
    /// error at its line and column.
    func checkedFolders(only wanted: Set<String>? = nil) throws -> (folders: [String: CheckedFolder], warnings: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var folders: [String: CheckedFolder] = [:]
        for (folder, pragma) in Self.folders where wanted?.contains(folder) ?? true {
            folders[folder] = checkedFolder(folder, pragma: pragma, into: &diagnostics)
        }
        if diagnostics.containsErrors {
            throw RenderError.templates(Diagnostic.sorted(diagnostics.filter { $0.severity == .error }))
        }
        return (folders, diagnostics)
    }

    private func checkedFolder(_ folder: String, pragma: String, into diagnostics: inout [Diagnostic]) -> CheckedFolder {
        var checked = CheckedFolder()
        var scans: [String: TemplateScan] = [:]
        var paths: [String: String] = [:]
        var syntaxErrors = false
        let templates = mustacheTemplates(in: folder)
        // A folder the same as the built-in one needs no partial or cycle check: the tests make them.
        let builtInFiles = TemplateSet.builtIn.files
        let asBuiltIn =
            templates.allSatisfy { builtInFiles["\(folder)/\($0.name).mustache"] == $0.text }
            && templates.count == TemplateSet.builtIn.mustacheTemplates(in: folder).count
        for (name, text) in templates {
            paths[name] = path(of: "\(folder)/\(name).mustache")
            guard let template = Self.parse(text, pragma: pragma, path: paths[name]!, into: &diagnostics) else {
                syntaxErrors = true
                continue
            }
            checked.templates[name] = template
            if !asBuiltIn { scans[name] = TemplateScan(text) }
        }
        guard !syntaxErrors, !asBuiltIn else { return checked }
        // Partials this set lacks come from the built-in set, which may name more partials.
        var pending = scans.keys.sorted()
        let builtIn = Dictionary(uniqueKeysWithValues: TemplateSet.builtIn.mustacheTemplates(in: folder))
        while let name = pending.popLast() {
            for include in scans[name]?.includes ?? [] where checked.templates[include.name] == nil {
                let location = SourceLocation(file: paths[name]!, line: include.line, column: include.column)
                if include.isDynamic {
                    diagnostics.append(
                        Diagnostic(
                            .error, "template-dynamic-partial",
                            "dynamic partial '*\(include.name)' is not supported; name the partial itself", at: location))
                } else if let text = builtIn[include.name],
                    let template = Self.parse(text, pragma: pragma, path: "(built-in) \(folder)/\(include.name).mustache", into: &diagnostics)
                {
                    checked.templates[include.name] = template
                    scans[include.name] = TemplateScan(text)
                    paths[include.name] = "(built-in) \(folder)/\(include.name).mustache"
                    pending.append(include.name)
                    diagnostics.append(
                        Diagnostic(
                            .warning, "built-in-partial", "using the built-in partial '\(include.name)'",
                            at: SourceLocation(file: directory.map { "\($0)/\(folder)" } ?? folder, line: 0)))
                } else {
                    diagnostics.append(
                        Diagnostic(
                            .error, "template-missing-partial",
                            "partial '\(include.name)' is neither in \(folder)/ nor built in", at: location))
                }
            }
        }
        diagnostics += TemplateCycles.find(scans, paths: paths)
        return checked
    }

    /// A template parsed with its folder's pragma, or nil after a diagnostic at the error.
    private static func parse(_ text: String, pragma: String, path: String, into diagnostics: inout [Diagnostic])
        -> MustacheTemplate?
    {
        do {
            return try MustacheTemplate(string: pragma + text)
        } catch let error as MustacheTemplate.ParserError {
            // The pragma is one line of its own before the template's first line.
            let location = SourceLocation(
                file: path, line: max(error.context.lineNumber - 1, 1), column: max(error.context.columnNumber, 1))
            diagnostics.append(Diagnostic(.error, "template-syntax", describe(error.error), at: location))
        } catch {
            diagnostics.append(
                Diagnostic(.error, "template-syntax", describe(error), at: SourceLocation(file: path, line: 1, column: 1)))
        }
        return nil
    }

    /// swift-mustache's parser error in words.
    static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "this tag closes a section other than the one open"
        case .unfinishedName: "this tag's name is unfinished or has characters a name cannot have"
        case .expectedSectionEnd: "a section is still open at the end of the template"
        case .invalidSetDelimiter: "this set-delimiter tag is badly written"
        case .transformAppliedToInheritanceSection: "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection: "only blocks may be inside a partial that is inherited"
        case .textInsideInheritSection: "text cannot be inside a partial that is inherited"
        case .invalidConfigVariableSyntax: "this pragma tag is badly written"
        case .unrecognisedConfigVariable: "this pragma is not one Mustache knows"
        case nil: "the template ends inside a tag"
        }
    }
}
