#!/usr/bin/env python3
"""Parse every Atom feed given (files, or the feed.xml files under folders) with feedparser;
exit 1 when one is not well-formed, or an entry lacks an id, a title, `published` or `updated`,
or is updated after the feed itself.

Usage: python3 scripts/check-feeds.py [site] [feed.xml …]   (needs `pip install feedparser`)
"""
import pathlib
import sys

import feedparser


def problems(path: pathlib.Path) -> list[str]:
    feed = feedparser.parse(path.read_bytes())
    if feed.bozo:
        return [f"not a well-formed feed: {feed.bozo_exception}"]
    found = []
    if feed.version != "atom10":
        found.append(f"not Atom 1.0 but {feed.version or 'unknown'}")
    newest = feed.feed.get("updated_parsed")
    for index, entry in enumerate(feed.entries, 1):
        for field in ("id", "title", "published", "updated"):
            if not entry.get(field):
                found.append(f"entry {index} has no {field}")
        if newest and entry.get("updated_parsed") and entry.updated_parsed > newest:
            found.append(f"entry {index} is updated after the feed ({entry.updated} > {feed.feed.updated})")
    return found


def main() -> int:
    paths = []
    for argument in sys.argv[1:] or ["site"]:
        path = pathlib.Path(argument)
        paths += sorted(path.rglob("feed.xml")) if path.is_dir() else [path]
    if not paths:
        print("no feeds to check", file=sys.stderr)
        return 1
    failures = 0
    for path in paths:
        found = problems(path)
        failures += bool(found)
        for problem in found:
            print(f"{path}: error: {problem}")
    print(f"checked {len(paths)} feeds: {len(paths) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
