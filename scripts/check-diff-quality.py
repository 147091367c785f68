#!/usr/bin/env python3
"""Compares Codicil's word counts with an independent word diff on real policies.

For each history of the corpus (a folder of dated Markdown revisions), imports it with
`codicil import-history`, and for each pair of consecutive revisions compares the words
`codicil diff --format json` reports inserted and deleted with what `dwdiff -s` finds on the
same words: the Markdown with front matter, comments, tags, link targets and Markdown markers
removed. Writes a Markdown report with a table row per pair and, for each pair whose counts
differ by more than a quarter (and more than 50 words), the reason: what Codicil reported that
dwdiff cannot see (moves, blocks that changed kind) or a note kept in
scripts/diff-quality-notes.tsv. Figures only: no policy text is copied into the report.

Usage: check-diff-quality.py CODICIL CORPUS REPORT [--check]
  --check  exit 1 when a pair's counts exceed twice dwdiff's plus 50 words and no note says why.

A test tool, never a runtime dependency. Needs `dwdiff` (Debian's `dwdiff` package).
"""

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

NOTES = Path(__file__).with_name("diff-quality-notes.tsv")
# Pairs agree when counts differ by at most a quarter of dwdiff's or by at most this many words.
SLACK_WORDS = 50
# Characters after which Japanese and Chinese text may break: dwdiff splits only at whitespace,
# and these scripts have none between words, so clauses are its words there.
CJK_DELIMITERS = "、。，．・：；！？「」『』（）【】〈〉《》"


