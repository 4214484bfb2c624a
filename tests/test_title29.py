"""The name a winning news headline opens or closes with (:mod:`.titleheadline`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.evidence import Ballot
from indexer.extract.pages.titleheadline import after_film_word, name_in, without_site
from indexer.extract.pages.titlemodel import FeatureBallot

# (headline, page text around it, the name read, or None)
CASES = [
    # the name, then what happened; the page writes the name alone often
    (
        "Apprentice gets good reviews in the US",
        "Apprentice gets good reviews in the US\nBoo Junfeng's Apprentice, which premiered at "
        "Cannes, was praised. Critics called Apprentice taut. Apprentice opens here in July. "
        "Apprentice is his second film.",
        "Apprentice",
    ),
    # what happened, then the name (Hungarian): a clause of lower-case content words
    (
        "Jó kritikákat kapott a Krugovi",
        "Jó kritikákat kapott a Krugovi\nA Krugovi című filmet Berlinben mutatták be. "
        "Srdan Golubović filmje, a Krugovi, díjat nyert.",
        "Krugovi",
    ),
    # "of" alone is no clause, but the page writes the name alone many times
    (
        "The miracle of Himala",
        "The miracle of Himala\nHimala was made in 1982. Himala stars Nora Aunor. In Himala, "
        "Elsa sees the Virgin. Himala won prizes.",
        "Himala",
    ),
    # a name's own lower-case words ("et ses frères"): not a clause
    (
        "Leila et ses frères",
        "Leila et ses frères\nLeila a quarante ans. Leila est la seule à travailler.",
        None,
    ),
    # the page writes the whole headline again: a title, not a headline
    (
        "Ang Hapis at Himagsik ni Hermano Puli",
        "Ang Hapis at Himagsik ni Hermano Puli\nNapanood ko ang Ang Hapis at Himagsik ni "
        "Hermano Puli. Si Hermano Puli ay bayani. Hermano Puli at ang kanyang mga kasama.",
        None,
    ),
    # the name is written only once apart from the headline, the clause is short
    (
        "The Ugandan comes home",
        "The Ugandan comes home\nAfter years away, The Ugandan screens in Kampala.",
        None,
    ),
]


@pytest.mark.parametrize(("headline", "body", "name"), CASES)
def test_name_in(headline: str, body: str, name: str | None) -> None:
    assert name_in(headline, body) == name


def _ballots(
    cands: list[tuple[str, dict[str, float], float]],
) -> tuple[Ballot, FeatureBallot]:
    featured, ballot = FeatureBallot(), Ballot()
    for value, features, score in cands:
        for feature, amount in features.items():
            featured.add(value, feature, amount)
        ballot.add(value, "score", score)
    return ballot, featured


# (candidates: value, features, score; the title after the step)
FILM_WORD_CASES = [
    # the winner opens with the word for film (an address "/فیلم-مرثیه-برف")
    (
        [
            ("فیلم مرثیه برف", {"slug_written": 1, "mentions": 1.79}, 9.16),
            ("مرثیه برف", {"film_word_repeated": 1, "mentions": 1.95}, 7.13),
        ],
        "مرثیه برف",
    ),
    # the run after the word for film, written once, holds the repeated run, then a place
    (
        [
            ("Tyrannosaur í Bíó Paradís", {"named_after_film_word": 1, "mentions": 0.693}, 4.09),
            ("Tyrannosaur", {"film_word_repeated": 1, "mentions": 1.1}, 3.58),
        ],
        "Tyrannosaur",
    ),
    # the rest is more of the name in sentence case
    (
        [
            ("Kdor poje zlo ne misli", {"named_after_film_word": 1, "mentions": 0.693}, 3.73),
            ("Kdor", {"film_word_repeated": 1, "mentions": 1.1}, 3.2),
        ],
        "Kdor poje zlo ne misli",
    ),
    # a quoted winner is a name as written
    (
        [
            ("Film Bitti", {"quoted": 1, "mentions": 1.1}, 5.0),
            ("Bitti", {"mentions": 1.1}, 2.0),
        ],
        "Film Bitti",
    ),
]


@pytest.mark.parametrize(("cands", "title"), FILM_WORD_CASES)
def test_after_film_word(cands: list[tuple[str, dict[str, float], float]], title: str) -> None:
    ballot, featured = _ballots(cands)
    after_film_word(ballot, featured)
    assert ballot.ranked()[0].value == title


# (candidates, address, the title after the step)
SITE_CASES = [
    # the site's own name after a colon
    (
        [
            ("Nairobi Half Life: KenyaBuzz", {"heading": 1}, 7.48),
            ("Nairobi Half Life", {"heading_part": 1}, 6.07),
        ],
        "https://www.kenyabuzz.com/lifestyle/nairobi-half-life-kenyabuzz-movie-review/",
        "Nairobi Half Life",
    ),
    # before a bar, on a hyphenated host
    (
        [
            ("Celluloid Dreams | Tori et Lokita", {"heading": 1}, 5.0),
            ("Tori et Lokita", {"heading_part": 1}, 4.0),
        ],
        "https://celluloid-dreams.com/films/tori",
        "Tori et Lokita",
    ),
    # a part that is not the site's name stays
    (
        [
            ("Mission: Impossible", {"heading": 1}, 5.0),
            ("Mission", {"heading_part": 1}, 4.0),
        ],
        "https://www.filmskribenten.se/mission",
        "Mission: Impossible",
    ),
]


@pytest.mark.parametrize(("cands", "url", "title"), SITE_CASES)
def test_without_site(
    cands: list[tuple[str, dict[str, float], float]], url: str, title: str
) -> None:
    ballot, featured = _ballots(cands)
    without_site(ballot, featured, url)
    assert ballot.ranked()[0].value == title
