"""Score the page extractor with the official rules (../shared/tools/score_pages.py) in process.

The official scorer starts ``cinedex extract`` once per page (about two and a half minutes for the
143 pages); this runs the same script with its ``subprocess.run`` answered by the CLI in this
process, so a run takes seconds and the figures are the official ones.

Run: ``.venv/bin/python -m bench.pages_score [--set dev|holdout|old|new|all] [--verbose]``;
``--pages DIR --labels FILE`` scores another folder of labelled pages (``--set odd|even``
halves it).

The development pages are split once, by page number, so that rules can be written on one part
and measured honestly on the other: the *held-out* pages are those whose number is 3 modulo 5
(29 pages across the first set, the language pages and the quote pages). Rules are written
against ``dev`` only; ``holdout`` is scored at the end of a piece of work and reported as such.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import re
import runpy
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_pages.py"
PAGES = SHARED / "pages"


def page_number(name: str) -> int:
    """The number a page file name starts with (``263_sligo….txt`` -> 263)."""
    head = name.split("_", 1)[0]
    return int(head) if head.isdigit() else -1


def is_holdout(name: str) -> bool:
    """True for the pages kept aside while rules are written (number = 3 mod 5)."""
    return page_number(name) % 5 == 3


SETS = {
    "all": lambda n: True,
    "dev": lambda n: not is_holdout(n),
    "holdout": is_holdout,
    "old": lambda n: 101 <= page_number(n) <= 140,
    "new": lambda n: page_number(n) >= 141,
    "old-dev": lambda n: 101 <= page_number(n) <= 140 and not is_holdout(n),
    "new-dev": lambda n: page_number(n) >= 141 and not is_holdout(n),
    "old-holdout": lambda n: 101 <= page_number(n) <= 140 and is_holdout(n),
    "new-holdout": lambda n: page_number(n) >= 141 and is_holdout(n),
    # pages labelled later (``--pages``/``--labels``): one half to look at, one half set aside
    "odd": lambda n: page_number(n) % 2 == 1,
    "even": lambda n: page_number(n) % 2 == 0,
}


def _fake_run(args: list[str], **_: Any) -> subprocess.CompletedProcess[str]:
    """Answer ``cinedex extract … --json`` from this process."""
    from webapp.cli import main

    result = CliRunner().invoke(main, args[1:], catch_exceptions=True)
    out = result.stdout if result.exit_code == 0 else ""
    err = "" if result.exit_code == 0 else repr(result.exception) + result.output
    return subprocess.CompletedProcess(args, result.exit_code, out, err)


def score(
    which: str, verbose: bool = False, pages: Path = PAGES, labels_file: Path | None = None
) -> int:
    """Run the official scorer on one set of pages; return its exit code."""
    labels_file = labels_file or pages / "expected.json"
    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    chosen = {k: v for k, v in labels.items() if k != "seeds_merged" and SETS[which](k)}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "expected.json"
        path.write_text(json.dumps(chosen, ensure_ascii=False), encoding="utf-8")
        argv, run = sys.argv, subprocess.run
        sys.argv = [str(SCORER), "cinedex", str(pages), str(path)]
        subprocess.run = _fake_run  # type: ignore[assignment]
        os.environ["VERBOSE"] = "1" if verbose else "0"
        try:
            runpy.run_path(str(SCORER), run_name="__main__")
        except SystemExit as done:
            return int(done.code or 0)
        finally:
            sys.argv, subprocess.run = argv, run
    return 0


_LINE = re.compile(r"(\w+) (\d+)/(\d+)")


def measure(
    which: str, pages: Path = PAGES, labels_file: Path | None = None
) -> dict[str, tuple[int, int]]:
    """Per field (right, scored) on one set, as the official scorer counts them."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        # the scorer leaves its label file to the garbage collector
        warnings.simplefilter("ignore", ResourceWarning)
        score(which, pages=pages, labels_file=labels_file)
        gc.collect()
    line = next((ln for ln in out.getvalue().splitlines() if ln.startswith("pages:")), "")
    return {m.group(1): (int(m.group(2)), int(m.group(3))) for m in _LINE.finditer(line)}


def main() -> None:
    """Command line: which set, and whether to list every miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="dev", choices=sorted(SETS))
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    parser.add_argument("--pages", type=Path, default=PAGES, help="another folder of pages")
    parser.add_argument("--labels", type=Path, help="their labels (default: PAGES/expected.json)")
    args = parser.parse_args()
    print(f"[{args.set}] ", end="")
    score(args.set, args.verbose, args.pages, args.labels)


if __name__ == "__main__":
    main()
