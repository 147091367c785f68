// Generated from Templates/ by `RECORD_GOLDENS=1 swift test --filter DefaultTemplatesTests`. Do not edit.

/// The built-in templates, keyed by their path under `Templates/`.
enum DefaultTemplates {
    static let files: [String: String] = [
        #"email/notice.mustache"#: #"""
From: {{from}}
To: {{to}}
Date: {{date}}
Message-ID: {{messageID}}
Subject: {{subject}}
MIME-Version: 1.0
Content-Language: {{language}}
Content-Type: multipart/alternative;
 boundary="{{boundary}}"

This is a multi-part message in MIME format.

--{{boundary}}
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

{{textBody}}

--{{boundary}}
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

{{htmlBody}}

--{{boundary}}--

"""#,
        #"feeds/atom.mustache"#: #"""
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{{language}}">
<id>{{id}}</id>
<title>{{title}}</title>
<subtitle>{{strings.feedSubtitle.before}}{{title}}{{strings.feedSubtitle.after}}</subtitle>
<updated>{{updated}}</updated>
<author><name>{{author}}</name></author>
<link rel="self" type="application/atom+xml" href="{{selfHref}}"/>
<link rel="alternate" type="text/html" href="{{alternateHref}}"/>
<generator>codicil</generator>
{{#entries}}
<entry>
<id>{{id}}</id>
<title>{{#isUpcoming}}{{strings.feedUpcomingTitle.before}}{{dateLine}}{{strings.feedUpcomingTitle.after}}{{/isUpcoming}}{{^isUpcoming}}{{strings.feedTitle.before}}{{dateLine}}{{strings.feedTitle.after}}{{/isUpcoming}}</title>
<published>{{published}}</published>
<updated>{{updated}}</updated>
<link rel="alternate" type="text/html" href="{{textHref}}"/>
{{#hasDiff}}
<link rel="related" type="text/html" title="{{strings.redline}}" href="{{diffHref}}"/>
{{/hasDiff}}
{{#isUpcoming}}
<category scheme="urn:codicil:status" term="upcoming" label="{{strings.upcomingLabel}}"/>
{{/isUpcoming}}
{{#categories}}
<category scheme="{{scheme}}" term="{{term}}"{{#hasLabel}} label="{{label}}"{{/hasLabel}}/>
{{/categories}}
{{#hasSummary}}
<summary type="text">{{summary}}</summary>
{{/hasSummary}}
<content type="xhtml">
<div xmlns="http://www.w3.org/1999/xhtml">
{{#isUpcoming}}
<p>{{strings.revisionTakesEffect.before}}{{dateLine}}{{strings.revisionTakesEffect.after}}</p>
{{/isUpcoming}}
{{#hasEffectLead}}
<p>{{effectLead}}</p>
{{/hasEffectLead}}
{{#hasEffects}}
<ul>
{{#effects}}
<li>{{.}}</li>
{{/effects}}
</ul>
{{/hasEffects}}
{{#hasChanges}}
<ul>
{{#changes}}
<li>{{context}}<ul>{{#sentences}}<li>{{.}}</li>{{/sentences}}</ul></li>
{{/changes}}
</ul>
{{/hasChanges}}
{{#hasChangesNote}}
<p>{{changesNote}}</p>
{{/hasChangesNote}}
<p><a href="{{textHref}}">{{strings.fullText}}</a>{{#hasDiff}} · <a href="{{diffHref}}">{{strings.redline}}</a>{{/hasDiff}}</p>
</div>
</content>
</entry>
{{/entries}}
</feed>

"""#,
        #"html/allows.mustache"#: #"""
{{<frame}}
{{$title}}{{strings.whatThisPolicyAllows}} — {{policyTitle}}{{/title}}
{{$description}}{{strings.whatThisPolicyAllows}} — {{policyTitle}}{{strings.effectiveComma.before}}{{effectiveLong}}{{strings.effectiveComma.after}}{{/description}}
{{$main}}
<article class="policy allows">
<header class="policy-header">
<p class="publisher">{{publisher}}</p>
<h1>{{strings.whatThisPolicyAllows}}</h1>
<p class="effective"><a href="{{revisionHref}}">{{policyTitle}}</a>{{strings.effectiveComma.before}}<time datetime="{{effective}}">{{effectiveLong}}</time>{{strings.effectiveComma.after}}</p>
<p class="summary">{{strings.allowsIntro}}</p>
<nav class="page-links" aria-label="{{strings.aboutThisPolicy}}">
<ul>
<li>{{strings.forSoftware}} <a href="{{rulesHref}}">rules.json</a></li>
</ul>
</nav>
</header>
<div class="policy-body">
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">{{strings.actions}}</h2>
<ol>
{{#actions}}
<li><a href="#action-{{id}}"><span class="action-name">{{label}}</span></a></li>
{{/actions}}
</ol>
</nav>
<div class="policy-main">
{{#actions}}
<section id="action-{{id}}" class="action">
<h2><span class="action-name">{{label}}</span> <code class="ids">{{id}}</code> <a class="anchor" href="#action-{{id}}" aria-label="{{strings.linkHere.before}}{{label}}{{strings.linkHere.after}}">#</a></h2>
{{#recipients}}
<h3>{{#isAny}}{{label}}{{/isAny}}{{^isAny}}{{strings.to.before}}{{label}}{{strings.to.after}} <code class="ids">{{id}}</code>{{/isAny}}</h3>
<ul class="conditions">
{{#conditions}}
{{>partials/condition}}
{{/conditions}}
</ul>
{{/recipients}}
{{^hasRecipients}}
<p>{{strings.noClausePermits}}</p>
{{/hasRecipients}}
{{#hasForbids}}
<h3>{{strings.exceptions}}</h3>
<p class="also">{{strings.neverAllowed}}</p>
<ul class="conditions forbids">
{{#forbids}}
{{>partials/condition}}
{{/forbids}}
</ul>
{{/hasForbids}}
{{#hasDefaults}}
<p class="default">{{strings.anythingElse}} {{#defaults}}<a class="cite" href="{{href}}" title="{{clauseID}}">{{citation}}</a> {{/defaults}}</p>
{{/hasDefaults}}
</section>
{{/actions}}
</div>
</div>
</article>
{{/main}}
{{/frame}}

"""#,
        #"html/changelog.mustache"#: #"""
{{<frame}}
{{$title}}{{strings.changelogOf.before}}{{title}}{{strings.changelogOf.after}}{{/title}}
{{$description}}{{strings.changelogDescription.before}}{{title}}{{strings.changelogDescription.after}}{{/description}}
{{$main}}
<article class="policy changelog">
<header class="policy-header">
<p class="publisher">{{publisher}}</p>
<h1>{{strings.changelogOf.before}}{{title}}{{strings.changelogOf.after}}</h1>
{{#page.hasHome}}
<nav class="page-links" aria-label="{{strings.relatedPages}}"><a href="{{alternateHref}}">{{title}}</a></nav>
{{/page.hasHome}}
</header>
{{#entries}}
<section class="revision" id="revision-{{effective}}">
<h2><time datetime="{{effective}}">{{dateLine}}</time>{{#isUpcoming}} <span class="upcoming">{{strings.upcoming}}</span>{{/isUpcoming}}</h2>
{{#hasSummary}}
<p class="summary">{{summary}}</p>
{{/hasSummary}}
{{#hasEffectLead}}
<p class="effects-lead"><strong>{{effectLead}}</strong></p>
{{/hasEffectLead}}
{{#hasEffects}}
<ul class="effects">
{{#effects}}
<li>{{.}}</li>
{{/effects}}
</ul>
{{/hasEffects}}
{{#hasChanges}}
<ul class="changes">
{{#changes}}
<li>{{context}}
<ul>
{{#sentences}}
<li>{{.}}</li>
{{/sentences}}
</ul>
</li>
{{/changes}}
</ul>
{{/hasChanges}}
{{#hasChangesNote}}
<p class="changes">{{changesNote}}</p>
{{/hasChangesNote}}
<p class="links"><a href="{{textHref}}">{{strings.fullText}}</a>{{#hasDiff}} · <a href="{{diffHref}}">{{strings.redline}}</a>{{/hasDiff}}</p>
</section>
{{/entries}}
</article>
{{/main}}
{{/frame}}

"""#,
        #"html/frame.mustache"#: #"""
{{!
  The frame of every HTML page: the document head, the skip link, the site bar, the page's main
  content and the footer. A page template inherits it (an opening tag of "<frame", a closing
  tag of "/frame") and fills these blocks, each opened with "$name" and closed with "/name":
    title        the <title>, plain text
    description  the <meta name="description">, plain text
    main         the page's content, inside <main id="main">
  Context keys it reads: language (BCP 47), strings (the page language's strings table),
  page.hasCanonical, page.canonicalHref, page.hasHistory, page.feedHref,
  page.hasStylesheetHref, page.stylesheetHref, page.hasInlineStyle, page.inlineStyle,
  page.languages (each: language, href, isAlternate), and
  what partials/site-bar and partials/site-footer read.
}}
<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{$title}}{{/title}}</title>
<meta name="description" content="{{$description}}{{/description}}">
{{#page.hasCanonical}}
<link rel="canonical" href="{{page.canonicalHref}}">
{{/page.hasCanonical}}
{{#page.languages}}
{{#isAlternate}}
<link rel="alternate" hreflang="{{language}}" href="{{href}}">
{{/isAlternate}}
{{/page.languages}}
{{#page.hasHistory}}
<link rel="alternate" type="application/atom+xml" title="{{strings.atomFeed}}" href="{{page.feedHref}}">
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
<a class="skip-link" href="#main">{{strings.skipToText}}</a>
{{>partials/site-bar}}
<main id="main">
{{$main}}
{{/main}}
</main>
{{>partials/site-footer}}
</body>
</html>

"""#,
        #"html/index.mustache"#: #"""
{{<frame}}
{{$title}}{{title}}{{/title}}
{{$description}}{{title}}{{/description}}
{{$main}}
<article class="policy index">
<header class="policy-header">
<h1>{{title}}</h1>
</header>
<ul class="policy-list">
{{#policies}}
<li>
<a href="{{href}}" lang="{{language}}">{{title}}</a>
<p class="meta"><span lang="{{language}}">{{publisher}}</span> · {{strings.inEffectSince.before}}<time datetime="{{effective}}">{{effectiveLong}}</time>{{strings.inEffectSince.after}}{{#hasScheduled}} · {{strings.newVersionOn.before}}<time datetime="{{scheduledEffective}}">{{scheduledLong}}</time>{{strings.newVersionOn.after}}{{/hasScheduled}}</p>
</li>
{{/policies}}
</ul>
</article>
{{/main}}
{{/frame}}

"""#,
        #"html/notice.mustache"#: #"""
<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<title>{{subject}}</title>
</head>
<body style="font-family: sans-serif; line-height: 1.5; max-width: 40em;">
<h1 style="font-size: 1.3em;">{{subject}}</h1>
<p>{{strings.noticeUpdated.before}}{{title}}{{strings.noticeUpdated.after}}{{strings.noticeTakesEffect.before}}<time datetime="{{entry.effective}}">{{entry.dateLine}}</time>{{strings.noticeTakesEffect.after}}</p>
{{#entry}}
{{#hasSummary}}
<p>{{summary}}</p>
{{/hasSummary}}
{{#hasEffectLead}}
<p><strong>{{effectLead}}</strong></p>
{{/hasEffectLead}}
{{#hasEffects}}
<ul>
{{#effects}}
<li>{{.}}</li>
{{/effects}}
</ul>
{{/hasEffects}}
{{#hasChanges}}
<h2 style="font-size: 1.1em;">{{strings.whereTextChanged}}</h2>
<ul>
{{#changes}}
<li>{{context}}
<ul>
{{#sentences}}
<li>{{.}}</li>
{{/sentences}}
</ul>
</li>
{{/changes}}
</ul>
{{/hasChanges}}
{{#hasChangesNote}}
<p>{{changesNote}}</p>
{{/hasChangesNote}}
{{/entry}}
<p><a href="{{textURL}}">{{strings.readNewText}}</a>{{#hasDiff}} · <a href="{{diffURL}}">{{strings.seeEveryChange}}</a>{{/hasDiff}}</p>
{{#hasPublisher}}
<p>{{publisher}}</p>
{{/hasPublisher}}
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
<h2 id="revisions-heading">{{strings.allVersions}}</h2>
<ol>
{{#page.revisions}}
{{{html}}}
{{/page.revisions}}
</ol>
</nav>

"""#,
        #"html/partials/section.mustache"#: #"""
<section id="{{id}}">
<{{headingTag}}>{{#hasLabel}}<span class="num">{{label}}</span> {{/hasLabel}}{{{heading}}} <a class="anchor" href="#{{id}}" aria-label="{{anchorLabel}}">#</a></{{headingTag}}>
{{#hasBlocks}}
{{{blocksLaidOut}}}
{{/hasBlocks}}
{{#subsections}}
{{>partials/section}}
{{/subsections}}
</section>

"""#,
        #"html/partials/site-bar.mustache"#: #"""
{{!
  The bar at the top of every page of a site: a link home, and for a policy in several
  languages a link to each language's version of the page, each named in its own language.
  Nothing on a standalone page.
  Context keys: page.hasHome, page.homeHref, strings.allPolicies, page.hasLanguages,
  page.languages (each: language, label, href, isCurrent), strings.languages.
}}
{{#page.hasHome}}
<header class="site-bar">
<nav aria-label="{{strings.allPolicies}}"><a href="{{page.homeHref}}">{{strings.allPolicies}}</a></nav>
{{#page.hasLanguages}}
<nav class="languages" aria-label="{{strings.languages}}">
<ul>
{{#page.languages}}
<li>{{#isCurrent}}<span aria-current="page" lang="{{language}}">{{label}}</span>{{/isCurrent}}{{^isCurrent}}<a href="{{href}}" hreflang="{{language}}" lang="{{language}}">{{label}}</a>{{/isCurrent}}</li>
{{/page.languages}}
</ul>
</nav>
{{/page.hasLanguages}}
</header>
{{/page.hasHome}}

"""#,
        #"html/partials/site-footer.mustache"#: #"""
{{!
  The footer of every page of a site: home, and the policy's changelog and feed when it has them.
  Context keys: page.hasHome, page.homeHref, page.hasHistory, page.changelogHref, page.feedHref,
  strings.allPolicies, strings.changelog, strings.atomFeed.
}}
{{#page.hasHome}}
<footer class="site-footer">
<p><a href="{{page.homeHref}}">{{strings.allPolicies}}</a>{{#page.hasHistory}} · <a href="{{page.changelogHref}}">{{strings.changelog}}</a> · <a href="{{page.feedHref}}" type="application/atom+xml">{{strings.atomFeed}}</a>{{/page.hasHistory}}</p>
</footer>
{{/page.hasHome}}

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
        #"html/partials/version-notice.mustache"#: #"""
{{!
  What a reader must know about the version a page shows, at the top of its text: it has been
  replaced, it takes effect later, or a new version takes effect soon.
  Context keys: page.isSuperseded, page.isUpcoming, page.versionDate, page.versionEffective,
  page.hasCurrentLink, page.currentHref, page.hasNotice, page.noticeDate, page.noticeEffective,
  page.noticeHref, strings.aboutThisVersion, strings.supersededNotice, strings.readCurrent,
  strings.takesEffectNotice, strings.readPolicyInEffect, strings.upcomingChange,
  strings.scheduledNotice, strings.readNewVersion, page.isTranslationBehind,
  page.translationNotice, page.originalHref, page.originalLanguage, strings.readOriginal.
}}
{{#page.isTranslationBehind}}
<aside class="notice translation" aria-label="{{strings.aboutThisVersion}}">
<p><strong>{{page.translationNotice}}</strong> <a href="{{page.originalHref}}" hreflang="{{page.originalLanguage}}">{{strings.readOriginal}}</a></p>
</aside>
{{/page.isTranslationBehind}}
{{#page.isSuperseded}}
<aside class="notice superseded" aria-label="{{strings.aboutThisVersion}}">
<p><strong>{{strings.supersededNotice.before}}<time datetime="{{page.versionEffective}}">{{page.versionDate}}</time>{{strings.supersededNotice.after}}</strong>{{#page.hasCurrentLink}} <a href="{{page.currentHref}}">{{strings.readCurrent}}</a>{{/page.hasCurrentLink}}</p>
</aside>
{{/page.isSuperseded}}
{{#page.isUpcoming}}
<aside class="notice upcoming" aria-label="{{strings.aboutThisVersion}}">
<p><strong>{{strings.takesEffectNotice.before}}<time datetime="{{page.versionEffective}}">{{page.versionDate}}</time>{{strings.takesEffectNotice.after}}</strong>{{#page.hasCurrentLink}} <a href="{{page.currentHref}}">{{strings.readPolicyInEffect}}</a>{{/page.hasCurrentLink}}</p>
</aside>
{{/page.isUpcoming}}
{{#page.hasNotice}}
<aside class="notice" aria-label="{{strings.upcomingChange}}">
<p><strong>{{strings.scheduledNotice.before}}<time datetime="{{page.noticeEffective}}">{{page.noticeDate}}</time>{{strings.scheduledNotice.after}}</strong> <a href="{{page.noticeHref}}">{{strings.readNewVersion}}</a></p>
</aside>
{{/page.hasNotice}}

"""#,
        #"html/policy.mustache"#: #"""
{{<frame}}
{{$title}}{{titleText}}{{/title}}
{{$description}}{{titleText}}{{strings.effectiveComma.before}}{{effectiveLong}}{{strings.effectiveComma.after}}{{/description}}
{{$main}}
<article class="policy">
<header class="policy-header">
<p class="publisher">{{{publisher}}}</p>
<h1>{{{title}}}</h1>
<p class="effective">{{strings.effective.before}}<time datetime="{{effective}}">{{effectiveLong}}</time>{{strings.effective.after}}</p>
{{#hasSummary}}
<p class="summary">{{{summary}}}</p>
{{/hasSummary}}
{{#page.hasPageLinks}}
<nav class="page-links" aria-label="{{strings.aboutThisPolicy}}">
<ul>
{{#page.editions}}
<li><a href="{{href}}">{{label}}</a></li>
{{/page.editions}}
{{#page.hasRules}}
<li><a href="{{page.allowsHref}}">{{strings.whatItAllows}}</a></li>
{{/page.hasRules}}
{{#page.hasHistory}}
{{#page.hasDiff}}
<li><a href="{{page.diffHref}}">{{strings.whatChanged}}</a></li>
{{/page.hasDiff}}
<li><a href="{{page.changelogHref}}">{{strings.changelog}}</a></li>
<li><a href="{{page.feedHref}}" type="application/atom+xml">{{strings.atomFeed}}</a></li>
{{/page.hasHistory}}
</ul>
</nav>
{{/page.hasPageLinks}}
</header>
{{>partials/version-notice}}
<div class="policy-body">
<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">{{strings.contents}}</h2>
<ol>
{{#sections}}
{{>partials/toc}}
{{/sections}}
</ol>
</nav>
<div class="policy-main">
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
<h2 id="notes-heading">{{strings.notes}}</h2>
<ol>
{{#notes}}
<li id="{{id}}">{{{content}}}{{#backReferences}} <a class="backref" href="#{{anchor}}" aria-label="{{strings.backToReference.before}}{{ordinal}}{{strings.backToReference.after}}">↩︎</a>{{/backReferences}}</li>
{{/notes}}
</ol>
</section>
{{/hasNotes}}
</div>
</div>
</article>
{{#page.hasRevisions}}
{{>partials/revisions}}
{{/page.hasRevisions}}
{{/main}}
{{/frame}}

"""#,
        #"html/redline.mustache"#: #"""
{{<frame}}
{{$title}}{{strings.changesTo.before}}{{title}}{{strings.changesTo.after}}{{strings.colonSpace}}{{oldDate}} → {{newDate}}{{/title}}
{{$description}}{{strings.changesTo.before}}{{title}}{{strings.changesTo.after}}{{strings.colonSpace}}{{oldDate}} → {{newDate}}{{/description}}
{{$main}}
<article class="policy redline">
<header class="policy-header">
<h1>{{strings.changesTo.before}}{{title}}{{strings.changesTo.after}}{{strings.colonSpace}}{{oldDate}} → {{newDate}}</h1>
{{#hasLinks}}
<nav class="page-links" aria-label="{{strings.relatedPages}}"><a href="{{newHref}}">{{strings.newText.before}}{{newEffective}}{{strings.newText.after}}</a> · <a href="{{oldHref}}">{{strings.previousText.before}}{{oldEffective}}{{strings.previousText.after}}</a> · <a href="{{changelogHref}}">{{strings.changelog}}</a></nav>
{{/hasLinks}}
</header>
<p class="legend"><del>−{{strings.deletedWords}}</del> <ins>+{{strings.insertedWords}}</ins></p>
{{#hasMateriality}}
<section class="materiality" aria-label="{{strings.materiality}}">
<p><strong>{{strings.materiality}}{{strings.colon}}</strong> {{materialityLine}}</p>
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
<h2>{{strings.metadata}}</h2>
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
<p class="where"><span class="old-number">{{strings.oldNumber.before}}{{oldNumber}}{{strings.oldNumber.after}}</span> <span class="new-number">{{strings.newNumber.before}}{{newNumber}}{{strings.newNumber.after}}</span> <span class="kind">{{kindLine}}</span></p>
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
<p class="markup">{{strings.markupOf.before}}{{text}}{{strings.markupOf.after}}{{strings.colonSpace}}{{old}} → {{new}}</p>
{{/markups}}
</div>
{{/changes}}
</section>
{{/groups}}
{{#hasUnchanged}}
<p class="unchanged">{{unchangedLine}}</p>
{{/hasUnchanged}}
</article>
{{/main}}
{{/frame}}

"""#,
        #"html/style.css"#: #"""
/* Codicil pages: one design for the policy, what it allows, the redline, the changelog and the
   index. Readable on a phone, calm on a desktop (the contents beside the text on a wide screen),
   dark when the reader's system is, clean on paper. */
:root {
  --ink: #1d2430;
  --muted: #5b6575;
  --rule: #dfe3ea;
  --accent: #0b5cad;
  --accent-soft: #eef4fb;
  --notice: #fff6e0;
  --notice-rule: #e3b341;
  --superseded: #fdecec;
  --superseded-rule: #c0392b;
  --paper: #ffffff;
  --page: #f5f6f8;
  --ins: #dcf3dc;
  --ins-ink: #0b4d0b;
  --del: #fbe2e2;
  --del-ink: #7a1010;
  --shadow: rgba(20, 30, 50, 0.04);
  color-scheme: light dark;
}

@media (prefers-color-scheme: dark) {
  :root {
    --ink: #e3e7ee;
    --muted: #a3adbd;
    --rule: #343c4a;
    --accent: #7cb4f5;
    --accent-soft: #1c2a3d;
    --notice: #3a3019;
    --notice-rule: #c9a13b;
    --superseded: #3d2224;
    --superseded-rule: #e0776b;
    --paper: #181c23;
    --page: #101318;
    --ins: #163a1f;
    --ins-ink: #b6efc0;
    --del: #44191c;
    --del-ink: #ffc2c2;
    --shadow: rgba(0, 0, 0, 0.3);
  }
}

* { box-sizing: border-box; }

html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

body {
  margin: 0;
  background: var(--page);
  color: var(--ink);
  font: 1.0625rem/1.65 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Hiragino Sans",
    "Noto Sans CJK JP", "Yu Gothic", sans-serif;
  overflow-wrap: break-word;
}

a { color: var(--accent); text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
:target { scroll-margin-top: 1rem; }
section:target > h2, section:target > h3, section:target > h4, li:target, p:target { background: var(--accent-soft); }

.skip-link { position: absolute; left: -999px; top: 0; }
.skip-link:focus { left: 1rem; top: 1rem; background: var(--paper); padding: 0.5rem 1rem; z-index: 1; }

/* The frame: a quiet bar home above, the same links below. */
.site-bar, .site-footer { max-width: 48rem; margin: 0 auto; padding: 1rem 1.5rem 0; font-size: 0.9375rem; }
.site-bar a { color: var(--muted); text-decoration: none; }
.site-bar a::before { content: "← "; }
.site-bar a:hover { color: var(--accent); }
.site-bar:has(.languages) { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0.5rem 1rem; }
.languages ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; }
.languages a::before { content: none; }
.languages [aria-current] { font-weight: 600; }
.site-footer { padding: 0 1.5rem 2.5rem; color: var(--muted); }
.site-footer p { margin: 0; }
.site-footer a { color: var(--muted); }

main { max-width: 48rem; margin: 0 auto; padding: 1rem 1rem 2rem; }

.policy {
  background: var(--paper);
  border: 1px solid var(--rule);
  border-radius: 12px;
  padding: 2.5rem 3rem;
  box-shadow: 0 1px 2px var(--shadow);
}

.policy-header { border-bottom: 1px solid var(--rule); padding-bottom: 1.25rem; margin-bottom: 1.5rem; }
.publisher { margin: 0; color: var(--muted); font-size: 0.875rem; letter-spacing: 0.06em; text-transform: uppercase; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.35rem 0 0.75rem; letter-spacing: -0.01em; }
.effective { margin: 0.25rem 0 0; color: var(--muted); font-size: 0.9375rem; }
.summary { margin: 0.75rem 0 0; }

/* One quiet row of links: editions, what it allows, what changed, changelog, feed. */
.page-links { margin: 0.75rem 0 0; font-size: 0.9375rem; }
.page-links ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.page-links li { color: var(--muted); }
.page-links a { text-decoration: none; }
.page-links a:hover { text-decoration: underline; }

/* What a reader must know about this version, before the text. */
.notice {
  background: var(--notice);
  border-left: 4px solid var(--notice-rule);
  border-radius: 6px;
  padding: 0.75rem 1rem;
  margin: 0 0 1.5rem;
}
.notice p { margin: 0; }
.notice.superseded { background: var(--superseded); border-left-color: var(--superseded-rule); }
.notice.upcoming { background: var(--accent-soft); border-left-color: var(--accent); }
.notice.translation { background: var(--superseded); border-left-color: var(--superseded-rule); }

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

/* A permalink on every heading and clause: shown on hover, and on keyboard focus. */
.anchor {
  color: var(--muted);
  font-weight: normal;
  text-decoration: none;
  opacity: 0;
  padding: 0 0.25rem;
}
h2:hover > .anchor, h3:hover > .anchor, h4:hover > .anchor, h5:hover > .anchor, h6:hover > .anchor,
li:hover > .anchor, .anchor:focus { opacity: 1; }
.anchor:hover { color: var(--accent); }

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
.clauses > li > .anchor { position: absolute; left: -1.5rem; width: 1.25rem; text-align: center; padding: 0; }
.bullets { padding-left: 1.5rem; margin: 0 0 1rem; }
.bullets > li { position: relative; margin: 0.4rem 0; }
.bullets > li > .anchor { position: absolute; left: -2.75rem; width: 1.25rem; text-align: center; padding: 0; }

.note-ref { font-size: 0.7em; line-height: 0; margin-left: 0.1em; }
.note-ref a { text-decoration: none; padding: 0 0.15em; }

.closing { margin-top: 2.5rem; padding-top: 1.25rem; border-top: 1px solid var(--rule); }
.closing .date, .closing .signature { margin: 0; color: var(--muted); }
.closing .signature { margin-bottom: 1rem; font-weight: 600; color: var(--ink); }

.notes { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--rule); font-size: 0.9375rem; }
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

/* A redline reads like the policy page with its changes marked: deleted words struck through,
   inserted ones underlined, each with a sign, so colour is never the only cue. A redline page is
   an <article class="policy redline">; each changed block a <div class="change KIND">. */
ins { background: var(--ins); color: var(--ins-ink); text-decoration: underline; text-decoration-thickness: 1px; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
ins, del { border-radius: 2px; padding: 0 0.1em; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.sign { font-weight: 700; padding-right: 0.1em; }
.legend { color: var(--muted); font-size: 0.9375rem; }
.legend ins, .legend del { margin-right: 0.5rem; }
.materiality { background: var(--notice); border-left: 4px solid var(--notice-rule); border-radius: 6px; padding: 0.75rem 1rem; margin: 0 0 1.5rem; }
.materiality p { margin: 0; }
.materiality ul { margin: 0.5rem 0 0; padding-left: 1.25rem; }
.context { margin-top: 2rem; }
.context > h2 { font-size: 1.125rem; border-bottom: 1px solid var(--rule); padding-bottom: 0.35rem; }
.change { border-left: 3px solid var(--rule); padding: 0.25rem 0 0.25rem 1rem; margin: 1rem 0; }
.change.added { border-left-color: var(--ins-ink); }
.change.removed { border-left-color: var(--del-ink); }
.change.modified, .change.merged, .change.split { border-left-color: var(--accent); }
.change .text { margin: 0 0 0.5rem; }
.where { margin: 0 0 0.25rem; font-size: 0.8125rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.old-number, .new-number { margin-right: 0.5rem; }
.kind { font-weight: 600; text-transform: uppercase; letter-spacing: 0.05em; }
.inner-number { color: var(--muted); margin-right: 0.35rem; }
.markup { font-size: 0.875rem; color: var(--muted); }
.metadata dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
.metadata dd { margin: 0; }
.unchanged { color: var(--muted); font-size: 0.9375rem; margin-top: 2rem; }
table.row { border-collapse: collapse; width: 100%; margin: 0 0 0.5rem; font-size: 0.9375rem; }
table.row th, table.row td { border: 1px solid var(--rule); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
table.row thead th { background: var(--accent-soft); }

/* The changelog: one entry a revision, newest first. */
section.revision { border-top: 1px solid var(--rule); padding-top: 0.5rem; margin-top: 1.5rem; }
/* The header's rule already separates the first entry. */
.policy-header + section.revision { border-top: 0; padding-top: 0; margin-top: 0; }
section.revision > h2 { margin-top: 0.5rem; font-size: 1.25rem; }
ul.changes { padding-left: 1.25rem; }
.changes li { margin: 0.25rem 0; }
.links { font-size: 0.9375rem; }

/* A wide screen: the contents beside the text, following the reader down the page. */
@media (min-width: 68.75rem) {
  body:has(.policy-body) :is(main, .site-bar, .site-footer) { max-width: 72rem; }
  .policy-header > :is(.summary, .notice) { max-width: 48rem; }
  .policy-body { display: grid; grid-template-columns: 15rem minmax(0, 1fr); column-gap: 3rem; align-items: start; }
  .policy-body > .toc {
    position: sticky;
    top: 1rem;
    max-height: calc(100vh - 2rem);
    overflow-y: auto;
    margin-bottom: 0;
    padding: 1rem;
  }
  .policy-body > .toc ol ol { padding-left: 1rem; }
  .policy-body > .toc a { grid-template-columns: 2.25rem 1fr; }
  .policy-main { max-width: 44rem; }
  .policy-main > .policy-text > :first-child > :first-child { margin-top: 0; }
  .allows .policy-main > section.action:first-child { border-top: 0; margin-top: 0; }
  .allows .policy-main > section.action:first-child > h2 { margin-top: 0; }
}

@media (max-width: 40rem) {
  body { font-size: 1rem; }
  main { padding: 0.5rem 0 1.5rem; }
  .site-bar { padding: 0.75rem 1rem 0; }
  .site-footer { padding: 0 1rem 2rem; }
  .policy { border-radius: 0; border-left: 0; border-right: 0; padding: 1.5rem 1.125rem; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.1875rem; }
  .clauses > li { padding-left: 2rem; }
  .clauses .marker { width: 1.5rem; }
  .clauses > li > .anchor { left: -1.125rem; width: 1rem; }
  .bullets > li > .anchor { left: -2.625rem; width: 1rem; }
  .revisions { padding: 0 1.125rem; }
  .change { padding-left: 0.75rem; }
}

@media print {
  :root {
    --ink: #000; --muted: #333; --accent: #000; --rule: #999; --paper: #fff; --page: #fff;
    --ins: transparent; --ins-ink: #000; --del: transparent; --del-ink: #000;
    --notice: transparent; --superseded: transparent; --accent-soft: transparent;
    color-scheme: light;
  }
  body { background: #fff; color: #000; font: 11pt/1.45 Georgia, "Times New Roman", "Hiragino Mincho ProN", "Noto Serif CJK JP", serif; }
  main { max-width: none; padding: 0; }
  .policy { border: 0; box-shadow: none; padding: 0; }
  .policy-body { display: block; }
  .skip-link, .site-bar, .site-footer, .toc, .revisions, .page-links, .backref, .anchor { display: none; }
  a { color: inherit; text-decoration: none; }
  .policy-text a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.85em; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  li, p { orphans: 3; widows: 3; }
  .notice, .materiality { border: 1px solid #000; }
  .change { break-inside: avoid; page-break-inside: avoid; }
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
        #"markdown/changelog.mustache"#: #"""
# {{strings.changelogOf.before}}{{title}}{{strings.changelogOf.after}}
{{#entries}}

## {{dateLine}}{{#isUpcoming}} {{strings.upcoming}}{{/isUpcoming}}
{{#hasSummary}}

{{summary}}
{{/hasSummary}}
{{#hasEffectLead}}

**{{effectLead}}**
{{/hasEffectLead}}
{{#hasEffects}}

{{#effects}}
- {{.}}
{{/effects}}
{{/hasEffects}}
{{#hasChanges}}

**{{strings.whereTextChanged}}{{strings.colon}}**

{{#changes}}
- {{context}}
{{#sentences}}
  - {{.}}
{{/sentences}}
{{/changes}}
{{/hasChanges}}
{{#hasChangesNote}}

{{changesNote}}
{{/hasChangesNote}}

[{{strings.fullText}}]({{textHref}}){{#hasDiff}} · [{{strings.redline}}]({{diffHref}}){{/hasDiff}}
{{/entries}}

"""#,
        #"markdown/partials/section.mustache"#: #"""

{{headingLine}}
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
{{strings.effective.before}}{{effectiveLong}}{{strings.effective.after}}
{{#hasSummary}}

> {{summary}}
{{/hasSummary}}
{{#page.hasNotice}}

> **{{strings.scheduledNotice.before}}{{page.noticeDate}}{{strings.scheduledNotice.after}}**
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

## {{strings.notes}}

{{#notes}}
{{number}}. <a id="{{id}}"></a>{{content}}
{{/notes}}
{{/hasNotes}}

"""#,
        #"markdown/pull-request.mustache"#: #"""
{{#isBody}}
<!-- codicil-redline -->
**Policy redline** since {{ref}}: {{#isEmpty}}no policy revision changed.{{/isEmpty}}{{^isEmpty}}{{revisionCount}} {{revisionsNoun}} changed in {{policyCount}} {{policiesNoun}} ({{statusCounts}}).{{/isEmpty}}
{{#policies}}

## {{title}}

{{#files}}
- {{status}} {{path}}{{#isFirst}}, the policy's first revision: nothing to compare it with{{/isFirst}}{{#hasPrevious}}, compared with {{previous}}{{/hasPrevious}}{{#isEdited}}, compared with its version at {{ref}}{{/isEdited}}
{{/files}}
{{#redlines}}

{{redline}}
{{#hasOmitted}}

… {{omitted}} more changed {{omittedNoun}} of this revision not shown.
{{/hasOmitted}}
{{/redlines}}
{{/policies}}
{{/isBody}}
{{#isCut}}

**Not everything fits** in {{limit}} characters; {{#hasURL}}the full redline: <{{url}}>{{/hasURL}}{{^hasURL}}{{command}} prints the full redline{{/hasURL}}
{{/isCut}}

"""#,
        #"markdown/redline.mustache"#: #"""
### {{title}}{{strings.colonSpace}}{{oldDate}} → {{newDate}}

{{#hasMateriality}}
**{{strings.materiality}}{{strings.colon}}** {{materialityLine}}

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
**{{strings.summary}}{{strings.colon}}** {{summaryLine}}
{{#hasMetadata}}

#### {{strings.metadata}}

{{#metadata}}
- **{{field}}**{{strings.colonSpace}}{{words}}
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

{{strings.markdownMarkupOf.before}}{{text}}{{strings.markdownMarkupOf.after}}{{strings.colonSpace}}{{old}} → {{new}}
{{/markups}}
{{/changes}}
{{/groups}}
{{#hasUnchanged}}

<details><summary>{{unchangedLine}}</summary></details>
{{/hasUnchanged}}

"""#,
        #"strings/en.json"#: #"""
{
  "aboutThisPolicy": "About this policy",
  "aboutThisVersion": "About this version",
  "actions": "Actions",
  "allPolicies": "All policies",
  "allVersions": "All versions",
  "allowsIntro": "Each line below is one condition under which the policy permits an action, linked to the clause that says so. An action is allowed when at least one of its conditions holds and none of its exceptions applies; anything else is not allowed.",
  "and": " and ",
  "andMore": "… and {count} more",
  "anyRecipient": "any recipient",
  "anyRecipientIncluding": "any recipient, including those below",
  "anythingElse": "Anything else is not allowed:",
  "atomFeed": "Atom feed",
  "backToReference": "Back to reference {n}",
  "bulletMark": "(bullet {n})",
  "changelog": "Changelog",
  "changelogDescription": "Every revision of {title}, newest first, with what changed in each.",
  "changelogOf": "Changelog: {title}",
  "changesTo": "Changes to {title}",
  "citeClauses": "{clauses}",
  "citeSection": "section {clauses}",
  "citeSections": "sections {clauses}",
  "classBroadens": "material — broadens",
  "classBroadensAndNarrows": "material — broadens and narrows",
  "classClarifying": "clarifying",
  "classEditorial": "editorial",
  "classNarrows": "material — narrows",
  "classNeedsReview": "needs review",
  "classNotAssessed": "not assessed",
  "classUnchanged": "unchanged",
  "closing": "Closing",
  "colon": ":",
  "colonSpace": ": ",
  "column": "Column {n}",
  "contents": "Contents",
  "countAdded": "{count} added",
  "countMerged": "{count} merged",
  "countMetadata": "{count} metadata",
  "countModified": "{count} modified",
  "countMoved": "{count} moved",
  "countRemoved": "{count} removed",
  "countRenumbered": "{count} renumbered",
  "countSplit": "{count} split",
  "customerFor": " for {purpose}",
  "customerNoLonger": "We will no longer {action} {data}{recipient}{purpose}{facts}{citation}.",
  "customerNowPermitted": "We may now {action} {data}{recipient}{purpose}{facts}{citation}.",
  "customerTo": " to {recipient}",
  "customerWhen": " when {facts}",
  "date": "{day} {month} {year}",
  "decisionDeny": "deny",
  "decisionPermit": "permit",
  "deletedWords": "deleted words",
  "effectChangesUse": "This revision changes what we may do with personal information; the redline shows every change.",
  "effectLead": "What this means for you:",
  "effectNone": "None of these changes alters what we may do with personal information.",
  "effective": "Effective {date}",
  "effectiveComma": ", effective {date}.",
  "exceptions": "Exceptions that override",
  "feedSubtitle": "Revisions of {title}, with what changed in each",
  "feedTitle": "Revision effective {date}",
  "feedUpcomingTitle": "Upcoming revision, taking effect {date}",
  "fieldEffective": "effective",
  "fieldLabel": "label",
  "fieldLanguage": "language",
  "fieldPolicy": "policy",
  "fieldPublisher": "publisher",
  "fieldSummary": "summary",
  "fieldTitle": "title",
  "firstPublished": "First published.",
  "flipLine": "{request}: {old} → {new}",
  "flipTextLine": "{old} → {new}: {request}",
  "forSoftware": "For software:",
  "fullText": "Full text",
  "inEffect": "in effect",
  "inEffectSince": "in effect since {date}",
  "insertedWords": "inserted words",
  "json": "JSON",
  "kindAdded": "added",
  "kindAndEdited": "{kind} and edited",
  "kindMerged": "merged",
  "kindModified": "modified",
  "kindMoved": "moved",
  "kindMovedFrom": "moved from {from} to {to}",
  "kindNowA": "{kind}, now a {noun}",
  "kindRemoved": "removed",
  "kindRenumbered": "renumbered",
  "kindRun": "{kind} ({count} {things})",
  "kindSplit": "split",
  "labelled": "{label}: {text}",
  "languages": "Languages",
  "leadFor": "for",
  "leadOf": "of",
  "leadTo": "to",
  "leadUnless": "unless",
  "leadWhen": "when",
  "linkHere": "Link to {place}",
  "listAnd": " and ",
  "listComma": ", ",
  "markEmphasis": "emphasis",
  "markJoin": " + ",
  "markLink": "link {address}",
  "markLinked": "link",
  "markPlain": "plain",
  "markStrong": "strong",
  "markTerm": "term",
  "markdown": "Markdown",
  "markdownMarkupOf": "Markup of {text}",
  "markupOf": "Markup of “{text}”",
  "materiality": "Materiality",
  "materialityHeadline": "{label}: {count} decisions change",
  "materialityHeadlineOne": "{label}: {count} decision changes",
  "metadata": "Metadata",
  "months": [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"
  ],
  "neverAllowed": "Never allowed, whatever the conditions above:",
  "newNumber": "new {number}",
  "newText": "New text ({date})",
  "newVersionOn": "a new version takes effect on {date}",
  "noChanges": "No changes.",
  "noClauseChanged": "No clause changed.",
  "noClausePermits": "No clause permits it.",
  "noTextChangeOnlyRules": "No change to the text; only the rules changed.",
  "notAssessedHeadline": "not assessed: neither revision has rules",
  "notAssessedWhy": " (neither revision has rules)",
  "noteNumber": "note {number}",
  "noteReference": "Note {n}",
  "notes": "Notes",
  "noticeSubject": "Changes to {title}, effective {date}",
  "noticeTakesEffect": "The new version takes effect on {date}.",
  "noticeUpdated": "We have updated the {title}. ",
  "nounItem": "list item",
  "nounItems": "list items",
  "nounNote": "note",
  "nounNotes": "notes",
  "nounParagraph": "paragraph",
  "nounParagraphs": "paragraphs",
  "nounRow": "table row",
  "nounRows": "table rows",
  "nounSection": "section",
  "nounSections": "sections",
  "oldNumber": "old {number}",
  "onlyClosingLines": "Only the date or signature at the end changed.",
  "onlyMetadata": "Only the title, publisher or language changed.",
  "onlyRenumbered": "Some clauses were renumbered; no words changed.",
  "onlyRules": "No clause's text changed; only the rules changed.",
  "or": " or ",
  "paragraphMark": " ¶{n}",
  "parenthesized": " ({text})",
  "personalInformation": "personal information",
  "plainText": "Plain text",
  "policies": "Policies",
  "preamble": "Preamble",
  "previousText": "Previous text ({date})",
  "readCurrent": "Read the current policy.",
  "readNewText": "Read the new text",
  "readNewVersion": "Read the new version.",
  "readOriginal": "Read the original.",
  "readPolicyInEffect": "Read the policy in effect until then.",
  "redline": "Redline",
  "relatedPages": "Related pages",
  "requestData": " {data} data",
  "requestFor": " for {purpose}",
  "requestLine": "{action}{data}{recipient}{purpose}{facts}",
  "requestNoFacts": ", no fact holding",
  "requestTerms": "ids",
  "requestTo": " to {recipient}",
  "requestWhen": ", when {facts}",
  "requestsChange": " ({count} requests change decision)",
  "requestsChangeOne": " ({count} request changes decision)",
  "reviewMany": "the words of {clause}, which carries {count} rules, changed; its rules did not: review it",
  "reviewOne": "the words of {clause}, which carries a rule, changed; its rule did not: review it",
  "revisionTakesEffect": "This revision takes effect on {date}.",
  "scheduled": "scheduled",
  "scheduledNotice": "A new version takes effect on {date}.",
  "seeEveryChange": "See every change in the redline",
  "sentenceAdded": "{what} was added",
  "sentenceAndReworded": ", and reworded",
  "sentenceBecame": "{what} is now a {noun}, {new}.",
  "sentenceEnd": ".",
  "sentenceMerged": "{what} were merged into {new}",
  "sentenceMoved": "{what} was moved",
  "sentenceMovedFrom": "{what} was moved from {from} to {to}",
  "sentenceNowA": ", now a {noun}",
  "sentenceNowNumbered": " and is now {new}",
  "sentenceRemoved": "{what} was removed",
  "sentenceRenumbered": "{what} is now numbered {new}, with the same words.",
  "sentenceRenumberedRun": "{what} are now numbered {new}, with the same words.",
  "sentenceReworded": "{what} was reworded",
  "sentenceSplit": "{what} was split into {new}",
  "skipToText": "Skip to the policy text",
  "summary": "Summary",
  "summarySeparator": "; ",
  "superseded": "superseded",
  "supersededNotice": "This version was replaced on {date}.",
  "takesEffectNotice": "This version takes effect on {date}.",
  "textMarkupOf": "markup of “{text}”",
  "thePolicy": "The policy",
  "thisLanguage": "English",
  "to": "To {recipient}",
  "topLevel": "the policy",
  "translationBehind": "The original ({language}) was updated on {date}; this translation follows the version of {followed}.",
  "unchangedBlock": "{count} unchanged block not shown.",
  "unchangedBlocks": "{count} unchanged blocks not shown.",
  "unchangedNotShown": "{count} unchanged blocks not shown",
  "unchangedNotShownOne": "{count} unchanged block not shown",
  "unconditional": "with no further condition",
  "upcoming": "(upcoming)",
  "upcomingChange": "Upcoming change",
  "upcomingLabel": "upcoming",
  "upcomingNotYet": "Upcoming: not yet in effect.",
  "whatChanged": "What changed",
  "whatClause": "Clause {number}",
  "whatClauses": "Clauses {number}",
  "whatItAllows": "What it allows",
  "whatNote": "Note {number}",
  "whatSection": "Section {number}",
  "whatSections": "Sections {number}",
  "whatThisPolicyAllows": "What this policy allows",
  "whereTextChanged": "Where the text changed",
  "wordsChanged": "{inserted} words inserted, {deleted} deleted",
  "wordsChangedOne": "{inserted} word inserted, {deleted} deleted"
}

"""#,
        #"strings/ja.json"#: #"""
{
  "aboutThisPolicy": "このポリシーについて",
  "aboutThisVersion": "この版について",
  "actions": "行為",
  "allPolicies": "ポリシー一覧",
  "allVersions": "すべての版",
  "allowsIntro": "以下の各行は、このポリシーがある行為を認める条件の一つで、そう定める条項にリンクしています。行為は、条件のいずれかが満たされ、かつ例外のいずれにも当たらないときに認められます。それ以外は認められません。",
  "and": "かつ",
  "andMore": "…ほか{count}件",
  "anyRecipient": "提供先を問わず",
  "anyRecipientIncluding": "提供先を問わず（以下の提供先を含む）",
  "anythingElse": "それ以外は認められません：",
  "atomFeed": "Atomフィード",
  "backToReference": "参照箇所{n}に戻る",
  "bulletMark": "（{n}番目の項目）",
  "changelog": "改定履歴",
  "changelogDescription": "{title}のすべての版（新しい順）と各版の変更点。",
  "changelogOf": "改定履歴：{title}",
  "changesTo": "{title}の変更",
  "citeClauses": "{clauses}参照",
  "citeSection": "{clauses}参照",
  "citeSections": "{clauses}参照",
  "classBroadens": "重要な変更（拡大）",
  "classBroadensAndNarrows": "重要な変更（拡大と縮小）",
  "classClarifying": "明確化",
  "classEditorial": "表記の修正",
  "classNarrows": "重要な変更（縮小）",
  "classNeedsReview": "要確認",
  "classNotAssessed": "未評価",
  "classUnchanged": "変更なし",
  "closing": "結び",
  "colon": "：",
  "colonSpace": "：",
  "column": "{n}列目",
  "contents": "目次",
  "countAdded": "追加{count}件",
  "countMerged": "統合{count}件",
  "countMetadata": "メタデータ{count}件",
  "countModified": "変更{count}件",
  "countMoved": "移動{count}件",
  "countRemoved": "削除{count}件",
  "countRenumbered": "番号の変更{count}件",
  "countSplit": "分割{count}件",
  "customerFor": "{purpose}のために",
  "customerNoLonger": "今後は、{facts}{data}を{purpose}{recipient}{action}することはありません{citation}。",
  "customerNowPermitted": "今後は、{facts}{data}を{purpose}{recipient}{action}することがあります{citation}。",
  "customerTo": "{recipient}に",
  "customerWhen": "{facts}場合は、",
  "date": "{year}年{month}月{day}日",
  "decisionDeny": "不許可",
  "decisionPermit": "許可",
  "deletedWords": "削除した語",
  "effectChangesUse": "この改定により、当社が個人情報について行えることが変わります。すべての変更は「変更箇所」でご確認いただけます。",
  "effectLead": "お客様への影響：",
  "effectNone": "いずれの変更も、当社が個人情報について行えることを変えるものではありません。",
  "effective": "{date}施行",
  "effectiveComma": "（{date}施行）",
  "exceptions": "優先する例外",
  "feedSubtitle": "{title}の改定履歴と各版の変更点",
  "feedTitle": "{date}施行の改定",
  "feedUpcomingTitle": "{date}施行予定の改定",
  "fieldEffective": "施行日",
  "fieldLabel": "日付の表記",
  "fieldLanguage": "言語",
  "fieldPolicy": "ポリシー識別子",
  "fieldPublisher": "発行者",
  "fieldSummary": "改定の概要",
  "fieldTitle": "表題",
  "firstPublished": "初めて公開した版です。",
  "flipLine": "{request}：{old} → {new}",
  "flipTextLine": "{old} → {new}：{request}",
  "forSoftware": "プログラム向け：",
  "fullText": "本文",
  "inEffect": "施行中",
  "inEffectSince": "{date}から施行",
  "insertedWords": "追加した語",
  "json": "JSON",
  "kindAdded": "追加",
  "kindAndEdited": "{kind}・文言の変更",
  "kindMerged": "統合",
  "kindModified": "変更",
  "kindMoved": "移動",
  "kindMovedFrom": "{from}から{to}へ移動",
  "kindNowA": "{kind}（{noun}に変更）",
  "kindRemoved": "削除",
  "kindRenumbered": "番号の変更",
  "kindRun": "{kind}（{count}{things}）",
  "kindSplit": "分割",
  "labelled": "{label}：{text}",
  "languages": "言語",
  "leadFor": "利用目的：",
  "leadOf": "情報：",
  "leadTo": "提供先：",
  "leadUnless": "除外条件：",
  "leadWhen": "条件：",
  "linkHere": "{place}へのリンク",
  "listAnd": "および",
  "listComma": "、",
  "markEmphasis": "強調",
  "markJoin": " + ",
  "markLink": "リンク {address}",
  "markLinked": "リンク",
  "markPlain": "書式なし",
  "markStrong": "太字",
  "markTerm": "用語",
  "markdown": "Markdown",
  "markdownMarkupOf": "{text}の書式",
  "markupOf": "「{text}」の書式",
  "materiality": "重要度",
  "materialityHeadline": "{label}：{count}件の判断が変わります",
  "materialityHeadlineOne": "{label}：{count}件の判断が変わります",
  "metadata": "メタデータ",
  "months": [
    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"
  ],
  "neverAllowed": "上の条件にかかわらず、次の場合は認められません：",
  "newNumber": "新 {number}",
  "newText": "新しい本文（{date}）",
  "newVersionOn": "新しい版が{date}に施行されます",
  "noChanges": "変更はありません。",
  "noClauseChanged": "変更した条項はありません。",
  "noClausePermits": "これを認める条項はありません。",
  "noTextChangeOnlyRules": "本文に変更はありません。ルールのみを変更しました。",
  "notAssessedHeadline": "未評価：どちらの版にもルールがありません",
  "notAssessedWhy": "（どちらの版にもルールがありません）",
  "noteNumber": "注{number}",
  "noteReference": "注{n}",
  "notes": "注",
  "noticeSubject": "{title}改定のお知らせ（{date}施行）",
  "noticeTakesEffect": "新しい版は{date}に施行されます。",
  "noticeUpdated": "{title}を改定しました。",
  "nounItem": "箇条書きの項目",
  "nounItems": "項目",
  "nounNote": "注",
  "nounNotes": "件の注",
  "nounParagraph": "段落",
  "nounParagraphs": "段落",
  "nounRow": "表の行",
  "nounRows": "行",
  "nounSection": "節",
  "nounSections": "節",
  "oldNumber": "旧 {number}",
  "onlyClosingLines": "末尾の日付または署名のみを変更しました。",
  "onlyMetadata": "表題、発行者または言語のみを変更しました。",
  "onlyRenumbered": "一部の条項の番号を変更しました。文言に変更はありません。",
  "onlyRules": "条項の文言に変更はありません。ルールのみを変更しました。",
  "or": "または",
  "paragraphMark": "の第{n}段落",
  "parenthesized": "（{text}）",
  "personalInformation": "個人情報",
  "plainText": "テキスト",
  "policies": "ポリシー",
  "preamble": "前文",
  "previousText": "以前の本文（{date}）",
  "readCurrent": "現行のポリシーを読む。",
  "readNewText": "新しい本文を読む",
  "readNewVersion": "新しい版を読む。",
  "readOriginal": "原文を読む。",
  "readPolicyInEffect": "それまで施行中のポリシーを読む。",
  "redline": "変更箇所",
  "relatedPages": "関連ページ",
  "requestData": "{data}を",
  "requestFor": "{purpose}のため",
  "requestLine": "{facts}{purpose}{recipient}{data}{action}",
  "requestNoFacts": "条件なしで",
  "requestTerms": "labels",
  "requestTo": "{recipient}に",
  "requestWhen": "{facts}場合に",
  "requestsChange": "（{count}件のリクエストの判断が変わります）",
  "requestsChangeOne": "（{count}件のリクエストの判断が変わります）",
  "reviewMany": "{clause}の文言が変わりましたが、その条項の{count}件のルールは変わっていません。確認してください",
  "reviewOne": "{clause}の文言が変わりましたが、その条項のルールは変わっていません。確認してください",
  "revisionTakesEffect": "この改定は{date}に施行されます。",
  "scheduled": "施行予定",
  "scheduledNotice": "新しい版が{date}に施行されます。",
  "seeEveryChange": "すべての変更箇所を見る",
  "sentenceAdded": "{what}を追加",
  "sentenceAndReworded": "し、文言を変更",
  "sentenceBecame": "{what}を{noun}（{new}）に変更しました。",
  "sentenceEnd": "しました。",
  "sentenceMerged": "{what}を{new}に統合",
  "sentenceMoved": "{what}を移動",
  "sentenceMovedFrom": "{what}を{from}から{to}へ移動",
  "sentenceNowA": "し、{noun}に変更",
  "sentenceNowNumbered": "し、番号を{new}に変更",
  "sentenceRemoved": "{what}を削除",
  "sentenceRenumbered": "{what}の番号を{new}に変更しました（文言は変わりません）。",
  "sentenceRenumberedRun": "{what}の番号を{new}に変更しました（文言は変わりません）。",
  "sentenceReworded": "{what}の文言を変更",
  "sentenceSplit": "{what}を{new}に分割",
  "skipToText": "本文へ移動",
  "summary": "概要",
  "summarySeparator": "／",
  "superseded": "改定済み",
  "supersededNotice": "この版は{date}に改定されました。",
  "takesEffectNotice": "この版は{date}に施行されます。",
  "textMarkupOf": "「{text}」の書式",
  "thePolicy": "ポリシー全体",
  "thisLanguage": "日本語",
  "to": "{recipient}への提供",
  "topLevel": "最上位",
  "translationBehind": "原文（{language}）は{date}に更新されました。この翻訳は{followed}の版に基づいています。",
  "unchangedBlock": "変更のない{count}ブロックは省略しています。",
  "unchangedBlocks": "変更のない{count}ブロックは省略しています。",
  "unchangedNotShown": "変更のない{count}ブロックは省略",
  "unchangedNotShownOne": "変更のない{count}ブロックは省略",
  "unconditional": "その他の条件なし",
  "upcoming": "（予定）",
  "upcomingChange": "予定されている改定",
  "upcomingLabel": "施行予定",
  "upcomingNotYet": "施行予定：まだ施行されていません。",
  "whatChanged": "変更点",
  "whatClause": "{number}",
  "whatClauses": "{number}",
  "whatItAllows": "認められる行為",
  "whatNote": "注{number}",
  "whatSection": "第{number}節",
  "whatSections": "第{number}節",
  "whatThisPolicyAllows": "このポリシーが認める行為",
  "whereTextChanged": "本文の変更箇所",
  "wordsChanged": "{inserted}語句を追加、{deleted}語句を削除",
  "wordsChangedOne": "{inserted}語句を追加、{deleted}語句を削除"
}

"""#,
        #"text/changelog.mustache"#: #"""
{{strings.changelogOf.before}}{{title}}{{strings.changelogOf.after}}
{{#entries}}

{{dateLine}}
{{dateUnderline}}
{{#isUpcoming}}
{{strings.upcomingNotYet}}
{{/isUpcoming}}
{{#hasSummary}}
{{summary}}

{{/hasSummary}}
{{#hasEffectLead}}
{{effectLead}}
{{#effects}}
  - {{.}}
{{/effects}}

{{/hasEffectLead}}
{{#hasChanges}}
{{strings.whereTextChanged}}{{strings.colon}}
{{#changes}}
  {{context}}
{{#sentences}}
    - {{.}}
{{/sentences}}
{{/changes}}
{{/hasChanges}}
{{#hasChangesNote}}
{{changesNote}}
{{/hasChangesNote}}
{{strings.fullText}}{{strings.colonSpace}}{{textHref}}
{{#hasDiff}}
{{strings.redline}}{{strings.colonSpace}}{{diffHref}}
{{/hasDiff}}
{{/entries}}

"""#,
        #"text/notice.mustache"#: #"""
{{subject}}

{{strings.noticeUpdated.before}}{{title}}{{strings.noticeUpdated.after}}{{strings.noticeTakesEffect.before}}{{entry.dateLine}}{{strings.noticeTakesEffect.after}}
{{#entry}}
{{#hasSummary}}

{{summary}}
{{/hasSummary}}
{{#hasEffectLead}}

{{effectLead}}
{{/hasEffectLead}}
{{#hasEffects}}

{{#effects}}
  - {{.}}
{{/effects}}
{{/hasEffects}}
{{#hasChanges}}

{{strings.whereTextChanged}}{{strings.colon}}
{{#changes}}
  {{context}}
{{#sentences}}
    - {{.}}
{{/sentences}}
{{/changes}}
{{/hasChanges}}
{{#hasChangesNote}}

{{changesNote}}
{{/hasChangesNote}}
{{/entry}}

{{strings.readNewText}}{{strings.colonSpace}}{{textURL}}
{{#hasDiff}}
{{strings.seeEveryChange}}{{strings.colonSpace}}{{diffURL}}
{{/hasDiff}}
{{#hasPublisher}}

{{publisher}}
{{/hasPublisher}}

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
{{strings.effective.before}}{{effectiveLong}}{{strings.effective.after}}
{{#hasSummary}}

{{summary}}
{{/hasSummary}}
{{#page.hasNotice}}

{{strings.scheduledNotice.before}}{{page.noticeDate}}{{strings.scheduledNotice.after}}
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

{{strings.notes}}

{{#notes}}
{{body}}
{{/notes}}
{{/hasNotes}}

"""#,
        #"text/redline.mustache"#: #"""
{{boldOn}}{{title}}{{strings.colonSpace}}{{oldDate}} → {{newDate}}{{boldOff}}
{{summaryLine}}
{{#hasMateriality}}

{{#materialityLines}}
{{.}}
{{/materialityLines}}
{{/hasMateriality}}
{{#hasMetadata}}

{{boldOn}}{{strings.metadata}}{{boldOff}}
{{#metadata}}
  {{field}}{{strings.colonSpace}}{{words}}
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
      {{number}}{{strings.colonSpace}}{{words}}
{{/parts}}
{{#markups}}
      {{strings.textMarkupOf.before}}{{text}}{{strings.textMarkupOf.after}}{{strings.colonSpace}}{{old}} → {{new}}
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
