/// What the "What this policy allows" page template sees: every action, the recipients it may
/// reach and the conditions under which it is permitted, each condition linked to its clause.
///
/// Every string is plain text; the HTML template escapes it.
public struct AllowsView: Sendable {
    public var language: String
    /// The policy's title, plain text.
    public var policyTitle: String
    public var publisher: String
    /// `YYYY-MM-DD` of the revision.
    public var effective: String
    public var effectiveLong: String
    /// The relative link to the revision page whose anchors the clauses link to (`../`).
    public var revisionHref: String
    /// The relative link to the rules export (`../rules.json`).
    public var rulesHref: String
    public var actions: [AllowsActionView]
    public var page: PageContext

    /// Makes the page's view.
    public init(
        language: String, policyTitle: String, publisher: String, effective: String, effectiveLong: String,
        revisionHref: String, rulesHref: String, actions: [AllowsActionView], page: PageContext
    ) {
        self.language = language
        self.policyTitle = policyTitle
        self.publisher = publisher
        self.effective = effective
        self.effectiveLong = effectiveLong
        self.revisionHref = revisionHref
        self.rulesHref = rulesHref
        self.actions = actions
        self.page = page
    }
}

/// One action: who it may reach and when, what overrides that, and the clause that denies the rest.
public struct AllowsActionView: Sendable {
    /// The action's id (`disclose`), also the section's anchor (`action-disclose`).
    public var id: String
    /// The action's label (`disclose`).
    public var label: String
    public var recipients: [AllowsRecipientView]
    public var hasRecipients: Bool
    /// The `forbid` rules on the action, which win over every permission.
    public var forbids: [AllowsConditionView]
    public var hasForbids: Bool
    /// The clauses that deny whatever no rule permits.
    public var defaults: [AllowsConditionView]
    public var hasDefaults: Bool

    /// Makes an action's view; the `has…` flags follow the lists.
    public init(
        id: String, label: String, recipients: [AllowsRecipientView], forbids: [AllowsConditionView],
        defaults: [AllowsConditionView]
    ) {
        self.id = id
        self.label = label
        self.recipients = recipients
        hasRecipients = !recipients.isEmpty
        self.forbids = forbids
        hasForbids = !forbids.isEmpty
        self.defaults = defaults
        hasDefaults = !defaults.isEmpty
    }
}

/// The permissions of one action toward one recipient, or toward any recipient.
public struct AllowsRecipientView: Sendable {
    /// `any recipient` (`any recipient, including those below` when others follow), or the recipient's label.
    public var label: String
    /// The recipient's id; empty for any recipient.
    public var id: String
    public var hasID: Bool
    /// True for the group of rules that name no recipient.
    public var isAny: Bool
    public var conditions: [AllowsConditionView]

    /// Makes a recipient's group; `id` empty means any recipient.
    public init(label: String, id: String, conditions: [AllowsConditionView]) {
        self.label = label
        self.id = id
        hasID = !id.isEmpty
        isAny = id.isEmpty
        self.conditions = conditions
    }
}

/// One rule in words: its purposes, data, required and excluded facts, and its clause.
public struct AllowsConditionView: Sendable {
    /// The phrases of the rule, in reading order (`for settlement of payment`).
    public var phrases: [AllowsPhraseView]
    public var hasPhrases: Bool
    /// What the rule says when it has no conditions (`with no further condition`).
    public var unconditional: String
    /// How a reader cites the clause (`4 (5)`).
    public var citation: String
    /// The relative link to the clause (`../#disclosure-payment`).
    public var href: String
    /// The clause id (`disclosure-payment`).
    public var clauseID: String
    /// The rule in its source's words, for engineers (`permit action=disclose …`).
    public var summary: String
    /// The whole condition as an HTML list item, as the built-in `partials/condition` shows it.
    /// A template may instead lay it out from the fields above.
    public var html: String

    /// Makes a condition's view.
    public init(
        phrases: [AllowsPhraseView], unconditional: String, citation: String, href: String, clauseID: String,
        summary: String
    ) {
        self.phrases = phrases
        hasPhrases = !phrases.isEmpty
        self.unconditional = unconditional
        self.citation = citation
        self.href = href
        self.clauseID = clauseID
        self.summary = summary
        html = HTMLWriter.fragment { html in
            html.element(.li) { item in
                item.element(.a, [.class: "cite", .href: href, .title: clauseID], text: citation)
                item.text(" ")
                item.element(.span, [.class: "terms"]) { terms in
                    for phrase in phrases {
                        terms.element(.span, [.class: "phrase"]) {
                            $0.text(phrase.lead + " ")
                            $0.element(.strong, text: phrase.terms)
                        }
                        terms.text(" ")
                    }
                    if phrases.isEmpty { terms.element(.span, [.class: "phrase"], text: unconditional) }
                }
                item.element(.code, [.class: "ids"], text: summary)
            }
        }
    }
}

/// One phrase of a condition: a lead-in (`for`, `only when`) and the labels it joins.
public struct AllowsPhraseView: Sendable {
    /// `for`, `when`, `unless`, `with data`.
    public var lead: String
    /// The labels, joined in prose (`marketing or inquiries`).
    public var terms: String
    /// The term ids, for engineers.
    public var ids: String

    /// Makes a phrase.
    public init(lead: String, terms: String, ids: String) {
        self.lead = lead
        self.terms = terms
        self.ids = ids
    }
}
