"""The attack run: visitors at their normal pace while attackers send the worst queries and
slow clients dribble their headers, against ``cinedex serve`` on 127.0.0.1 (loopback only).

Every client has its own address (``X-Forwarded-For``, with ``CINEDEX_PROXIES=1`` as behind a
reverse proxy), so per-client limits apply as in production:

- **visitors** (50): a search, a faceted search, a quote search, a film page or a suggestion,
  then 1-3 s of reading; every answer must be 200;
- **attackers** (4): one after another, phrase floods (10 short phrases OR'ed), prefix floods
  (30 three-letter prefixes OR'ed), 100 unknown 9-letter words, and a query that highlights a
  4 MB synopsis; no request may take longer than the search deadline + 0.5 s;
- **slow clients** (4): a request's headers, one line every 5 s, for the whole run.
"""

from __future__ import annotations

import random
import socket
import string
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: the short words that make the costliest phrases
SHORT = ["the", "of", "and", "a", "in", "to", "is", "on", "for", "with", "his", "her"]


def worst_queries(rng: random.Random) -> dict[str, str]:
    """One query of each hostile kind (issue 11, findings 2-4)."""
    phrases = " OR ".join(f'"{rng.choice(SHORT)} {rng.choice(SHORT)}"' for _ in range(10))
    prefixes = " OR ".join(
        "".join(rng.choices(string.ascii_lowercase, k=3)) + "*" for _ in range(30)
    )
    misspelt = " ".join("".join(rng.choices("bcdfghklmnprstvz", k=9)) for _ in range(100))
    return {
        "phrase_flood": phrases,
        "prefix_flood": prefixes,
        "misspelt": misspelt,
        "long_highlight": "river dream",
    }


