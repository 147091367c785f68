import Foundation
import Mustache

/// The templates a renderer shows pages with, one folder at a time (`html`, `text`, …).
struct PageLibrary: Sendable {
    /// The folder whose templates render (`html`).
    let folder: String
    /// Where they come from.
    let source: PageTemplates

    /// The page `name` of the folder (`policy`) rendered with `object`, or nil when the folder
    /// has no such template.
    func render(_ object: Any, withTemplate name: String) -> String? {
        switch source {
        case .parsed(let libraries): libraries[folder]?.render(object, withTemplate: name)
        case .builtIn: BuiltInPages.shared.library(folder: folder, page: name).render(object, withTemplate: name)
        }
    }
}

/// Where a renderer's templates come from.
enum PageTemplates: Sendable {
    /// Libraries parsed (and checked) when the renderer was made, by folder.
    case parsed([String: MustacheLibrary])
    /// The built-in set, each page's templates parsed when the page is first rendered.
    case builtIn
}

/// The built-in templates, each parsed the first time a page needs it and kept for the rest of
/// the process: a command renders a few of the page kinds, and parsing swift-mustache templates
/// was a third of a one-revision site build. The built-in set is checked by the tests (every
/// template parses, every partial is found, none includes itself), so nothing here can fail.
final class BuiltInPages: @unchecked Sendable {
    /// The one set a process uses.
    static let shared = BuiltInPages()

    private let lock = NSLock()
    /// Each template parsed so far, by path (`html/partials/section`).
    private var templates: [String: MustacheTemplate] = [:]
    /// Each page's library (the page and the partials it names) made so far, by path (`html/policy`).
    private var libraries: [String: MustacheLibrary] = [:]

    /// The library of page `page` of `folder`: its template and every partial it names, however deep.
    func library(folder: String, page: String) -> MustacheLibrary {
        let key = folder + "/" + page
        if let library = locked({ libraries[key] }) { return library }
        let pragma = TemplateSet.folders.first { $0.0 == folder }?.1 ?? ""
        var found: [String: MustacheTemplate] = [:]
        var pending = [page]
        while let name = pending.popLast() {
            let path = folder + "/" + name
            guard found[name] == nil, let text = DefaultTemplates.files[path + ".mustache"] else { continue }
            guard let template = template(path, pragma + text) else { continue }
            found[name] = template
            pending += TemplateScan.includedNames(text)
        }
        let library = MustacheLibrary(templates: found)
        return locked {
            if let made = libraries[key] { return made }
            libraries[key] = library
            return library
        }
    }

    /// The template at `path`, parsed from `text` unless it was before. Two threads may parse
    /// the same template at once; the first kept is used from then on.
    private func template(_ path: String, _ text: String) -> MustacheTemplate? {
        if let template = locked({ templates[path] }) { return template }
        guard let template = try? MustacheTemplate(string: text) else { return nil }
        return locked {
            if let parsed = templates[path] { return parsed }
            templates[path] = template
            return template
        }
    }

    private func locked<Result>(_ body: () -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