def markdown_words(text: str) -> str:
    """The words a reader sees in a Markdown document, one paragraph a line."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)  # YAML front matter
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)  # comments
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)  # images: their alternative text
    text = re.sub(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)", r"\1", text)  # [text](target)
    text = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", text)  # [text][reference]
    text = re.sub(r"^\s*\[[^\]]+\]:\s+\S+.*$", "", text, flags=re.M)  # reference definitions
    text = re.sub(r"<(https?://[^>\s]+|mailto:[^>\s]+)>", r"\1", text)  # autolinks: the address is the text
    text = re.sub(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", " ", text)  # tags
    text = re.sub(r"^\s*\{:[^}]*\}\s*$", "", text, flags=re.M)  # kramdown attribute lines
    text = re.sub(r"\{:?[#.][^}]*\}|\{:[^}]*\}", "", text)  # kramdown attributes: {#id}, {: .class}
    lines = []
    for line in text.split("\n"):
        if re.fullmatch(r"\s*(?:[=\-*_]\s*){3,}\s*|\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*", line):
            continue  # rules, setext underlines, table separator rows
        line = re.sub(r"^\s*#{1,6}\s+", "", line)  # ATX headings
        line = re.sub(r"\s+#+\s*$", "", line)
        line = re.sub(r"^(\s*>)+", "", line)  # quotes
        line = re.sub(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+", "", line)  # list markers
        line = line.replace("|", " ")  # table cells
        line = re.sub(r"(\*\*|__|\*|~~|`)", "", line)  # emphasis and code markers
        line = re.sub(r"(?<!\w)_|_(?!\w)", "", line)
        line = line.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        lines.append(line)
    return "\n".join(lines)


def dwdiff_counts(old: str, new: str, cjk: bool) -> tuple[int, int]:
    """(inserted, deleted) words as `dwdiff -s` counts them; a changed word is both."""
    with tempfile.TemporaryDirectory() as folder:
        paths = [os.path.join(folder, name) for name in ("old.txt", "new.txt")]
        for path, text in zip(paths, (old, new)):
            Path(path).write_text(text, encoding="utf-8")
        options = ["-s", "-3"] + (["-d", CJK_DELIMITERS] if cjk else [])
        result = subprocess.run(
            ["dwdiff", *options, *paths], capture_output=True, text=True, env={**os.environ, "LC_ALL": "C.UTF-8"}
        )
    if result.returncode not in (0, 1):
        raise SystemExit(f"dwdiff failed: {result.stderr.strip()}")
    stats = {}
    for line in result.stderr.splitlines():
        match = re.match(r"(old|new):\s+(\d+) words?\s+(\d+) [\d.]+% common\s+(\d+) [\d.]+% (?:deleted|inserted)\s+(\d+)", line)
        if match:
            stats[match.group(1)] = int(match.group(4)) + int(match.group(5))
    if set(stats) != {"old", "new"}:
        raise SystemExit(f"could not read dwdiff's statistics: {result.stderr.strip()}")
    return stats["new"], stats["old"]


def words_of(segments: list, kind: str) -> str:
    return " ".join(segment["text"] for segment in segments if segment["kind"] == kind)


def analysis(changes: dict) -> dict:
    """What Codicil reported that a word diff of the text cannot see, in figures."""
    def word_count(text: str) -> int:
        return len(re.findall(r"\w+", text or ""))

    moved = [change for change in changes["changes"] if change["kind"] == "moved"]
    added, removed = [], []
    for change in changes["changes"]:
        for inner in [change] + change.get("contents", []):
            if inner["kind"] == "added":
                added.append(inner.get("newText") or "")
            elif inner["kind"] == "removed":
                removed.append(inner.get("oldText") or "")
    normal = lambda text: " ".join(re.findall(r"\w+", text.lower()))
    readded = set(map(normal, added)) & set(map(normal, removed))
    # A paragraph split in two shows as an added block whose words were deleted from an edited
    # one; a merge, as a removed block whose words were inserted into one.
    edited = [change for change in changes["changes"] if change["kind"] in ("modified", "moved")]
    deleted_from = [set(normal(words_of(change["segments"], "deleted")).split()) for change in edited]
    inserted_into = [set(normal(words_of(change["segments"], "inserted")).split()) for change in edited]

    def carried(texts: list, pools: list) -> int:
        total = 0
        for text in texts:
            words = normal(text).split()
            if len(words) >= 5 and any(sum(word in pool for word in words) >= 0.8 * len(words) for pool in pools):
                total += len(words)
        return total

    # Blocks removed and added again with some of their words changed: Codicil counts every word
    # of both, dwdiff only the changed ones.
    added_sets = [set(normal(text).split()) for text in added if normal(text) not in readded]
    unpaired = 0
    for text in removed:
        words = set(normal(text).split())
        if normal(text) in readded or len(words) < 5:
            continue
        if any(len(words & other) >= 0.6 * max(len(words), len(other)) for other in added_sets):
            unpaired += len(normal(text).split())

    return {
        "unpaired_words": unpaired,
        "moved": len(moved),
        "moved_words": sum(word_count(change.get("newText")) for change in moved if not change["textChanged"]),
        "readded_words": sum(word_count(text) for text in added if normal(text) in readded and normal(text)),
        "split_words": carried([text for text in added if normal(text) not in readded], deleted_from),
        "merged_words": carried([text for text in removed if normal(text) not in readded], inserted_into),
        "renumbered": changes["summary"]["renumbered"],
    }


def notes() -> dict:
    """Hand-written reasons, by (policy, old date, new date)."""
    result = {}
    if NOTES.exists():
        for line in NOTES.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            policy, old, new, reason = line.split("\t", 3)
            result[(policy, old, new)] = reason.strip()
    return result


def agrees(codicil: int, dwdiff: int) -> bool:
    return abs(codicil - dwdiff) <= max(dwdiff / 4, SLACK_WORDS)


def within_bound(codicil: int, dwdiff: int) -> bool:
    return codicil <= 2 * dwdiff + SLACK_WORDS


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def reason(row: dict, written: str | None) -> str:
    (ci, cd), (di, dd) = row["codicil"], row["dwdiff"]
    sides = [f"{abs(c - d)} {'more' if c > d else 'fewer'} {side}" for c, d, side in ((ci, di, "inserted"), (cd, dd, "deleted")) if c != d]
    parts = [f"Codicil counts {' and '.join(sides)} words than dwdiff"]
    if written:
        parts.append(written)
    found = row["analysis"]
    if found["readded_words"]:
        parts.append(
            f"{found['readded_words']} words are in blocks Codicil reports removed and added again with the same"
            " words (a block that changed kind, or a match it missed): counted on both sides, where dwdiff sees"
            " them unchanged"
        )
    if found["unpaired_words"]:
        parts.append(
            f"{found['unpaired_words']} words are in blocks Codicil reports removed while a block sharing most of"
            " their words is added (rewritten, or changed kind, and not paired): Codicil counts both blocks whole,"
            " dwdiff only the words that changed"
        )
    if found["split_words"] or found["merged_words"]:
        parts.append(
            f"{found['split_words'] + found['merged_words']} words are in paragraphs split or merged: Codicil counts"
            " the words of the new or vanished paragraph as inserted or deleted, and the same words again in the"
            " paragraph they left or joined, where dwdiff sees them in place"
        )
    if found["moved_words"]:
        parts.append(
            f"{plural(found['moved'], 'moved block')} ({plural(found['moved_words'], 'word')} unedited): Codicil reports a move, not"
            " words; dwdiff counts a real move as deleted and inserted, and a phantom move not at all"
        )
    if row["cjk"]:
        parts.append("Japanese: dwdiff's words here are clauses between punctuation, Codicil's are runs of kana and kanji")
    if len(parts) == 1:
        parts.append("no figure explains it: the alignment or the word diff needs a look")
    return "; ".join(parts) + "."


def rows(codicil: str, corpus: Path, imported: Path) -> list:
    result = []
    for history in sorted(path for path in corpus.iterdir() if path.is_dir()):
        policy = history.name
        run = subprocess.run(
            [codicil, "import-history", str(history), "--policy", policy, "--output", str(imported)],
            capture_output=True, text=True,
        )
        if run.returncode != 0:
            raise SystemExit(f"import of {policy} failed:\n{run.stderr}")
        dates = sorted(path.stem for path in history.glob("*.md"))
        for old, new in zip(dates, dates[1:]):
            diff = subprocess.run(
                [codicil, "diff", str(imported / policy / f"{old}.xml"), str(imported / policy / f"{new}.xml"),
                 "--format", "json"],
                capture_output=True, text=True,
            )
            if diff.returncode not in (0, 1):
                raise SystemExit(f"codicil diff failed on {policy} {old} → {new}:\n{diff.stderr}")
            changes = json.loads(diff.stdout)
            cjk = policy.endswith("-ja") or policy.endswith("-zh")
            texts = [markdown_words((history / f"{date}.md").read_text(encoding="utf-8-sig")) for date in (old, new)]
            inserted, deleted = dwdiff_counts(*texts, cjk=cjk)
            summary = changes["summary"]
            result.append({
                "policy": policy, "old": old, "new": new, "cjk": cjk,
                "codicil": (summary["wordsInserted"], summary["wordsDeleted"]), "dwdiff": (inserted, deleted),
                "analysis": analysis(changes),
            })
    return result


def report(table: list) -> str:
    written = notes()
    agreeing = sum(all(agrees(c, d) for c, d in zip(row["codicil"], row["dwdiff"])) for row in table)
    bounded = sum(all(within_bound(c, d) for c, d in zip(row["codicil"], row["dwdiff"])) for row in table)
    lines = [
        "# Diff quality: Codicil's word counts beside dwdiff's",
        "",
        "Generated by `scripts/check-diff-quality.py` (run by `.ci/run`); do not edit by hand. Reasons",
        "written by people live in `scripts/diff-quality-notes.tsv`.",
        "",
        "For each pair of consecutive revisions of each history in `../shared/corpus`, the words",
        "`codicil diff --format json` counts inserted and deleted (`summary.wordsInserted`,",
        "`summary.wordsDeleted`) beside what `dwdiff -s` counts on the same documents' words (front",
        "matter, comments, tags, link targets and Markdown markers removed; a changed word counts as",
        "inserted and deleted). Codicil counts words, not punctuation; dwdiff counts whitespace-separated",
        "words, and for Japanese the clauses between punctuation marks. A pair agrees when each count is",
        f"within a quarter of dwdiff's or within {SLACK_WORDS} words of it. The table lists figures only.",
        "",
        f"**{agreeing} of {len(table)} pairs agree**; {bounded} of {len(table)} are within twice dwdiff's counts",
        f"plus {SLACK_WORDS} words.",
        "",
        "| policy | old → new | inserted: Codicil / dwdiff | deleted: Codicil / dwdiff | moved | renumbered | agrees |",
        "|---|---|--:|--:|--:|--:|---|",
    ]
    reasons = []
    for row in table:
        (ci, cd), (di, dd) = row["codicil"], row["dwdiff"]
        ok = agrees(ci, di) and agrees(cd, dd)
        bound = within_bound(ci, di) and within_bound(cd, dd)
        mark = "yes" if ok else ("no" if bound else "**no, over twice**")
        found = row["analysis"]
        lines.append(
            f"| {row['policy']} | {row['old']} → {row['new']} | {ci} / {di} | {cd} / {dd} | {found['moved']} |"
            f" {found['renumbered']} | {mark} |"
        )
        if not ok:
            key = (row["policy"], row["old"], row["new"])
            reasons.append(f"- **{row['policy']} {row['old']} → {row['new']}**: {reason(row, written.get(key))}")
    if reasons:
        lines += ["", "## Why the others differ", ""] + reasons
    return "\n".join(lines) + "\n"


def main(arguments: list) -> int:
    check = "--check" in arguments
    arguments = [argument for argument in arguments if argument != "--check"]
    if len(arguments) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 64
    codicil, corpus, output = arguments
    with tempfile.TemporaryDirectory() as imported:
        table = rows(os.path.abspath(codicil), Path(corpus), Path(imported))
    Path(output).write_text(report(table), encoding="utf-8")
    written = notes()
    unexplained = [
        row for row in table
        if not all(within_bound(c, d) for c, d in zip(row["codicil"], row["dwdiff"]))
        and (row["policy"], row["old"], row["new"]) not in written
    ]
    agreeing = sum(all(agrees(c, d) for c, d in zip(row["codicil"], row["dwdiff"])) for row in table)
    print(f"diff quality: {agreeing} of {len(table)} pairs agree with dwdiff; report in {output}")
    for row in unexplained:
        print(
            f"  over twice dwdiff's counts plus {SLACK_WORDS}, with no note: {row['policy']} {row['old']} → {row['new']}"
            f" (Codicil {row['codicil'][0]}/{row['codicil'][1]}, dwdiff {row['dwdiff'][0]}/{row['dwdiff'][1]})",
            file=sys.stderr,
        )
    return 1 if check and unexplained else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