def long_synopsis_film(root: Path, size: int = 4_000_000) -> Path:
    """A corpus folder with one film whose synopsis is ``size`` bytes of words (with "river"
    and "dream" throughout): the long-field highlight target."""
    rng = random.Random(4)
    words = ["river", "dream", "the", "light", "across", "water", "night", "city", "song"]
    body = " ".join(rng.choice(words) for _ in range(size // 6))[:size]
    root.mkdir(parents=True, exist_ok=True)
    text = f"---\ntitle: The Endless River Dream\nyear: 2031\ngenres: [Drama]\n---\n{body}\n"
    (root / "endless-river-dream.md").write_text(text, "utf-8")
    return root


@dataclass
class Tally:
    """Latencies (ms) and statuses of one kind of client, filled by many threads."""

    ms: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, status: str, ms: float) -> None:
        """Record one answer."""
        with self.lock:
            self.ms.append(ms)
            self.statuses[status] += 1

    def summary(self, deadline_ms: float | None = None) -> dict[str, Any]:
        """Count, percentiles, statuses (and how many went past ``deadline_ms``)."""
        ms = sorted(self.ms)
        out: dict[str, Any] = {"requests": len(ms), "statuses": dict(self.statuses)}
        if ms:
            out |= {f"p{p}": round(ms[min(len(ms) - 1, len(ms) * p // 100)], 1)
                    for p in (50, 95, 99)}  # fmt: skip
            out["max"] = round(ms[-1], 1)
        if deadline_ms is not None:
            out["over_deadline"] = sum(m > deadline_ms for m in ms)
        return out


def get(base: str, path: str, client: str, timeout: float = 30.0) -> tuple[str, float]:
    """GET ``path`` as the client at address ``client``: (status or error name, ms)."""
    headers = {"X-Forwarded-For": client, "User-Agent": f"attack-run {client}"}
    request = urllib.request.Request(base + path, headers=headers)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            status = str(response.status)
    except urllib.error.HTTPError as exc:
        status = str(exc.code)
        exc.close()
    except OSError as exc:
        status = type(exc).__name__
    return status, (time.perf_counter() - started) * 1000


def visitor_paths(data: dict[str, Any], rng: random.Random) -> str:
    """One visitor request, drawn like the load test's mix."""
    word = rng.choice(data["words"])
    choice = rng.choices(["search", "facets", "quotes", "film", "suggest"], [4, 2, 1, 2, 1])[0]
    if choice == "facets":
        args = {"q": word, "genre": rng.choice(data["genres"]), "sort": "-year"}
        return "/api/search?" + urllib.parse.urlencode(args)
    if choice == "quotes":
        return "/api/quotes?" + urllib.parse.urlencode({"q": word})
    if choice == "film":
        return "/api/films/" + urllib.parse.quote(rng.choice(data["films"]))
    if choice == "suggest":
        return "/api/suggest?" + urllib.parse.urlencode({"q": rng.choice(data["titles"])[:4]})
    return "/api/search?" + urllib.parse.urlencode({"q": word})


def visitor(base: str, n: int, data: dict[str, Any], stop: threading.Event, tally: Tally) -> None:
    """One visitor: a request, then 1-3 s of reading, until ``stop``."""
    rng = random.Random(n)
    client = f"10.1.{n // 250}.{n % 250 + 1}"
    stop.wait(rng.uniform(0, 3))  # arrivals spread over the first seconds
    while not stop.is_set():
        tally.add(*get(base, visitor_paths(data, rng), client))
        stop.wait(rng.uniform(1.0, 3.0))


#: where each worst query is sent (prefix floods cost most on quotes)
ENDPOINTS = {"prefix_flood": "/api/quotes"}


def attacker(base: str, n: int, stop: threading.Event, tallies: dict[str, Tally]) -> None:
    """One attacker: the worst queries of ``tallies``' kinds back to back (ignoring
    ``Retry-After``)."""
    rng = random.Random(100 + n)
    client = f"10.66.0.{n + 1}"
    while not stop.is_set():
        for kind, q in worst_queries(rng).items():
            if kind not in tallies:
                continue
            endpoint = ENDPOINTS.get(kind, "/api/search")
            tallies[kind].add(*get(base, f"{endpoint}?{urllib.parse.urlencode({'q': q})}", client))
            if stop.wait(0.05):
                return


def slow_client(port: int, n: int, stop: threading.Event, sent: Counter[str]) -> None:
    """Headers one line every 5 s, on a fresh connection whenever the server closes one."""
    while not stop.is_set():
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
                sock.sendall(b"GET /api/search?q=love HTTP/1.1\r\nHost: localhost\r\n")
                sent["connections"] += 1
                while not stop.wait(5.0):
                    sock.sendall(f"X-Slow-{n}: {time.time()}\r\n".encode())
                    sent["lines"] += 1
        except OSError:
            sent["dropped"] += 1
            stop.wait(1.0)


def attack_run(
    base: str,
    port: int,
    data: dict[str, Any],
    seconds: float,
    deadline: float,
    skip: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Run 50 visitors, 4 attackers (sending every kind of worst query but ``skip``) and 4
    slow clients for ``seconds``; their figures."""
    stop = threading.Event()
    visitors = Tally()
    tallies = {kind: Tally() for kind in worst_queries(random.Random(0)) if kind not in skip}
    slow: Counter[str] = Counter()
    threads = [threading.Thread(target=visitor, args=(base, n, data, stop, visitors))
               for n in range(50)]  # fmt: skip
    threads += [threading.Thread(target=attacker, args=(base, n, stop, tallies))
                for n in range(4)]  # fmt: skip
    threads += [threading.Thread(target=slow_client, args=(port, n, stop, slow))
                for n in range(4)]  # fmt: skip
    for thread in threads:
        thread.daemon = True
        thread.start()
    stop.wait(seconds)
    stop.set()
    for thread in threads:
        thread.join(35)
    limit_ms = (deadline + 0.5) * 1000
    return {
        "skipped": sorted(skip),
        "seconds": seconds,
        "deadline_s": deadline,
        "visitors": visitors.summary(limit_ms),
        "attackers": {kind: t.summary(limit_ms) for kind, t in tallies.items()},
        "slow_clients": dict(slow),
    }
