/// What the "What this policy allows" page template sees: every action, the recipients it may
/// reach and the conditions under which it is permitted, each condition linked to its clause.
///
/// Every string is plain text; the HTML template escapes it.
struct AllowsView: Sendable {
    var language: String
    /// The policy's title, plain text.
    var policyTitle: String
    var publisher: String
    /// `YYYY-MM-DD` of the revision.
    var effective: String
    var effectiveLong: String
    /// The relative link to the revision page whose anchors the clauses link to (`../`).
    var revisionHref: String
    /// The relative link to the rules export (`../rules.json`).
    var rulesHref: String
    var actions: [AllowsActionView]
    var page: PageContext
    /// The words of the page in the policy's language; the renderer fills them in.
    var strings: [String: UIText] = [:] {
        didSet {
            for action in actions.indices {
                actions[action].strings = strings
                for recipient in actions[action].recipients.indices {
                    actions[action].recipients[recipient].strings = strings
                }
            }
        }
    }

    /// Makes the page's view.
    init(
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
struct AllowsActionView: Sendable {
    /// The action's id (`disclose`), also the section's anchor (`action-disclose`).
    var id: String
    /// The action's label (`disclose`).
    var label: String
    var recipients: [AllowsRecipientView]
    var hasRecipients: Bool
    /// The `forbid` rules on the action, which win over every permission.
    var forbids: [AllowsConditionView]
    var hasForbids: Bool
    /// The clauses that deny whatever no rule permits.
    var defaults: [AllowsConditionView]
    var hasDefaults: Bool
    /// The page's `strings`, answered here so that a lookup inside the loop finds them at once.
    var strings: [String: UIText] = [:]

    /// Makes an action's view; the `has…` flags follow the lists.
    init(
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
struct AllowsRecipientView: Sendable {
    /// `any recipient` (`any recipient, including those below` when others follow), or the recipient's label.
    var label: String
    /// The recipient's id; empty for any recipient.
    var id: String
    var hasID: Bool
    /// True for the group of rules that name no recipient.
    var isAny: Bool
    var conditions: [AllowsConditionView]
    /// The page's `strings`, answered here so that a lookup inside the loop finds them at once.
    var strings: [String: UIText] = [:]

    /// Makes a recipient's group; `id` empty means any recipient.
    init(label: String, id: String, conditions: [AllowsConditionView]) {
        self.label = label
        self.id = id
        hasID = !id.isEmpty
        isAny = id.isEmpty
        self.conditions = conditions
    }
}

/// One rule in words: its purposes, data, required and excluded facts, and its clause.
struct AllowsConditionView: Sendable {
    /// The phrases of the rule, in reading order (`for settlement of payment`).
    var phrases: [AllowsPhraseView]
    var hasPhrases: Bool
    /// What the rule says when it has no conditions (`with no further condition`).
    var unconditional: String
    /// How a reader cites the clause (`4 (5)`).
    var citation: String
    /// The relative link to the clause (`../#disclosure-payment`).
    var href: String
    /// The clause id (`disclosure-payment`).
    var clauseID: String
    /// The rule in its source's words, for engineers (`permit action=disclose …`).
    var summary: String
    /// The whole condition as an HTML list item, as the built-in `partials/condition` shows it.
    /// A template may instead lay it out from the fields above.
    var html: String

    /// Makes a condition's view.
    init(
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
struct AllowsPhraseView: Sendable {
    /// `for`, `when`, `unless`, `with data`.
    var lead: String
    /// The labels, joined in prose (`marketing or inquiries`).
    var terms: String
    /// The term ids, for engineers.
    var ids: String

    /// Makes a phrase.
    init(lead: String, terms: String, ids: String) {
        self.lead = lead
        self.terms = terms
        self.ids = ids
    }
}
