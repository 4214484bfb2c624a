"""Speed and accuracy of the page extractor on ``../shared/pages`` (Markdown table).

Run: ``.venv/bin/python bench/pages_accuracy.py``. Accuracy is the official scorer's, per set
of pages (:mod:`bench.pages_score`, shared with ``tests/test_pages_accuracy.py``); speed is the
CPU time of extracting every page once in this process.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from indexer.extract.pages import extract_page
from indexer.records import Film

PAGES = Path(__file__).resolve().parents[1].parent / "shared" / "pages"


def run(pages: Path = PAGES) -> tuple[dict[str, Film | None], dict[str, dict], float]:
    """Extract every page; return films by file name, the labels and the seconds taken."""
    expected = json.loads((pages / "expected.json").read_text(encoding="utf-8"))
    texts = {name: (pages / name).read_text(encoding="utf-8") for name in expected}
    # the first calls load langdetect profiles and babel data: keep them out of the timing
    extract_page(
        "Warm Up\nCountry: France\nLanguage: French\n" + "A film about warming up. " * 9, "-"
    )
    extract_page("Lämmittely\n" + "Elokuva kertoo talvesta ja perheestä pohjoisessa. " * 5, "-")
    start = time.process_time()  # CPU time of this process: one core, whatever the load
    films = {name: (extract_page(text, name).films or [None])[0] for name, text in texts.items()}
    return films, expected, time.process_time() - start


def main() -> None:
    """Print the official per-set accuracy table with the extraction time."""
    from bench.run import pages_table

    print(pages_table())


if __name__ == "__main__":
    main()
