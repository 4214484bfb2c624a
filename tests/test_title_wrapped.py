"""The name a heading wraps in words for film, review or trailer (:mod:`.titlewrapped`), the
possessive that ends a person's name, and a language's name the text gives as a film's."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlevote
from indexer.extract.pages.titlecues import named_people, reviewed
from indexer.extract.pages.titlewrapped import unwrapped

# (heading, the name it wraps, or None)
CASES = [
    # the word for film after the name, written in lower case
    ("Sarajevo Nights film", "Sarajevo Nights"),
    # a bracket that holds the word for film, before the name
    ("【映画】海辺の町", "海辺の町"),
    ("[Review] The Quiet Harbour", "The Quiet Harbour"),
    # a site's breadcrumb, the page's own name last with its facts in brackets
    ("Filmlər → Uzaq dağlar (film, 2011)", "Uzaq dağlar"),
    ("Home » Films", None),
    # the name, a certificate and a site's name before "Film Review"
    ("Long Way Home (12A) | Screenside Film Review", "Long Way Home"),
    # a mark between the name and the word for a trailer
    ("The Quiet Harbour – Trailer", "The Quiet Harbour"),
    # capitalised words joined to the name: one name ("I Like Movies"), a section
    ("We Love Movies", None),
    ("Best Films", None),
    # the plural of the word for a review after an adjective: a section of reviews
    ("Dernières critiques", None),
    # a verdict, a nationality, an article: no name
    ("Ointressant svensk film", None),
    ("Norwegian film", None),
    ("The Film", None),
    # the word for film inside a gloss in brackets
    ("Kesä (vuoden 2009 elokuva)", None),
    # the word for a review and the word for "of" before the name, after a section's head
    ("Harbour Days 2031: Review of THE QUIET HARBOUR:", "THE QUIET HARBOUR"),
    ("Crítica de la película El Puerto", "El Puerto"),
    ("Review of The Quiet Harbour", "The Quiet Harbour"),
    ("Review of the year", None),
    # the word for "of" is also the word for "by": a critic's name is no film's
    ("La critique de Laurent Moreau", None),
    # nothing wrapped
    ("The Quiet Harbour", None),
]


@pytest.mark.parametrize(("heading", "name"), CASES)
def test_unwrapped(heading: str, name: str | None) -> None:
    assert unwrapped(heading) == name


@pytest.mark.parametrize("heading", ["மழைக்காலம் பட விமர்சனம்", "மழைக்காலம் திரைப்பட விமர்சனம்"])
def test_tamil_film_review_after_the_name(heading: str) -> None:
    """Tamil "film review", the word for film in its form before a noun, ends a review's
    headline."""
    assert reviewed(heading) == "மழைக்காலம்"


def test_possessive_ending_ends_a_name() -> None:
    """A Turkish case ending after an apostrophe ends the director's name: the film's name
    after it is no part of it."""
    people = named_people("Yönetmen Ayşe Demirkaya’nın Kırmızı Kapı isimli filmi büyüledi.")
    assert "ayse demirkaya" in people or "ayşe demirkaya" in people
    assert not any(p.endswith("kapı") or p.endswith("kapi") for p in people)


def test_language_name_given_as_a_film_kept() -> None:
    """A language's name the text writes after the word for film stays a candidate."""
    lines = (
        "Cine del sur",
        "",
        "El estreno de la película ESPERANTO será en abril en la sala del centro cultural.",
        "ESPERANTO cuenta la historia de un pescador y sus nietas.",
    )
    ballot, _ = titlevote.collect(lines, set(), len(lines), set(), None)
    assert any(c.value == "ESPERANTO" for c in ballot.candidates.values())


def test_finnish_agent_participle_credits_the_name_before_it() -> None:
    """Finnish "X:n ohjaama Y" is "Y, directed by X": the film's name after the participle is
    no person's."""
    people = named_people("Aki Virtasen ohjaama Hiljainen Satama nähdään syksyllä.")
    assert not any("satama" in p for p in people)
