"""CPU time of the page extractor on ``../shared/pages``, and a dump to compare outputs.

Run: ``.venv/bin/python -m bench.pages_speed`` (best of 3, CPU time of this process, so one
core whatever the load). ``--profile N`` prints the N costliest functions (cProfile, one pass
over every page and ``corpus/pages/*.txt``). ``--dump FILE`` writes every page's films,
quotes, problems and ``--explain`` evidence as JSON: a speed change must leave it
byte-identical.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import time
from pathlib import Path
from typing import Any

from indexer.extract.pages import extract_page
from indexer.extract.pages.explain import explain_text
from indexer.records import film_to_json

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT.parent / "shared" / "pages"


def load_pages(pages: Path = PAGES, seeds: bool = False) -> dict[str, str]:
    """The text of every labelled page (and of the seed pages with ``seeds``), by file name."""
    names = sorted(json.loads((pages / "expected.json").read_text(encoding="utf-8")))
    texts = {name: (pages / name).read_text(encoding="utf-8") for name in names}
    if seeds:
        for path in sorted((ROOT / "corpus" / "pages").glob("*.txt")):
            texts[f"corpus/{path.name}"] = path.read_text(encoding="utf-8")
    return texts


def warm() -> None:
    """Load langdetect profiles and babel data outside the timing (first calls only)."""
    extract_page("Warm Up\nCountry: France\nLanguage: French\n" + "A film about it. " * 9, "-")
    extract_page("Lämmittely\n" + "Elokuva kertoo talvesta ja perheestä pohjoisessa. " * 5, "-")


def extract_all(texts: dict[str, str]) -> None:
    """Extract every page once."""
    for name, text in texts.items():
        extract_page(text, name)


def best_cpu(texts: dict[str, str], repeat: int = 3) -> list[float]:
    """CPU seconds of each of ``repeat`` passes over ``texts``."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        extract_all(texts)
        times.append(time.process_time() - start)
    return times


def dump(texts: dict[str, str]) -> dict[str, Any]:
    """Everything the extractor says about each page, as JSON-ready data."""
    out: dict[str, Any] = {}
    for name, text in texts.items():
        result = extract_page(text, name)
        out[name] = {
            "films": [film_to_json(f) for f in result.films],
            "quotes": [repr(q) for q in result.quotes],
            "problems": [repr(p) for p in result.problems],
            "explain": explain_text(text, name),
        }
    return out


def main() -> None:
    """Time, profile or dump the extractor over the pages."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dump", type=Path, help="write every page's output as JSON")
    parser.add_argument("--profile", type=int, metavar="N", help="print the N costliest calls")
    parser.add_argument("--sort", default="tottime", help="pstats sort key for --profile")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pages", type=Path, default=PAGES, help="folder of the pages")
    args = parser.parse_args()
    warm()
    if args.dump:
        texts = load_pages(args.pages, seeds=True)
        args.dump.write_text(
            json.dumps(dump(texts), ensure_ascii=False, indent=1, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        print(f"{len(texts)} pages -> {args.dump}")
        return
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(extract_all, load_pages(args.pages, seeds=True))
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.profile)
        return
    texts = load_pages(args.pages)
    times = best_cpu(texts, args.repeat)
    shown = ", ".join(f"{t:.2f}" for t in times)
    print(f"{len(texts)} pages: best {min(times):.2f} s CPU (passes: {shown})")


if __name__ == "__main__":
    main()
