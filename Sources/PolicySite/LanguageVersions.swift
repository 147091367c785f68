import PolicyDiff
import PolicyModel
import PolicyRender
import PolicyRules

/// Where each language of a policy is published and which of its pages match: the original at
/// `<policy>/`, each translation at `<policy>/<language>/`, a revision page of one language
/// matching the page of the revision it translates (or that translates it) in another.
struct LanguageVersions: Sendable {
    /// Each policy's original history (its translations inside), by id.
    let originals: [PolicyID: PolicyHistory]

    /// Versions of the given histories, originals with their translations.
    init(_ histories: [PolicyHistory]) {
        originals = Dictionary(histories.map { ($0.id, $0) }) { first, _ in first }
    }

    /// Every history a site publishes: each original, then its translations.
    static func published(_ histories: [PolicyHistory]) -> [PolicyHistory] {
        histories.flatMap { [$0] + $0.translations }
    }

    /// The folder of a language's pages from the site's root: `<policy>` for the original (or a
    /// single-language policy), `<policy>/<language>` for a translation.
    static func folder(_ history: PolicyHistory) -> String {
        isTranslation(history) ? "\(history.id)/\(history.language)" : history.id.rawValue
    }

    /// `../` once for each folder between a language's folder and the site's root.
    static func up(_ history: PolicyHistory) -> String {
        isTranslation(history) ? "../../" : "../"
    }

    /// The revision whose rules apply to `policy`: the original's revision it translates, or itself.
    func rulesSource(of policy: Policy) -> Policy {
        RevisionHistory.rulesSource(of: policy, original: originals[policy.id])
    }

    /// The original a translation's history translates; nil for an original.
    func original(of history: PolicyHistory) -> PolicyHistory? {
        Self.isTranslation(history) ? originals[history.id] : nil
    }

    /// True when the history is a translation: its revisions name the revisions they translate.
    static func isTranslation(_ history: PolicyHistory) -> Bool {
        history.revisions.contains { $0.revision.translates != nil }
    }

    /// Every language of the history's policy, the original first: the language's folder, and
    /// the path from the root of the page that matches `shown` (the main page when `shown` is
    /// nil); nil where that language has no matching revision.
    func languages(of history: PolicyHistory, showing shown: Policy?) -> [(
        language: String, folder: String, match: String?
    )] {
        guard let original = originals[history.id], !original.translations.isEmpty else { return [] }
        let translated = shown.map { $0.revision.translates ?? $0.revision.effective }
        return ([original] + original.translations).map { version in
            let folder = Self.folder(version)
            guard let translated else { return (version.language, folder, folder + "/") }
            let match =
                Self.isTranslation(version)
                ? version.revisions.last { $0.revision.translates == translated }
                : version.revision(effective: translated)
            return (version.language, folder, match.map { "\(folder)/\($0.revision.effective)/" })
        }
    }

    /// For a translation's page showing `shown` (its latest revision, or the main page when nil):
    /// the original's revision in effect on `asOf` and the one the translation follows, when the
    /// first is later; nil when the translation is up to date or the page shows an older revision.
    func lag(of history: PolicyHistory, showing shown: Policy?, asOf: PolicyDate) -> (
        original: Policy, follows: PolicyDate
    )? {
        guard Self.isTranslation(history), let original = originals[history.id],
            let page = shown ?? history.revision(inEffectOn: asOf) ?? history.revisions.first,
            page.revision.effective
                == (history.revision(inEffectOn: asOf) ?? history.revisions.first)?.revision.effective,
            let follows = page.revision.translates,
            let current = original.revision(inEffectOn: asOf) ?? original.revisions.first,
            current.revision.effective > follows
        else { return nil }
        return (current, follows)
    }
}

extension LanguageVersions {
    /// Marks a page of `history` at `pageFolder` (from the site's root, ending in `/`): the
    /// policy's languages, each linked to its matching page (the permalink of the revision that
    /// translates, or is translated by, `shown`; the main page when `shown` is nil), and for a
    /// translation the original has changed since, a notice in the page's language.
    func mark(
        _ links: inout SiteLinks, _ history: PolicyHistory, showing shown: Policy?, pageFolder: String,
        asOf: PolicyDate, renderer: PolicyRenderer
    ) {
        let languages = languages(of: history, showing: shown)
        guard !languages.isEmpty else { return }
        let root = String(repeating: "../", count: pageFolder.split(separator: "/").count)
        let own = Self.folder(history)
        func name(_ language: String) -> String {
            renderer.hasStrings(for: language) ? renderer.strings(for: language).text("thisLanguage") : language
        }
        // The page names itself an alternate only beside another language's same page.
        let hasAlternates = languages.contains { $0.folder != own && $0.match != nil }
        links.languages = languages.map { version in
            let isCurrent = version.folder == own
            return LanguageLink(
                language: version.language, label: name(version.language),
                href: isCurrent ? "./" : root + (version.match ?? version.folder + "/"), isCurrent: isCurrent,
                isAlternate: hasAlternates && version.match != nil)
        }
        guard let (original, follows) = lag(of: history, showing: shown, asOf: asOf), let first = languages.first else {
            return
        }
        links.translationLag = TranslationLag(
            originalLanguage: original.language, originalName: name(original.language),
            updated: original.revision.effective, follows: follows, originalHref: root + first.folder + "/")
    }
}
