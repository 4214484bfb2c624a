"""Generate the short list of known outlets the quote finder takes as evidence of an outlet.

Reads ``../shared/data/critic_quotes.jsonl`` and writes
``indexer/extract/pages/quotes/outlets.txt``: every outlet (``publisher_name``) that three or
more quotes cite, without a bracketed place ("Times (UK)" -> "Times"), one a line, sorted.
A lone name after a quote ("Time Out", "Total Film") is read as an outlet when it is listed.

Run: ``.venv/bin/python -m bench.quote_outlets [--quotes PATH] [--min-quotes N]``.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from collections import Counter
from pathlib import Path

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[1]
QUOTES = ROOT.parent / "shared" / "data" / "critic_quotes.jsonl"
OUT = ROOT / "indexer" / "extract" / "pages" / "quotes" / "outlets.txt"


def known_outlets(path: Path, min_quotes: int) -> list[str]:
    """Outlets cited by at least ``min_quotes`` quotes of a quotes catalogue."""
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            name = json.loads(line).get("publisher_name") or ""
            name = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip()
            if name:
                counts[name] += 1
    return sorted(n for n, k in counts.items() if k >= min_quotes)


def main() -> None:
    """Command line: write the list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=Path, default=QUOTES)
    parser.add_argument("--min-quotes", type=int, default=3)
    args = parser.parse_args()
    names = known_outlets(args.quotes, args.min_quotes)
    OUT.write_text("".join(f"{n}\n" for n in names), encoding="utf-8")
    logging.basicConfig(level=logging.INFO)
    log.info("%d outlets written to %s", len(names), OUT.relative_to(ROOT))


if __name__ == "__main__":
    main()
