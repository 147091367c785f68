import Mustache
import PolicyModel
import Testing

@testable import PolicyRender

/// Templates find every stored property of every view by name, as they did through reflection.
@Suite struct TemplateLookupTests {
    /// Walks a view and everything below it; for each stored property the lookup must answer.
    private func unreachable(in value: Any, path: String) -> [String] {
        if let array = value as? [Any] {
            return array.enumerated().flatMap { unreachable(in: $1, path: "\(path)[\($0)]") }
        }
        guard let parent = value as? MustacheParent else { return [] }
        return Mirror(reflecting: value).children.flatMap { child -> [String] in
            guard let label = child.label else { return [] }
            guard parent.child(named: label) != nil else { return ["\(path).\(label)"] }
            return unreachable(in: child.value, path: "\(path).\(label)")
        }
    }

    private var page: PageContext {
        var page = PageContext.site(stylesheetHref: "style.css", homeHref: "../")
        page.editions = [LinkView(label: "Text", href: "policy.txt")]
        page.revisions = [
            RevisionLinkView(
                effective: "2020-01-01", effectiveLong: "1 January 2020", href: "../2020-01-01/", isCurrentPage: true,
                status: "in effect")
        ]
        return page
    }

    @Test func everyEditionViewPropertyIsFound() throws {
        let policy = try Golden.policy(Paths.example)
        for view in [DocumentView.html(policy, page: page), .markdown(policy, page: page), .text(policy, page: page)] {
            #expect(!view.sections.isEmpty)
            #expect(unreachable(in: view, path: "policy") == [])
        }
        #expect(DocumentView.html(policy, page: page).child(named: "noSuchProperty") == nil)
    }

    @Test func everyAllowsAndIndexViewPropertyIsFound() {
        let condition = AllowsConditionView(
            phrases: [AllowsPhraseView(lead: "for", terms: "marketing", ids: "marketing")], unconditional: "",
            citation: "4 (1)", href: "../#s4-1", clauseID: "s4-1", summary: "permit disclose")
        let action = AllowsActionView(
            id: "disclose", label: "disclose",
            recipients: [AllowsRecipientView(label: "partner", id: "partner", conditions: [condition])],
            forbids: [condition], defaults: [condition])
        var allows = AllowsView(
            language: "en", policyTitle: "Policy", publisher: "Publisher", effective: "2020-01-01",
            effectiveLong: "1 January 2020", revisionHref: "../", rulesHref: "../rules.json", actions: [action], page: page)
        // As the renderer fills them in: the actions and recipients answer them too.
        allows.strings = UIStrings.english.templateValues
        #expect(allows.actions[0].recipients[0].strings["to"] != nil)
        #expect(unreachable(in: allows, path: "allows") == [])
        let listing = PolicyListingView(
            title: "Policy", publisher: "Publisher", href: "p/", effective: "2020-01-01", effectiveLong: "1 January 2020",
            hasScheduled: false, scheduledLong: "")
        #expect(unreachable(in: IndexView(language: "en", title: "Policies", policies: [listing], page: page), path: "index") == [])
    }

    @Test func everyRedlineViewPropertyIsFound() throws {
        let changes = try RedlineTests.changes("new-item")
        for words in [RedlineWords.html, .markdown, .text(colour: false)] {
            var view = RedlineView(changes, assessment: RedlineTests.materiality, words: words, strings: .english, labels: [:], language: "en", links: SiteLinks(stylesheet: "s", home: "h"))
            // As the renderer fills them in: each change answers them too.
            view.strings = UIStrings.english.templateValues
            #expect(!view.groups.isEmpty)
            #expect(unreachable(in: view, path: "redline") == [])
        }
    }

    @Test func aRedlineListReachesTemplatesAsEntriesThatAnswerAsTheirViews() throws {
        let changes = try RedlineTests.changes("new-item")
        let view = RedlineView(changes, assessment: RedlineTests.materiality, words: .text(colour: false), strings: .english, labels: [:], language: "en", links: nil)
        let groups = try #require(view.child(named: "groups") as? [RedlineEntry])
        #expect(!groups.isEmpty && groups.count == view.groups.count)
        for (entry, group) in zip(groups, view.groups) {
            #expect((entry.child(named: "heading") as? TemplateText)?.text == group.heading)
            let entries = try #require(entry.child(named: "changes") as? [RedlineEntry])
            #expect(entries.map { ($0.child(named: "words") as? TemplateText)?.text } == group.changes.map(\.words))
            #expect(entries.map { $0.child(named: "parts") is [RedlineEntry] } == group.changes.map { _ in true })
        }
        #expect(view.child(named: "metadata") is [RedlineEntry])
    }

    @Test func aTextOfAStringsTablePrintsWholeAndOpensAsASection() throws {
        let template = try MustacheTemplate(string: "{{t}}|{{{t}}}|{{#t}}[{{before}}]{{/t}}|{{^t}}none{{/t}}|{{t.after}}")
        #expect(template.render(["t": UIText("a {n} <b>")]) == "a {n} &lt;b&gt;|a {n} <b>|[a ]|| &lt;b&gt;")
    }

    @Test func everyChangelogFeedAndNoticeViewPropertyIsFound() throws {
        let (changelog, _) = try CustomerWordsTests.history()
        for format in [RevisionFormat.html, .markdown, .text] {
            let view = ChangelogView(changelog, format: format, options: ChangelogOptions(asOf: PolicyDate("2013-01-01")), words: .english)
            #expect(view.entries[0].hasEffects && view.entries[0].hasChanges && !view.entries[0].categories.isEmpty)
            #expect(unreachable(in: view, path: "changelog") == [])
        }
        let notice = try #require(RevisionNotice(changelog: changelog, effective: "2013-04-01"))
        #expect(unreachable(in: NoticeView(notice, format: .html, words: .english), path: "notice") == [])
        let email = EmailView(
            from: "a@b", to: "c@d", date: "Mon", messageID: "<x@b>", subject: "S", language: "en", boundary: "b",
            textBody: "", htmlBody: "")
        #expect(unreachable(in: email, path: "email") == [])
    }
}
