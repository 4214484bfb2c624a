"""A realistic request mix for ``cinedex serve``: faceted searches, quote searches, film pages
and suggestions. Run by :mod:`bench.load` (headless, loopback only); the words, facet values
and film ids come from the JSON file named by ``CINEDEX_LOAD_DATA``.
"""

from __future__ import annotations

import json
import os
import random
from typing import Any

from locust import FastHttpUser, between, task


def _data() -> dict[str, Any]:
    with open(os.environ["CINEDEX_LOAD_DATA"], encoding="utf-8") as fh:
        return dict(json.load(fh))


DATA = _data()
#: seconds a visitor waits between two requests (reading results): "1,3" by default
WAIT = tuple(float(x) for x in os.environ.get("CINEDEX_LOAD_WAIT", "1,3").split(","))


class Visitor(FastHttpUser):
    """One person browsing: mostly searches, some with facets, some quotes, film pages, typing."""

    wait_time = between(WAIT[0], WAIT[-1])

    def _word(self) -> str:
        return random.choice(DATA["words"])

    @task(4)
    def search(self) -> None:
        self.client.get("/api/search", params={"q": self._word()}, name="/api/search")

    @task(3)
    def search_with_facets(self) -> None:
        params = {"q": random.choice(["", self._word()]), "genre": random.choice(DATA["genres"])}
        if random.random() < 0.5:
            params["decade"] = random.choice(DATA["decades"])
        if random.random() < 0.3:
            params["sort"] = random.choice(["year", "-year", "title"])
        self.client.get("/api/search", params=params, name="/api/search [facets]")

    @task(2)
    def quotes(self) -> None:
        self.client.get("/api/quotes", params={"q": self._word()}, name="/api/quotes")

    @task(2)
    def film(self) -> None:
        self.client.get(f"/api/films/{random.choice(DATA['films'])}", name="/api/films/[id]")

    @task(3)
    def suggest(self) -> None:
        word = random.choice(DATA["titles"])
        prefix = word[: random.randint(2, max(2, min(8, len(word))))]
        self.client.get("/api/suggest", params={"q": prefix}, name="/api/suggest")
