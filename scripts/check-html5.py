#!/usr/bin/env python3
"""Parse every .html file under a folder with html5lib in strict mode; exit 1 on any error.

Usage: python3 scripts/check-html5.py [site]   (needs `pip install html5lib`)
"""
import pathlib
import sys

import html5lib


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "site")
    pages = sorted(root.rglob("*.html"))
    if not pages:
        print(f"no .html files under {root}/", file=sys.stderr)
        return 1
    failures = 0
    for page in pages:
        parser = html5lib.HTMLParser(strict=True)
        try:
            parser.parse(page.read_bytes())
        except html5lib.html5parser.ParseError as error:
            failures += 1
            print(f"{page}: error: {error}")
    print(f"checked {len(pages)} HTML pages: {len(pages) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
