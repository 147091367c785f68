#!/usr/bin/env python3
"""Render Markdown redlines as a GitHub comment does and check that they show the diff exactly.

Usage: python3 scripts/check-markdown-redline.py CODICIL OLD.xml NEW.xml [OLD.xml NEW.xml ...]
       (needs `pip install cmarkgfm html5lib`)

For each pair, runs `CODICIL diff OLD NEW --format md` and `--format json`, renders the
Markdown with cmark-gfm (the parser behind GitHub's comments and previews) with GitHub's
extensions and raw HTML allowed, as GitHub's comment pipeline does before sanitizing, and checks:

- no element appears but those the redline writes itself (headings, paragraphs, strong, lists,
  block quotes, ins, del, details): policy text such as `*x*`, `<b>`, `|`, `_x_`, `~~x~~` or
  a backtick never becomes markup. The one exception is GitHub's own linking of a bare URL,
  accepted when the link shows exactly its address and is http, https or mailto;
- every changed clause's quoted text reads, character for character, as the typed diff's
  segments (JSON): equal words as plain text, inserted words inside `<ins>`, deleted words
  inside `<del>`, and nothing else inside them.

Exit 1 on any difference.
"""
import json
import re
import subprocess
import sys

import cmarkgfm
import html5lib
from cmarkgfm.cmark import Options

# What the redline itself writes; anything else came from policy text and is a failure.
# `code` holds the link addresses of "Markup of" lines; inside a quoted clause it is still an error.
ALLOWED = {"html", "head", "body", "h3", "h4", "p", "strong", "ul", "li", "blockquote", "ins", "del", "details", "summary", "code"}
# GitHub links a bare URL in any comment; that is allowed when the link shows its own address.
AUTOLINK = re.compile(r"^(https?://|mailto:)")
EXTENSIONS = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]


def render(markdown):
    html = cmarkgfm.markdown_to_html_with_extensions(markdown, options=Options.CMARK_OPT_UNSAFE, extensions=EXTENSIONS)
    return html5lib.parse(html, namespaceHTMLElements=False)


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


def encode(runs):
    """Runs of (kind, text) as one string: equal text plain, ⟦+inserted+⟧, ⟦-deleted-⟧."""
    out = ""
    for kind, text, space in runs:
        if space and out:
            out += " "
        out += {"equal": text, "inserted": f"⟦+{text}+⟧", "deleted": f"⟦-{text}-⟧"}[kind]
    return squeeze(out)


def expected_quotes(diff):
    """Every segment list the redline quotes, in document order."""
    quotes = []
    for change in diff["changes"]:
        if change.get("segments"):
            quotes.append(encode((s["kind"], s["text"], s["spaceBefore"]) for s in change["segments"]))
        for inner in change.get("contents", []):
            if inner.get("segments"):
                quotes.append(encode((s["kind"], s["text"], s["spaceBefore"]) for s in inner["segments"]))
    return quotes


def is_autolink(element):
    """A link GitHub makes of a bare URL: its text is its address, http, https or mailto."""
    href = element.get("href", "")
    return element.tag == "a" and not len(element) and AUTOLINK.match(href) \
        and href.removeprefix("mailto:") == (element.text or "").removeprefix("mailto:")


def rendered_quotes(tree, problems):
    """Each paragraph inside a block quote, read back as runs; a leading <strong> (the number
    of a clause inside an added or removed one) is dropped."""
    quotes = []
    for quote in tree.iter("blockquote"):
        for paragraph in quote.iter("p"):
            out = paragraph.text or ""
            for index, child in enumerate(paragraph):
                if child.tag in ("ins", "del"):
                    markup = [inner.tag for inner in child if not is_autolink(inner)]
                    if markup:
                        problems.append(f"<{child.tag}> holds markup: {markup}")
                    text = (child.text or "") + "".join((inner.text or "") + (inner.tail or "") for inner in child)
                    mark = "+" if child.tag == "ins" else "-"
                    out += f"⟦{mark}{text}{mark}⟧"
                elif child.tag == "strong" and index == 0 and not squeeze(out):
                    out = ""
                elif is_autolink(child):
                    out += child.text or ""
                else:
                    problems.append(f"<{child.tag}> inside a quoted clause")
                out += child.tail or ""
            quotes.append(squeeze(out))
    return quotes


def check(codicil, old, new):
    markdown = subprocess.run([codicil, "diff", old, new, "--format", "md"], capture_output=True, text=True)
    typed = subprocess.run([codicil, "diff", old, new, "--format", "json"], capture_output=True, text=True)
    if markdown.returncode not in (0, 1) or typed.returncode not in (0, 1):
        return [f"codicil diff failed: {markdown.stderr}{typed.stderr}"]
    tree = render(markdown.stdout)
    problems = [
        f"<{element.tag}> is not written by the redline" for element in tree.iter()
        if element.tag not in ALLOWED and not is_autolink(element)
    ]
    expected = expected_quotes(json.loads(typed.stdout))
    shown = rendered_quotes(tree, problems)
    # Every quote shown must be the next expected one (clauses quoted without a text change,
    # such as renumbered ones, may be left out of the Markdown).
    position = 0
    for quote in shown:
        while position < len(expected) and expected[position] != quote:
            position += 1
        if position == len(expected):
            problems.append(f"shown but not in the diff: {quote!r}")
            position = 0
        else:
            position += 1
    changed = json.loads(typed.stdout)["summary"]["modified"]
    if changed and not shown:
        problems.append("the diff modifies clauses but the redline quotes none")
    return problems


def main():
    if len(sys.argv) < 4 or len(sys.argv) % 2 != 0:
        print(__doc__, file=sys.stderr)
        return 2
    codicil, pairs = sys.argv[1], list(zip(sys.argv[2::2], sys.argv[3::2]))
    failures = 0
    quotes = 0
    for old, new in pairs:
        problems = check(codicil, old, new)
        for problem in problems:
            print(f"{new}: error: {problem}")
        failures += bool(problems)
    print(f"checked {len(pairs)} Markdown redlines with cmark-gfm: {len(pairs) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
