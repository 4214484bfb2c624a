"""Generate the list of critics' first names the quote finder uses as evidence of a person.

Reads ``../shared/data/critic_quotes.jsonl`` and writes
``indexer/extract/pages/quotes/first_names.txt``: the first word of every critic's name
(two words or more, letters only) that is not also a word of some outlet's name.

Run: ``.venv/bin/python -m bench.quote_names [--quotes PATH]``.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from pathlib import Path

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[1]
QUOTES = ROOT.parent / "shared" / "data" / "critic_quotes.jsonl"
OUT = ROOT / "indexer" / "extract" / "pages" / "quotes" / "first_names.txt"


def first_names(path: Path) -> list[str]:
    """Critics' first names from a quotes catalogue, minus words outlets use."""
    names: set[str] = set()
    outlet_words: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            words = (row.get("critic_name") or "").split()
            if len(words) >= 2 and re.fullmatch(r"[^\W\d_]{2,}", words[0]):
                names.add(words[0])
            outlet_words.update(re.findall(r"\w+", (row.get("publisher_name") or "").lower()))
    return sorted(n for n in names if n.lower() not in outlet_words)


def main() -> None:
    """Command line: write the list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=Path, default=QUOTES)
    args = parser.parse_args()
    names = first_names(args.quotes)
    OUT.write_text("".join(f"{n}\n" for n in names), encoding="utf-8")
    logging.basicConfig(level=logging.INFO)
    log.info("%d first names written to %s", len(names), OUT.relative_to(ROOT))


if __name__ == "__main__":
    main()
