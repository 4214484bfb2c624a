"""The query log under a flood of unique queries: its file stays bounded and the admin page
fast. ``querylog_run`` records ``count`` unique queries from one visitor through
:class:`~webapp.querylog.QueryLog` (the path every search takes), then times the admin page
(the real Flask view, with its popular and zero-result tables) over that log.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

from webapp import create_app
from webapp.querylog import QueryLog

WORDS = ["love", "war", "night", "river", "dream", "city", "king", "queen", "ghost", "summer",
         "winter", "secret", "road", "island", "father", "mother", "music", "money"]  # fmt: skip


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def querylog_run(index: Path, work: Path, count: int = 1_000_000) -> dict[str, Any]:
    """Record ``count`` unique queries, then time the admin page over the log."""
    path = work / "querylog.sqlite3"
    querylog = QueryLog(path, visitor=lambda: "one flooding client")
    rng = random.Random(7)
    started = time.monotonic()
    sizes = {}
    for i in range(count):
        words = " ".join(rng.choices(WORDS, k=3))
        querylog.record("films", f"{words} {i}", rng.choice((0, 1, 12)))
        if (i + 1) % (count // 4) == 0:
            sizes[i + 1] = _size(path)
    record_seconds = time.monotonic() - started
    app = create_app({"INDEX": str(index), "QUERYLOG": str(path), "ADMIN_TOKEN": "t",
                      "SECRET_KEY": "k", "TESTING": True})  # fmt: skip
    client = app.test_client()
    times = []
    for _ in range(5):
        started = time.perf_counter()
        response = client.get("/admin", headers={"X-Admin-Token": "t"})
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return {
        "queries": count,
        "records_per_second": round(count / record_seconds),
        "bytes_by_queries": sizes,
        "max_rows": querylog.max_rows,
        "admin_page_ms": [round(t) for t in times],
    }


def main(argv: list[str] | None = None) -> None:
    """Run the flood against an index folder's admin page and write the figures (JSON)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True, help="Folder for the query log.")
    parser.add_argument("--queries", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    result = querylog_run(args.index, args.work, args.queries)
    args.out.write_text(json.dumps(result, indent=1), "utf-8")


if __name__ == "__main__":
    main()
