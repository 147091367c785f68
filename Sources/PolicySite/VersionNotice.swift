import PolicyModel
import PolicyRender

/// What a page says at the top about the version it shows: a later one replaced it, it takes
/// effect later, or a new version is scheduled after it. Decided by the build's as-of date,
/// which the command passes in, so a build is the same whenever it runs with that date.
enum VersionNotice {
    /// Marks `links` of a page that shows `policy` of `history`. `currentHref` links the
    /// policy's main page from a permalink; nil on the main page itself, which never links to itself.
    static func mark(
        _ links: inout SiteLinks, _ history: PolicyHistory, showing policy: Policy, context: SiteContext,
        currentHref: String?
    ) {
        let date = policy.revision.effective
        let inEffect = history.revision(inEffectOn: context.asOf)?.revision.effective
        if date > context.asOf {
            links.standing = .upcoming(on: date)
        } else if date != inEffect, let successor = history.revisions.first(where: { $0.revision.effective > date }) {
            links.standing = .superseded(on: successor.revision.effective)
        } else if let currentHref, let next = context.scheduled(history) {
            let effective = next.revision.effective
            links.scheduled = RevisionLink(
                effective: effective, href: "\(currentHref)\(effective)/", status: .scheduled)
        }
        if let currentHref, inEffect != nil, inEffect != date { links.current = currentHref }
    }
}
