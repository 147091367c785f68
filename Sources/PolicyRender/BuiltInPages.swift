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
final class BuiltInPages: Sendable {
    /// The one set a process uses.
    static let shared = BuiltInPages()

    /// Each template parsed so far, by path (`html/partials/section`).
    private let templates = ProcessCache<MustacheTemplate>()
    /// Each page's library (the page and the partials it names) made so far, by path (`html/policy`).
    private let libraries = ProcessCache<MustacheLibrary>()

    /// The library of page `page` of `folder`: its template and every partial it names, however deep.
    func library(folder: String, page: String) -> MustacheLibrary {
        libraries.value(folder + "/" + page) {
            let pragma = TemplateSet.folders.first { $0.0 == folder }?.1 ?? ""
            var found: [String: MustacheTemplate] = [:]
            var pending = [page]
            while let name = pending.popLast() {
                let path = folder + "/" + name
                guard found[name] == nil, let text = DefaultTemplates.files[path + ".mustache"] else { continue }
                guard let template = templates.valueIfMade(path, make: { try? MustacheTemplate(string: pragma + text) })
                else { continue }
                found[name] = template
                pending += TemplateScan.includedNames(text)
            }
            return MustacheLibrary(templates: found)
        }
    }
}

/// Values made once in a process and kept for the rest of it, by key, for any thread. Two threads
/// may make the same value at once; the first kept is used from then on.
final class ProcessCache<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: Value] = [:]

    /// The value kept for `key`, else the one `make` makes, kept.
    func value(_ key: String, make: () -> Value) -> Value {
        valueIfMade(key) { make() }!
    }

    /// The value kept for `key`, else the one `make` makes, kept; nil (and nothing kept) when
    /// `make` makes none.
    func valueIfMade(_ key: String, make: () -> Value?) -> Value? {
        if let value = locked({ values[key] }) { return value }
        guard let made = make() else { return nil }
        return locked {
            if let kept = values[key] { return kept }
            values[key] = made
            return made
        }
    }

    private func locked<Result>(_ body: () -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
