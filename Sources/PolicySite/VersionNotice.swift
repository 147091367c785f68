import PolicyModel
import PolicyRender

/// What a page says at the top about the version it shows: a later one replaced it, it takes
/// effect later, or a new version is scheduled after it. Decided by the build's as-of date,
/// which the command passes in, so a build is the same whenever it runs with that date.
enum VersionNotice {
    /// Marks `page`, which shows `policy` of `history`. `currentHref` links the policy's main
    /// page from a permalink; nil on the main page itself, which never links to itself.
    static func mark(
        _ page: inout PageContext, _ history: PolicyHistory, showing policy: Policy, context: SiteContext,
        currentHref: String?
    ) {
        let words = context.renderer.strings(for: policy.language)
        let date = policy.revision.effective
        let inEffect = history.revision(inEffectOn: context.asOf)?.revision.effective
        if date > context.asOf {
            page.isUpcoming = true
            page.versionDate = words.date(date)
            page.versionEffective = date.description
        } else if date != inEffect, let successor = history.revisions.first(where: { $0.revision.effective > date }) {
            page.isSuperseded = true
            page.versionDate = words.date(successor.revision.effective)
            page.versionEffective = successor.revision.effective.description
        } else if let currentHref, let next = context.scheduled(history) {
            page.hasNotice = true
            page.noticeDate = words.date(next.revision.effective)
            page.noticeEffective = next.revision.effective.description
            page.noticeHref = "\(currentHref)\(next.revision.effective)/"
        }
        if let currentHref, inEffect != nil, inEffect != date {
            page.hasCurrentLink = true
            page.currentHref = currentHref
        }
    }
}
