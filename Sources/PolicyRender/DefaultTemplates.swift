// Generated from Templates/ by `RECORD_GOLDENS=1 swift test --filter DefaultTemplatesTests`. Do not edit.

/// The built-in templates, keyed by their path under `Templates/`.
enum DefaultTemplates {
    static let files: [String: String] = [
        #"html/allows.mustache"#: #"""
<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What this policy allows — {{policyTitle}}</title>
<meta name="description" content="What {{policyTitle}}, effective {{effectiveLong}}, allows, clause by clause.">
{{#page.hasStylesheetHref}}
<link rel="stylesheet" href="{{page.stylesheetHref}}">
{{/page.hasStylesheetHref}}
</head>
<body>
{{#page.hasHome}}
<header class="site-bar">
<nav aria-label="Site"><a href="{{page.homeHref}}">All policies</a></nav>
</header>
{{/page.hasHome}}
<main>
<article class="policy allows">
<header class="policy-header">
<p class="publisher">{{publisher}}</p>
<h1>What this policy allows</h1>
<p class="effective"><a href="{{revisionHref}}">{{policyTitle}}</a>, effective <time datetime="{{effective}}">{{effectiveLong}}</time></p>
<p class="summary">Each line below is one condition under which the policy permits an action, linked to the clause that says so. An action is allowed when at least one of its conditions holds and none of its exceptions applies; anything else is not allowed.</p>
<p class="editions">For software: <a href="{{rulesHref}}">rules.json</a></p>
</header>
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">Actions</h2>
<ol>
{{#actions}}
<li><a href="#action-{{id}}"><span class="action-name">{{label}}</span></a></li>
{{/actions}}
</ol>
</nav>
{{#actions}}
<section id="action-{{id}}" class="action">
<h2><span class="action-name">{{label}}</span> <code class="ids">{{id}}</code></h2>
{{#recipients}}
<h3>{{#isAny}}{{label}}{{/isAny}}{{^isAny}}To {{label}} <code class="ids">{{id}}</code>{{/isAny}}</h3>
<ul class="conditions">
{{#conditions}}
{{>partials/condition}}
{{/conditions}}
</ul>
{{/recipients}}
{{^hasRecipients}}
<p>No clause permits it.</p>
{{/hasRecipients}}
{{#hasForbids}}
<h3>Exceptions that override</h3>
<p class="also">Never allowed, whatever the conditions above:</p>
<ul class="conditions forbids">
{{#forbids}}
{{>partials/condition}}
{{/forbids}}
</ul>
{{/hasForbids}}
{{#hasDefaults}}
<p class="default">Anything else is not allowed: {{#defaults}}<a class="cite" href="{{href}}" title="{{clauseID}}">{{citation}}</a> {{/defaults}}</p>
{{/hasDefaults}}
</section>
{{/actions}}
</article>
</main>
</body>
</html>

"""#,
        #"html/index.mustache"#: #"""
<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}}</title>
{{#page.hasStylesheetHref}}
<link rel="stylesheet" href="{{page.stylesheetHref}}">
{{/page.hasStylesheetHref}}
</head>
<body>
<main>
<article class="policy index">
<header class="policy-header">
<h1>{{title}}</h1>
</header>
<ul class="policy-list">
{{#policies}}
<li>
<a href="{{href}}">{{title}}</a>
<p class="meta">{{publisher}} · in effect since <time datetime="{{effective}}">{{effectiveLong}}</time>{{#hasScheduled}} · a new version takes effect on {{scheduledLong}}{{/hasScheduled}}</p>
</li>
{{/policies}}
</ul>
</article>
</main>
</body>
</html>

"""#,
        #"html/partials/block.mustache"#: #"""
{{{html}}}

"""#,
        #"html/partials/condition.mustache"#: #"""
{{{html}}}

"""#,
        #"html/partials/revisions.mustache"#: #"""
<nav class="revisions" aria-labelledby="revisions-heading">
<h2 id="revisions-heading">All versions</h2>
<ol>
{{#page.revisions}}
{{{html}}}
{{/page.revisions}}
</ol>
</nav>

"""#,
        #"html/partials/section.mustache"#: #"""
<section id="{{id}}">
<{{headingTag}}>{{#hasLabel}}<span class="num">{{label}}</span> {{/hasLabel}}{{{heading}}}</{{headingTag}}>
{{#hasBlocks}}
{{{blocksLaidOut}}}
{{/hasBlocks}}
{{#subsections}}
{{>partials/section}}
{{/subsections}}
</section>

"""#,
        #"html/partials/toc.mustache"#: #"""
<li><a href="#{{id}}">{{#hasLabel}}<span class="num">{{label}}</span> {{/hasLabel}}{{headingText}}</a>{{#hasSubsections}}
<ol>
{{#subsections}}
{{>partials/toc}}
{{/subsections}}
</ol>
{{/hasSubsections}}</li>

"""#,
        #"html/policy.mustache"#: #"""
<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{titleText}}</title>
<meta name="description" content="{{titleText}}, effective {{effectiveLong}}.">
{{#page.hasCanonical}}
<link rel="canonical" href="{{page.canonicalHref}}">
{{/page.hasCanonical}}
{{#page.hasHistory}}
<link rel="alternate" type="application/atom+xml" title="Revisions of {{titleText}}" href="{{page.feedHref}}">
{{/page.hasHistory}}
{{#page.hasStylesheetHref}}
<link rel="stylesheet" href="{{page.stylesheetHref}}">
{{/page.hasStylesheetHref}}
{{#page.hasInlineStyle}}
<style>
{{{page.inlineStyle}}}
</style>
{{/page.hasInlineStyle}}
</head>
<body>
<a class="skip-link" href="#policy-text">Skip to the policy text</a>
{{#page.hasHome}}
<header class="site-bar">
<nav aria-label="Site"><a href="{{page.homeHref}}">All policies</a></nav>
</header>
{{/page.hasHome}}
<main>
<article class="policy">
<header class="policy-header">
<p class="publisher">{{{publisher}}}</p>
<h1>{{{title}}}</h1>
<p class="effective">Effective <time datetime="{{effective}}">{{effectiveLong}}</time></p>
{{#hasSummary}}
<p class="summary">{{{summary}}}</p>
{{/hasSummary}}
{{#page.hasEditions}}
<p class="editions">Also available as {{#page.editions}}<a href="{{href}}">{{label}}</a> {{/page.editions}}</p>
{{/page.hasEditions}}
{{#page.hasRules}}
<p class="editions rules-links"><a href="{{page.allowsHref}}">What this policy allows</a> <a href="{{page.rulesHref}}">rules.json</a></p>
{{/page.hasRules}}
{{#page.hasHistory}}
<p class="history">{{#page.hasDiff}}<a href="{{page.diffHref}}">What changed in this revision</a> · {{/page.hasDiff}}<a href="{{page.changelogHref}}">Changelog</a> · <a href="{{page.feedHref}}" type="application/atom+xml">Atom feed</a></p>
{{/page.hasHistory}}
</header>
{{#page.hasNotice}}
<aside class="notice" aria-label="Upcoming change">
<p><strong>A new version takes effect on <time datetime="{{page.noticeEffective}}">{{page.noticeDate}}</time>.</strong> <a href="{{page.noticeHref}}">Read the new version</a></p>
</aside>
{{/page.hasNotice}}
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">Contents</h2>
<ol>
{{#sections}}
{{>partials/toc}}
{{/sections}}
</ol>
</nav>
<div id="policy-text" class="policy-text">
{{#hasPreamble}}
<div class="preamble">
{{#preamble}}
{{>partials/block}}
{{/preamble}}
</div>
{{/hasPreamble}}
{{#sections}}
{{>partials/section}}
{{/sections}}
{{#hasClosing}}
<div class="closing">
{{#closing}}
{{>partials/block}}
{{/closing}}
</div>
{{/hasClosing}}
</div>
{{#hasNotes}}
<section class="notes" aria-labelledby="notes-heading">
<h2 id="notes-heading">Notes</h2>
<ol>
{{#notes}}
<li id="{{id}}">{{{content}}}{{#backReferences}} <a class="backref" href="#{{anchor}}" aria-label="Back to reference {{ordinal}} to note {{number}}">↩︎</a>{{/backReferences}}</li>
{{/notes}}
</ol>
</section>
{{/hasNotes}}
</article>
{{#page.hasRevisions}}
{{>partials/revisions}}
{{/page.hasRevisions}}
</main>
</body>
</html>

"""#,
        #"html/redline.mustache"#: #"""
<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Changes to {{title}}: {{oldDate}} → {{newDate}}</title>
<style>
body { font: 1rem/1.5 system-ui, sans-serif; max-width: 46rem; margin: 1rem auto; padding: 0 1rem; color: #1a1a1a; }
ins { background: #ddf4dd; color: #0b4d0b; text-decoration: underline; }
del { background: #fbe0e0; color: #7a1010; text-decoration: line-through; }
.sign { font-weight: bold; padding-right: 0.1em; }
.change { border-left: 0.25rem solid #999; padding-left: 0.75rem; margin: 1rem 0; }
.where { font-size: 0.9rem; color: #444; margin-bottom: 0.25rem; }
.old-number, .new-number, .kind { margin-right: 0.5rem; }
.kind { font-weight: bold; }
.unchanged, .legend { color: #555; }
table.row { border-collapse: collapse; width: 100%; }
table.row th, table.row td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
</style>
</head>
<body>
{{#hasLinks}}
<nav aria-label="Related pages"><a href="{{homeHref}}">All policies</a> · <a href="{{newHref}}">New text ({{newEffective}})</a> · <a href="{{oldHref}}">Previous text ({{oldEffective}})</a> · <a href="{{changelogHref}}">Changelog</a></nav>
{{/hasLinks}}
<main>
<h1>Changes to {{title}}: {{oldDate}} → {{newDate}}</h1>
<p class="legend"><del>−deleted words</del> <ins>+inserted words</ins></p>
{{#hasMateriality}}
<section class="materiality" aria-label="Materiality">
<p><strong>Materiality:</strong> {{materialityLine}}</p>
{{#hasReviews}}
<ul class="reviews">
{{#reviews}}
<li>{{.}}</li>
{{/reviews}}
</ul>
{{/hasReviews}}
{{#hasFlips}}
<ul>
{{#flips}}
<li>{{.}}</li>
{{/flips}}
</ul>
{{/hasFlips}}
</section>
{{/hasMateriality}}
<p class="summary">{{summaryLine}}</p>
{{#hasMetadata}}
<section class="metadata">
<h2>Metadata</h2>
<dl>
{{#metadata}}
<dt>{{field}}</dt><dd>{{{words}}}</dd>
{{/metadata}}
</dl>
</section>
{{/hasMetadata}}
{{#groups}}
<section class="context">
<h2>{{heading}}</h2>
{{#changes}}
<div class="change {{kind}}">
<p class="where"><span class="old-number">old {{oldNumber}}</span> <span class="new-number">new {{newNumber}}</span> <span class="kind">{{kindLine}}</span></p>
{{#hasRow}}
{{{row}}}
{{/hasRow}}
{{#hasWords}}
<p class="text">{{{words}}}</p>
{{/hasWords}}
{{#parts}}
<p class="text inner"><span class="inner-number">{{number}}</span> {{{words}}}</p>
{{/parts}}
{{#markups}}
<p class="markup">Markup of “{{text}}”: {{old}} → {{new}}</p>
{{/markups}}
</div>
{{/changes}}
</section>
{{/groups}}
{{#hasUnchanged}}
<p class="unchanged">{{unchanged}} unchanged {{unchangedNoun}} not shown.</p>
{{/hasUnchanged}}
</main>
</body>
</html>

"""#,
        #"html/style.css"#: #"""
/* Codicil policy pages: readable on a phone, calm on a desktop, clean on paper. */
:root {
  --ink: #1d2430;
  --muted: #5b6575;
  --rule: #dfe3ea;
  --accent: #0b5cad;
  --accent-soft: #eef4fb;
  --notice: #fff6e0;
  --notice-rule: #e3b341;
  --paper: #ffffff;
  --page: #f5f6f8;
  color-scheme: light;
}

* { box-sizing: border-box; }

html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

body {
  margin: 0;
  background: var(--page);
  color: var(--ink);
  font: 1.0625rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}

a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
:target { scroll-margin-top: 1rem; }
section:target > h2, section:target > h3, li:target, p:target { background: var(--accent-soft); }

.skip-link { position: absolute; left: -999px; top: 0; }
.skip-link:focus { left: 1rem; top: 1rem; background: var(--paper); padding: 0.5rem 1rem; z-index: 1; }

.site-bar { max-width: 48rem; margin: 0 auto; padding: 1rem 1.5rem 0; font-size: 0.9375rem; }
.site-bar a { color: var(--muted); text-decoration: none; }
.site-bar a::before { content: "← "; }

main { max-width: 48rem; margin: 0 auto; padding: 1rem 1rem 3rem; }

.policy {
  background: var(--paper);
  border: 1px solid var(--rule);
  border-radius: 12px;
  padding: 2.5rem 3rem;
  box-shadow: 0 1px 2px rgba(20, 30, 50, 0.04);
}

.policy-header { border-bottom: 1px solid var(--rule); padding-bottom: 1.25rem; margin-bottom: 1.5rem; }
.publisher { margin: 0; color: var(--muted); font-size: 0.875rem; letter-spacing: 0.06em; text-transform: uppercase; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.35rem 0 0.75rem; letter-spacing: -0.01em; }
.effective, .editions { margin: 0.25rem 0 0; color: var(--muted); font-size: 0.9375rem; }
.editions a { margin-right: 0.5rem; }
.summary { margin: 0.75rem 0 0; }

.notice {
  background: var(--notice);
  border-left: 4px solid var(--notice-rule);
  border-radius: 6px;
  padding: 0.75rem 1rem;
  margin: 0 0 1.5rem;
}
.notice p { margin: 0; }

.toc {
  background: var(--accent-soft);
  border-radius: 8px;
  padding: 1rem 1.25rem;
  margin-bottom: 2rem;
  font-size: 0.9375rem;
}
.toc h2 { font-size: 0.8125rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); margin: 0 0 0.5rem; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc ol ol { padding-left: 2.25rem; }
.toc li { margin: 0.2rem 0; }
.toc a { display: grid; grid-template-columns: 2.25rem 1fr; text-decoration: none; color: var(--ink); }
.toc a:hover { color: var(--accent); text-decoration: underline; }
.num { color: var(--accent); font-variant-numeric: tabular-nums; margin-right: 0.35rem; }
.toc .num { margin-right: 0; }

h2, h3, h4, h5, h6 { line-height: 1.3; margin: 2.25rem 0 0.75rem; }
h2 { font-size: 1.375rem; }
h3 { font-size: 1.125rem; margin-top: 1.75rem; }
h4, h5, h6 { font-size: 1rem; }
p { margin: 0 0 1rem; }

dfn { font-style: normal; font-weight: 600; }

.clauses { list-style: none; padding: 0; margin: 0 0 1rem; }
.clauses > li { position: relative; padding-left: 2.5rem; margin: 0.5rem 0; }
.clauses .marker {
  position: absolute;
  left: 0;
  width: 2rem;
  text-align: right;
  color: var(--muted);
  font-variant-numeric: tabular-nums;
}
.bullets { padding-left: 1.5rem; margin: 0 0 1rem; }
.bullets > li { margin: 0.4rem 0; }

.note-ref { font-size: 0.7em; line-height: 0; margin-left: 0.1em; }
.note-ref a { text-decoration: none; padding: 0 0.15em; }

.closing { margin-top: 2.5rem; padding-top: 1.25rem; border-top: 1px solid var(--rule); }
.closing .date, .closing .signature { margin: 0; color: var(--muted); }
.closing .signature { margin-bottom: 1rem; font-weight: 600; color: var(--ink); }

.notes { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--rule); font-size: 0.9375rem; color: #323a47; }
.notes h2 { font-size: 1rem; margin-top: 0; }
.notes ol { padding-left: 1.5rem; }
.notes li { margin: 0.5rem 0; }
.backref { text-decoration: none; margin-left: 0.25rem; }

.revisions { margin: 1.5rem 0 0; padding: 0 1rem; font-size: 0.9375rem; color: var(--muted); }
.revisions h2 { font-size: 1rem; margin: 0 0 0.5rem; }
.revisions ol { list-style: none; padding: 0; margin: 0; }
.revisions li { margin: 0.25rem 0; }
.revisions [aria-current] { font-weight: 600; color: var(--ink); }
.status { font-size: 0.8125rem; margin-left: 0.35rem; }
.status::before { content: "— "; }

.policy-list { list-style: none; padding: 0; margin: 0; }
.policy-list li { padding: 0.75rem 0; border-bottom: 1px solid var(--rule); }
.policy-list a { font-size: 1.125rem; font-weight: 600; }
.policy-list .meta { margin: 0.25rem 0 0; color: var(--muted); font-size: 0.9375rem; }

@media (max-width: 40rem) {
  body { font-size: 1rem; }
  main { padding: 0.5rem 0 2rem; }
  .site-bar { padding: 0.75rem 1rem 0; }
  .policy { border-radius: 0; border-left: 0; border-right: 0; padding: 1.5rem 1.125rem; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.1875rem; }
  .clauses > li { padding-left: 2rem; }
  .clauses .marker { width: 1.5rem; }
  .revisions { padding: 0 1.125rem; }
}

@media print {
  :root { --ink: #000; --muted: #333; --accent: #000; }
  body { background: #fff; font: 11pt/1.45 Georgia, "Times New Roman", serif; }
  main { max-width: none; padding: 0; }
  .policy { border: 0; box-shadow: none; padding: 0; }
  .skip-link, .site-bar, .toc, .revisions, .editions, .backref { display: none; }
  a { color: inherit; text-decoration: none; }
  .policy-text a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.85em; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  li, p { orphans: 3; widows: 3; }
  .notice { border: 1px solid #000; background: none; }
}

/* "What this policy allows": one line per condition, its clause first. */
.action-name { display: inline-block; }
.action-name::first-letter, .allows h3::first-letter { text-transform: uppercase; }
.allows .toc a { display: inline; }
.allows section.action { border-top: 1px solid var(--rule); margin-top: 2rem; }
.allows section.action > h2 { margin-top: 1.5rem; }
.allows h3 { font-size: 1.0625rem; margin: 1.5rem 0 0.5rem; }
.ids {
  font: 0.75rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  color: var(--muted);
  font-weight: normal;
}
h2 .ids, h3 .ids { margin-left: 0.35rem; }
.also { color: var(--muted); font-size: 0.9375rem; margin: 0 0 0.5rem; }
.conditions { list-style: none; padding: 0; margin: 0 0 1rem; }
.conditions > li {
  display: grid;
  grid-template-columns: 4.5rem 1fr;
  column-gap: 0.75rem;
  padding: 0.5rem 0;
  border-bottom: 1px solid var(--rule);
}
.conditions > li:last-child { border-bottom: 0; }
.conditions strong { font-weight: 600; }
.conditions .cite { grid-row: span 2; align-self: start; }
.conditions .ids { grid-column: 2; }
.phrase + .phrase::before { content: "· "; color: var(--muted); }
.cite {
  display: inline-block;
  background: var(--accent-soft);
  border-radius: 4px;
  padding: 0 0.4rem;
  font-size: 0.875rem;
  font-variant-numeric: tabular-nums;
  text-align: center;
  text-decoration: none;
  white-space: nowrap;
}
.forbids .cite { background: var(--notice); color: var(--ink); }
.default { margin-top: 1rem; padding: 0.5rem 0.75rem; border-left: 4px solid var(--rule); color: var(--muted); }
.rules-links a { margin-right: 0.5rem; }
@media (max-width: 40rem) {
  .conditions > li { grid-template-columns: 3.75rem 1fr; column-gap: 0.5rem; }
}
@media print {
  .cite { background: none; padding: 0; }
}

/* Tables: ruled cells on a wide screen; on a phone each row is a card of labelled cells. */
.policy-table { width: 100%; border-collapse: collapse; margin: 0 0 1.25rem; font-size: 0.9375rem; }
.policy-table caption { caption-side: top; text-align: left; font-weight: 600; padding: 0 0 0.5rem; }
.policy-table th, .policy-table td {
  border: 1px solid var(--rule);
  padding: 0.5rem 0.625rem;
  text-align: left;
  vertical-align: top;
  overflow-wrap: anywhere;
}
.policy-table thead th { background: var(--accent-soft); font-weight: 600; }
.policy-table tr:target { background: var(--accent-soft); }
@media (max-width: 40rem) {
  .policy-table thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .policy-table, .policy-table tbody, .policy-table tr, .policy-table td { display: block; width: 100%; }
  .policy-table tr { border: 1px solid var(--rule); border-radius: 6px; margin: 0 0 0.75rem; }
  .policy-table td { border: 0; border-top: 1px solid var(--rule); }
  .policy-table td:first-child { border-top: 0; }
  .policy-table td[data-label]::before { content: attr(data-label); display: block; font-weight: 600; color: var(--muted); }
}
@media print {
  .policy-table tr { break-inside: avoid; page-break-inside: avoid; }
}

"""#,
        #"json/policy.mustache"#: #"""
{{{json}}}
"""#,
        #"markdown/partials/section.mustache"#: #"""

{{headingTag}} {{#hasLabel}}{{label}} {{/hasLabel}}{{heading}}
{{#hasBlocks}}

{{blocksLaidOut}}
{{/hasBlocks}}
{{#subsections}}
{{>partials/section}}
{{/subsections}}

"""#,
        #"markdown/policy.mustache"#: #"""
# {{title}}

{{publisher}}\
Effective {{effectiveLong}}
{{#hasSummary}}

> {{summary}}
{{/hasSummary}}
{{#page.hasNotice}}

> **A new version takes effect on {{page.noticeDate}}.**
{{/page.hasNotice}}
{{#preamble}}

{{body}}
{{/preamble}}
{{#sections}}
{{>partials/section}}
{{/sections}}
{{#closing}}

{{body}}
{{/closing}}
{{#hasNotes}}

## Notes

{{#notes}}
{{number}}. <a id="{{id}}"></a>{{content}}
{{/notes}}
{{/hasNotes}}

"""#,
        #"markdown/redline.mustache"#: #"""
### {{title}}: {{oldDate}} → {{newDate}}

{{#hasMateriality}}
**Materiality:** {{materialityLine}}

{{#reviews}}
- {{.}}
{{/reviews}}
{{#hasReviews}}

{{/hasReviews}}
{{#flips}}
- {{.}}
{{/flips}}
{{#hasFlips}}

{{/hasFlips}}
{{/hasMateriality}}
**Summary:** {{summaryLine}}
{{#hasMetadata}}

#### Metadata

{{#metadata}}
- **{{field}}**: {{words}}
{{/metadata}}
{{/hasMetadata}}
{{#groups}}

#### {{heading}}
{{#changes}}

**{{numberLine}}** · {{kindLine}}
{{#hasRow}}

{{row}}
{{/hasRow}}
{{#hasWords}}

> {{words}}
{{/hasWords}}
{{#parts}}
>
> **{{number}}** {{words}}
{{/parts}}
{{#markups}}

Markup of {{text}}: {{old}} → {{new}}
{{/markups}}
{{/changes}}
{{/groups}}
{{#hasUnchanged}}

<details><summary>{{unchanged}} unchanged {{unchangedNoun}} not shown</summary></details>
{{/hasUnchanged}}

"""#,
        #"text/partials/section.mustache"#: #"""

{{headingLine}}
{{#hasBlocks}}

{{blocksLaidOut}}
{{/hasBlocks}}
{{#subsections}}
{{>partials/section}}
{{/subsections}}

"""#,
        #"text/policy.mustache"#: #"""
{{title}}
{{publisher}}
Effective {{effectiveLong}}
{{#hasSummary}}

{{summary}}
{{/hasSummary}}
{{#page.hasNotice}}

A new version takes effect on {{page.noticeDate}}.
{{/page.hasNotice}}
{{#preamble}}

{{body}}
{{/preamble}}
{{#sections}}
{{>partials/section}}
{{/sections}}
{{#closing}}

{{body}}
{{/closing}}
{{#hasNotes}}

Notes

{{#notes}}
{{body}}
{{/notes}}
{{/hasNotes}}

"""#,
        #"text/redline.mustache"#: #"""
{{boldOn}}{{title}}: {{oldDate}} → {{newDate}}{{boldOff}}
{{summaryLine}}
{{#hasMateriality}}

{{#materialityLines}}
{{.}}
{{/materialityLines}}
{{/hasMateriality}}
{{#hasMetadata}}

{{boldOn}}Metadata{{boldOff}}
{{#metadata}}
  {{field}}: {{words}}
{{/metadata}}
{{/hasMetadata}}
{{#groups}}

{{boldOn}}{{heading}}{{boldOff}}
{{#changes}}
  {{sign}} {{numberLine}} {{kindLine}}
{{#hasRow}}
{{row}}
{{/hasRow}}
{{#hasWords}}
      {{words}}
{{/hasWords}}
{{#parts}}
      {{number}}: {{words}}
{{/parts}}
{{#markups}}
      markup of “{{text}}”: {{old}} → {{new}}
{{/markups}}
{{/changes}}
{{/groups}}

"""#,
        #"xml/sitemap.mustache"#: #"""
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{{#urls}}
  <url><loc>{{location}}</loc></url>
{{/urls}}
</urlset>

"""#,
    ]
}
