"""Load test: locust (headless, as a subprocess) against ``cinedex serve`` on 127.0.0.1.

``run_load`` drives one server for a bounded time and reads locust's CSV into a
:class:`LoadResult` (requests per second, p50/p95/p99, failures). ``load_data`` picks the words,
facet values and film ids the request mix uses from the live index itself. Only loopback
addresses are ever targeted: the server is started here, on a free local port.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import logging
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from webapp.search import SearchService
from webapp.search.types import SearchRequest

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
LOCUSTFILE = REPO / "bench" / "locustfile.py"
WORDS = ["love", "war", "family", "murder", "school", "island", "father", "city", "music",
         "secret", "journey", "night", "dream", "money", "friends", "ghost", "king", "summer",
         "detective", "revenge", "escape", "queen", "space", "horse", "wedding"]  # fmt: skip


@dataclass(frozen=True)
class LoadResult:
    """What one locust run measured (times in milliseconds)."""

    users: int
    seconds: int
    requests: int
    failures: int
    rps: float
    p50: float
    p95: float
    p99: float
    per_endpoint: dict[str, dict[str, float]]
    wait: tuple[float, float] = (1.0, 3.0)

    def to_json(self) -> dict[str, Any]:
        """A plain dict."""
        return asdict(self)


def load_data(index: Path, target: Path) -> Path:
    """Write the words, facets and film ids of the request mix (from ``index``) to ``target``."""
    service = SearchService(index)
    browse = service.search(SearchRequest(per_page=100)).to_json()
    facets = {f["name"]: [v["value"] for v in f["values"]] for f in browse["facets"]}
    films: list[str] = []
    titles: list[str] = []
    for word in WORDS:
        hits = service.search(SearchRequest(q=word, per_page=20)).to_json()["hits"]
        films += [h["id"] for h in hits]
        titles += [h["title"] for h in hits]
    data = {
        "words": WORDS,
        "genres": facets.get("genre") or ["Drama"],
        "decades": facets.get("decade") or ["1990s"],
        "films": sorted(set(films)) or ["none"],
        "titles": sorted(set(titles)) or ["the"],
    }
    target.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return target


def run_load(
    base_url: str,
    data: Path,
    out: Path,
    *,
    users: int = 50,
    rate: int = 10,
    seconds: int = 60,
    wait: tuple[float, float] = (1.0, 3.0),
) -> LoadResult:
    """Run locust headless against ``base_url`` (a loopback URL) and return its figures."""
    if not base_url.startswith(("http://127.", "http://localhost", "http://[::1]")):
        raise ValueError(f"load tests only target loopback addresses, not {base_url}")
    out.mkdir(parents=True, exist_ok=True)
    prefix = out / "locust"
    args = [sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless",
            "-u", str(users), "-r", str(rate), "-t", f"{seconds}s", "--host", base_url,
            "--csv", str(prefix), "--only-summary", "--stop-timeout", "5"]  # fmt: skip
    env = {
        "CINEDEX_LOAD_DATA": str(data),
        "CINEDEX_LOAD_WAIT": f"{wait[0]},{wait[1]}",
        "PATH": "/usr/bin:/bin",
    }
    with (out / "locust.log").open("wb") as log_file:
        subprocess.run(args, cwd=REPO, env=env, stdout=log_file, stderr=subprocess.STDOUT,
                       timeout=seconds + 120, check=False)  # fmt: skip
    result = read_stats(prefix.with_name("locust_stats.csv"), users, seconds)
    return dataclasses.replace(result, wait=wait)


def read_stats(path: Path, users: int, seconds: int) -> LoadResult:
    """Parse locust's ``*_stats.csv``."""
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    total = next(r for r in rows if r["Name"] == "Aggregated")
    per = {
        r["Name"]: {"requests": int(r["Request Count"]), "failures": int(r["Failure Count"]),
                    "p50": float(r["50%"]), "p95": float(r["95%"]), "p99": float(r["99%"])}
        for r in rows if r["Name"] != "Aggregated"
    }  # fmt: skip
    return LoadResult(
        users=users,
        seconds=seconds,
        requests=int(total["Request Count"]),
        failures=int(total["Failure Count"]),
        rps=round(float(total["Requests/s"]), 1),
        p50=float(total["50%"]),
        p95=float(total["95%"]),
        p99=float(total["99%"]),
        per_endpoint=per,
    )
