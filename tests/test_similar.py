"""Similar films from several signals: title words, people, words, genres, countries, era."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from e2e_support import write_corpus

from indexer.build import build
from webapp.search import SearchService, similar

SEQUEL = """---
title: Harbour Lights II
year: 1997
director: Per Lund
countries: [Denmark]
genres: [Thriller]
---
Years later the island's new keeper finds letters hidden in the lamp room.
"""
STRANGER = """---
title: Neon Dentist
year: 1995
director: Ada Quill
countries: [Brazil]
genres: [Horror]
---
Zygomatic orthodontists of São Paulo: molars glowing ultraviolet, floss and samba.
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SearchService]:
    root = tmp_path_factory.mktemp("similar")
    corpus = write_corpus(root / "corpus")
    (corpus / "films" / "harbour-lights-2.md").write_text(SEQUEL, "utf-8")
    (corpus / "films" / "neon-dentist.md").write_text(STRANGER, "utf-8")
    build([corpus], root / "index", full=True)
    yield SearchService(root / "index")


def titles(service: SearchService, film_id: str) -> list[str]:
    page = service.film(film_id)
    assert page is not None
    return [s.title for s in page.similar]


def test_same_director_and_sequel_come_first(service: SearchService) -> None:
    shown = titles(service, "harbour-lights-1994")
    # Winter Orchard: same director, cast, country, genre and era; the sequel: the title
    assert set(shown[:2]) == {"Winter Orchard", "Harbour Lights II"}
    assert "Harbour Lights" not in shown  # never the film itself


def test_a_film_sharing_nothing_but_the_era_is_not_similar(service: SearchService) -> None:
    with service._reading() as (live, _):
        assert 1995 in live.state.year  # Harbour Lights is of 1994: the same era
        assert "Neon Dentist" not in titles(service, "harbour-lights-1994")
        assert titles(service, "neon-dentist-1995") == []


def test_signals_score_zero_to_one(service: SearchService) -> None:
    with service._reading() as (live, searcher):
        docnum = live.state.docnum_of("harbour-lights-1994")
        assert docnum is not None
        page = service.film("harbour-lights-1994")
        assert page is not None
        signals = similar.scores(live.state, searcher, page.film, docnum)
        assert set(signals) == set(similar.WEIGHTS)
        orchard = live.state.docnum_of("winter-orchard-1991")
        copper = live.state.docnum_of("the-copper-road-1968")
        sequel = live.state.docnum_of("harbour-lights-ii-1997")
        assert signals["director"][orchard] == 1.0 and signals["director"][copper] == 0.0
        assert signals["cast"][orchard] == pytest.approx(1 / similar.CAST_FULL)  # Liv Dahl
        assert signals["title"][sequel] > 0.5 and signals["title"][copper] == 0.0
        assert signals["era"][docnum] == 1.0 and signals["era"][copper] == 0.0  # 26 years apart
        for values in signals.values():
            assert float(np.min(values)) >= 0.0 and float(np.max(values)) <= 1.0 + 1e-9


def test_a_film_with_no_text_or_credits(service: SearchService, tmp_path: Path) -> None:
    with service._reading() as (live, searcher):
        bare = {"title": "", "year": None, "synopsis": "", "cast": [], "directors": []}
        assert similar.find(live.state, searcher, 0, bare) == []
