#!/usr/bin/env python3
"""Render Markdown redlines as a GitHub comment does and check that they show the diff exactly.

Usage: python3 scripts/check-markdown-redline.py CODICIL OLD.xml NEW.xml [OLD.xml NEW.xml ...]
       python3 scripts/check-markdown-redline.py CODICIL --git-base REF [CODICIL-DIFF-OPTION ...]
       (needs `pip install cmarkgfm html5lib`)

For each pair, runs `CODICIL diff OLD NEW --format md` and `--format json`, renders the
Markdown with cmark-gfm (the parser behind GitHub's comments and previews) with GitHub's
extensions and raw HTML allowed, as GitHub's comment pipeline does before sanitizing, and checks:

- no element appears but those the redline writes itself (headings, paragraphs, strong, lists,
  block quotes, ins, del, details, and one table for each changed table row): policy text such
  as `*x*`, `<b>`, `|`, `_x_`, `~~x~~` or a backtick never becomes markup. The one exception is
  GitHub's own linking of a bare URL, accepted when the link shows exactly its address and is
  http, https or mailto;
- every changed clause's quoted text, and every cell of a changed row, reads, character for
  character, as the typed diff's segments (JSON): equal words as plain text, inserted words
  inside `<ins>`, deleted words inside `<del>`, and nothing else inside them.

With --git-base, run in a git repository, the document checked is the pull-request comment of
`CODICIL diff --git-base REF --format md` (with the options that follow, such as --comment-limit),
against the typed diff of every revision it compares: the same checks, plus the marker on its first
line, a heading per policy, and GitHub's limit of 65,536 characters.

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
ALLOWED = {"html", "head", "body", "h2", "h3", "h4", "p", "strong", "ul", "li", "blockquote", "ins", "del", "details", "summary", "code"}
# A changed table row is shown as a one-row table under its column headings.
TABLE = {"table", "thead", "tbody", "tr", "th", "td"}
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
    """Every segment list the redline quotes, in document order: a clause's text, or each cell
    of a changed row."""
    quotes = []

    def add(segments):
        quotes.append(encode((s["kind"], s["text"], s["spaceBefore"]) for s in segments))

    for change in diff["changes"]:
        if change.get("cells"):
            for cell in change["cells"]:
                add(cell.get("segments", []))
        elif change.get("segments"):
            add(change["segments"])
        # Inside an added or removed section, a row is quoted as one paragraph, cells joined by " | ".
        for inner in change.get("contents", []):
            if inner.get("segments"):
                add(inner["segments"])
    return quotes


def row_changes(diff):
    """How many changes show a table row cell by cell, as a table of its own."""
    return sum(1 for change in diff["changes"] if change.get("cells"))


def is_autolink(element):
    """A link GitHub makes of a bare URL: its text is its address, http, https or mailto."""
    href = element.get("href", "")
    return element.tag == "a" and not len(element) and AUTOLINK.match(href) \
        and href.removeprefix("mailto:") == (element.text or "").removeprefix("mailto:")


def read_runs(element, problems, where):
    """An element's text read back as runs: ⟦+inserted+⟧ and ⟦-deleted-⟧ for <ins> and <del>; a
    leading <strong> (the number of a clause inside an added or removed one) is dropped."""
    out = element.text or ""
    for index, child in enumerate(element):
        if child.tag in ("ins", "del"):
            markup = [inner.tag for inner in child if not is_autolink(inner) and inner.tag != "br"]
            if markup:
                problems.append(f"<{child.tag}> holds markup: {markup}")
            text = (child.text or "") + "".join(
                (" " if inner.tag == "br" else inner.text or "") + (inner.tail or "") for inner in child)
            mark = "+" if child.tag == "ins" else "-"
            out += f"⟦{mark}{text}{mark}⟧"
        elif child.tag == "strong" and index == 0 and not squeeze(out):
            out = ""
        elif is_autolink(child):
            out += child.text or ""
        elif child.tag == "br" and where == "cell":
            out += " "
        else:
            problems.append(f"<{child.tag}> inside a quoted {where}")
        out += child.tail or ""
    return squeeze(out)


def rendered_quotes(tree, problems):
    """Each paragraph inside a block quote and each body cell of a table, in document order,
    read back as runs."""
    quotes = []

    def walk(element, quoted):
        for child in element:
            if child.tag == "p" and quoted:
                quotes.append(read_runs(child, problems, "clause"))
            elif child.tag == "td":
                quotes.append(read_runs(child, problems, "cell"))
            elif child.tag == "th":
                if len(child):
                    problems.append(f"<{child[0].tag}> inside a column heading")
            else:
                walk(child, quoted or child.tag == "blockquote")

    walk(tree, False)
    return quotes


def check(codicil, old, new):
    markdown = subprocess.run([codicil, "diff", old, new, "--format", "md"], capture_output=True, text=True)
    typed = subprocess.run([codicil, "diff", old, new, "--format", "json"], capture_output=True, text=True)
    if markdown.returncode not in (0, 1) or typed.returncode not in (0, 1):
        return [f"codicil diff failed: {markdown.stderr}{typed.stderr}"]
    return check_document(markdown.stdout, [json.loads(typed.stdout)])


def check_git_base(codicil, options):
    """The pull-request comment against the typed diff of each revision it compares."""
    markdown = subprocess.run([codicil, "diff", *options, "--format", "md"], capture_output=True, text=True)
    typed = subprocess.run([codicil, "diff", *options, "--format", "json"], capture_output=True, text=True)
    if markdown.returncode not in (0, 1) or typed.returncode not in (0, 1):
        return [f"codicil diff failed: {markdown.stderr}{typed.stderr}"]
    diffs = [revision["changes"] for revision in json.loads(typed.stdout)["revisions"] if "changes" in revision]
    problems = check_document(markdown.stdout, diffs)
    if not markdown.stdout.startswith("<!-- codicil-redline -->\n"):
        problems.append("the comment does not start with its marker line")
    if len(markdown.stdout) > 65536:
        problems.append(f"the comment is {len(markdown.stdout)} characters, over GitHub's 65,536")
    headings = sum(1 for _ in render(markdown.stdout).iter("h2"))
    policies = len({revision["path"].rsplit("/", 1)[0] for revision in json.loads(typed.stdout)["revisions"]})
    if headings != policies:
        problems.append(f"{headings} policy headings for {policies} policies")
    return problems


def check_document(markdown, diffs):
    """Every element of the rendered Markdown is one the redline writes, and every quote shown
    is the next one of the typed diffs, in order."""
    tree = render(markdown)
    rows = sum(row_changes(diff) for diff in diffs)
    allowed = ALLOWED | TABLE if rows else ALLOWED
    # The pull-request comment's hidden marker is an HTML comment, which the tree keeps as such.
    problems = [
        f"<{element.tag}> is not written by the redline" for element in tree.iter()
        if isinstance(element.tag, str) and element.tag not in allowed and not is_autolink(element)
        and not (element.tag == "br" and rows)
    ]
    tables = sum(1 for _ in tree.iter("table"))
    # A renumbered or moved row may be summarised without its table; more tables than rows means
    # policy text became one.
    if tables > rows:
        problems.append(f"{tables} tables shown for {rows} changed rows: policy text became a table")
    expected = [quote for diff in diffs for quote in expected_quotes(diff)]
    shown = rendered_quotes(tree, problems)
    # Every quote shown must be the next expected one (clauses quoted without a text change,
    # such as renumbered ones, may be left out of the Markdown, and a comment cut to its limit
    # leaves out the rest of a long redline).
    position = 0
    for quote in shown:
        while position < len(expected) and expected[position] != quote:
            position += 1
        if position == len(expected):
            problems.append(f"shown but not in the diff: {quote!r}")
            position = 0
        else:
            position += 1
    changed = sum(diff["summary"]["modified"] for diff in diffs)
    if changed and not shown:
        problems.append("the diff modifies clauses but the redline quotes none")
    return problems


def main():
    if len(sys.argv) >= 4 and sys.argv[2] == "--git-base":
        problems = check_git_base(sys.argv[1], sys.argv[2:])
        for problem in problems:
            print(f"pull-request comment: error: {problem}")
        print(f"checked the pull-request comment against {sys.argv[3]} with cmark-gfm: {'failed' if problems else 'passed'}")
        return 1 if problems else 0
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
