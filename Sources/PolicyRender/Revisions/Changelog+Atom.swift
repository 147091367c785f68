import PolicyDiff
import PolicyRules

extension Changelog {
    /// The Atom (RFC 4287) feed of the policy's revisions, scheduled ones included, newest first.
    ///
    /// Every id is derived from the policy id and an effective date
    /// (`urn:codicil:fujixerox-privacy:2013-04-01`), and every `updated` is an effective date at
    /// midnight UTC, so the feed never depends on when it was built. Each entry has one
    /// `category` per kind of change, and one for the materiality class when it is known.
    /// `policyURL` is the policy's folder (`https://example.com/privacy/fujixerox-privacy/`);
    /// when empty, links are relative to the feed, which sits in that folder.
    public func atom(policyURL: String = "") -> String {
        let esc = HTMLEscaping.escape
        let updated = entries.first.map { Self.timestamp($0.effective) } ?? "1970-01-01T00:00:00Z"
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(esc(language))">
            <id>\(esc(Self.feedID(policy)))</id>
            <title>\(esc(title))</title>
            <subtitle>Revisions of \(esc(title)), with what changed in each</subtitle>
            <updated>\(updated)</updated>
            <author><name>\(esc(publisher.isEmpty ? title : publisher))</name></author>
            <link rel="self" type="application/atom+xml" href="\(esc(policyURL + "feed.xml"))"/>
            <link rel="alternate" type="text/html" href="\(esc(policyURL.isEmpty ? "./" : policyURL))"/>
            <generator>codicil</generator>

            """
        for entry in entries {
            out += "<entry>\n"
            out += "<id>\(esc(Self.entryID(policy: policy, effective: entry.effective)))</id>\n"
            out += "<title>Revision effective \(esc(entry.dateLine))</title>\n"
            out += "<updated>\(Self.timestamp(entry.effective))</updated>\n"
            out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(esc(policyURL + entry.textPath))\"/>\n"
            if let diff = entry.diffPath {
                out +=
                    "<link rel=\"related\" type=\"text/html\" title=\"Redline\" href=\"\(esc(policyURL + diff))\"/>\n"
            }
            if let changes = entry.changes {
                for kind in ChangeWording.kinds(in: changes) {
                    out += "<category scheme=\"urn:codicil:change\" term=\"\(kind.rawValue)\"/>\n"
                }
                if let materiality = entry.materiality {
                    let classification = materiality.classification
                    out +=
                        "<category scheme=\"urn:codicil:materiality\" term=\"\(classification.rawValue)\" label=\"\(esc(classification.label))\"/>\n"
                }
            }
            if let summary = entry.summary { out += "<summary type=\"text\">\(esc(summary))</summary>\n" }
            out += "<content type=\"html\">\(esc(contentHTML(entry, policyURL: policyURL)))</content>\n"
            out += "</entry>\n"
        }
        return out + "</feed>\n"
    }

    /// The feed's id: `urn:codicil:<policy>`.
    public static func feedID(_ policy: String) -> String { "urn:codicil:\(policy)" }

    /// An entry's id: `urn:codicil:<policy>:<effective date>`, the same in every build.
    public static func entryID(policy: String, effective: String) -> String { "urn:codicil:\(policy):\(effective)" }

    /// `2013-04-01T00:00:00Z`.
    static func timestamp(_ date: String) -> String { "\(date)T00:00:00Z" }

    /// The entry's body: materiality, changed clauses by section, and links.
    private func contentHTML(_ entry: ChangelogEntry, policyURL: String) -> String {
        let esc = HTMLEscaping.escape
        var html = ""
        if let materiality = entry.materiality {
            html += "<p>Materiality: \(esc(ChangeWording.materialityLine(materiality)))</p>"
            let reviews = ChangeWording.reviewLines(materiality)
            if !reviews.isEmpty { html += "<ul>" + reviews.map { "<li>\(esc($0))</li>" }.joined() + "</ul>" }
        }
        let groups = entry.changedClauses
        if groups.isEmpty {
            html += "<p>\(esc(entry.changeLines().first?.text ?? ""))</p>"
        } else {
            html += "<ul>"
            for group in groups {
                html +=
                    "<li>\(esc(group.context))<ul>" + group.sentences.map { "<li>\(esc($0))</li>" }.joined()
                    + "</ul></li>"
            }
            html += "</ul>"
        }
        html += "<p><a href=\"\(esc(policyURL + entry.textPath))\">Full text</a>"
        if let diff = entry.diffPath { html += " · <a href=\"\(esc(policyURL + diff))\">Redline</a>" }
        return html + "</p>"
    }
}
