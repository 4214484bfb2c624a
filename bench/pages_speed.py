"""CPU time of the page extractor on ``../shared/pages``, and a dump to compare outputs.

Run: ``.venv/bin/python -m bench.pages_speed`` (best of 3; each pass is one fresh process, so
caches filled by an earlier pass do not count, and is timed in CPU time after a warm-up on
other text, so one core whatever the load). ``--profile N`` prints the N costliest functions
(cProfile, one pass over every page and ``corpus/pages/*.txt``); ``--sample N`` prints the N
functions a statistical profile finds on the stack most often, of all time and of their own (a
CPU-time alarm every millisecond or at the kernel's next tick, one pass over the same pages):
cProfile's cost per call makes many small calls look two or three times dearer than they are.
``--dump FILE`` writes every page's films, quotes, problems and ``--explain`` evidence as JSON: a
speed change must leave it byte-identical.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
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
    """Load langdetect profiles and babel data, and compile the month, weekday and date
    patterns (made on first use), outside the timing (first calls only)."""
    extract_page(
        "Warm Up\nCountry: France\nLanguage: French\nMonday 12 March 2021, 19:30 Cinema One\n"
        + "A film about it. " * 9,
        "-",
    )
    extract_page("Lämmittely\n" + "Elokuva kertoo talvesta ja perheestä pohjoisessa. " * 5, "-")


def extract_all(texts: dict[str, str]) -> None:
    """Extract every page once."""
    for name, text in texts.items():
        extract_page(text, name)


def one_pass(texts: dict[str, str]) -> float:
    """CPU seconds of one pass over ``texts``."""
    start = time.process_time()
    extract_all(texts)
    return time.process_time() - start


def passes(pages: Path, repeat: int) -> list[float]:
    """CPU seconds of ``repeat`` passes over the pages, each in a fresh process."""
    command = [sys.executable, "-m", "bench.pages_speed", "--pages", str(pages), "--one"]
    return [
        float(subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout)
        for _ in range(repeat)
    ]


@dataclass
class Samples:
    """What a statistical profile saw: how many samples, and per function ("file:line(name)")
    how many found it anywhere on the stack (``inclusive``) or running (``own``)."""

    total: int = 0
    inclusive: Counter[str] = field(default_factory=Counter)
    own: Counter[str] = field(default_factory=Counter)

    def add(self, frame: FrameType | None) -> None:
        """Count the stack of ``frame``: each function once, however deep it recurses."""
        self.total += 1
        seen: set[str] = set()
        while frame is not None:
            code = frame.f_code
            name = f"{Path(code.co_filename).name}:{code.co_firstlineno}({code.co_name})"
            if not seen:
                self.own[name] += 1
            if name not in seen:
                seen.add(name)
                self.inclusive[name] += 1
            frame = frame.f_back

    def report(self, most: int) -> str:
        """The ``most`` commonest functions, of all time and of their own, in percent."""
        lines = [f"{self.total} samples", "-- on the stack (inclusive)"]
        for title, counts in (("", self.inclusive), ("-- running (own)", self.own)):
            if title:
                lines.append(title)
            total = max(self.total, 1)
            lines += [f"{100 * n / total:5.1f}% {name}" for name, n in counts.most_common(most)]
        return "\n".join(lines)


def sampled(work: Callable[[], object], interval: float = 0.001) -> Samples:
    """A statistical profile of ``work()``: the Python stack every ``interval`` seconds of the
    process's CPU time (``SIGPROF``; POSIX only)."""
    samples = Samples()
    previous = signal.signal(signal.SIGPROF, lambda _signum, frame: samples.add(frame))
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        work()
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    return samples


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
    parser.add_argument("--sample", type=int, metavar="N", help="print N functions, sampled")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pages", type=Path, default=PAGES, help="folder of the pages")
    parser.add_argument("--one", action="store_true", help="time one pass, print its seconds")
    args = parser.parse_args()
    if not args.one and not args.dump and not args.profile and not args.sample:
        times = passes(args.pages, args.repeat)
        shown = ", ".join(f"{t:.2f}" for t in times)
        print(f"{len(load_pages(args.pages))} pages: best {min(times):.2f} s CPU (passes: {shown})")
        return
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
    if args.sample:
        texts = load_pages(args.pages, seeds=True)
        print(sampled(lambda: extract_all(texts)).report(args.sample))
        return
    print(f"{one_pass(load_pages(args.pages)):.3f}")


if __name__ == "__main__":
    main()
