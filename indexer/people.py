"""Person identity: one key per person across spellings, and one display form per key.

A person's key (:func:`person_key`) ignores what spellings of one name differ by: case,
accents, dots and spaces between initials (``K. V. Anand``, ``K V Anand``, ``KV Anand``),
hyphens and apostrophes (``Chan-wook``/``Chanwook``, ``O'Brien``/``OBrien``). It never
joins on a surname alone: every word of the name takes part, in order, so ``Jake
Gyllenhaal`` and ``Maggie Gyllenhaal`` keep two keys. Word order is not folded into the key:
``PARK Chan-wook`` (family name first, in capitals) and ``Chan-wook Park`` are one person,
but ``Hai Qing`` and ``Qing Hai`` need not be, and the name alone does not tell; merging
joins reordered spellings only inside one film (:mod:`indexer.merge`). Initials are not
expanded (``J. Stuart Blackton`` and ``James Stuart Blackton`` stay two keys): nothing in
one name says which James.

Of the spellings of one key, :func:`display_name` keeps the best written one: accents kept,
capitals proper (not ``PARK``, not all lower case), initials with their dots; then the one
most documents use.

:func:`artefact` tells scraped list items that are not people (``writer``, ``1``, ``LB``).
Merging writes every director under the spelling :func:`director_spellings` chooses from all
the records of the corpus (:func:`one_spelling`), keeping the written forms in the facts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from indexer.normalize import fold
from indexer.records import Fact, Film

#: list items that name a role, not a person
ROLE_WORDS = frozenset(
    {
        "writer",
        "writers",
        "director",
        "directors",
        "producer",
        "producers",
        "screenplay",
        "cast",
        "actor",
        "actors",
        "actress",
        "narrator",
        "voice",
        "voices",
        "host",
        "various",
        "n/a",
        "unknown",
        "none",
    }
)
_FOOTNOTE = re.compile(r"^\[[\w\s]{1,3}\]$")
_INITIALS = re.compile(r"^[A-Z]{2}$")
_VOWELS = frozenset("AEIOUY")


@lru_cache(maxsize=1 << 16)
def artefact(name: str) -> str | None:
    """Why a people-list item is not a person ("role word", "no letters", "initials only",
    "footnote mark"), or None when it may be one."""
    text = name.strip()
    if not any(ch.isalpha() for ch in text):
        return "no letters"
    if _FOOTNOTE.match(text):
        return "footnote mark"
    if text.casefold() in ROLE_WORDS:
        return "role word"
    if _INITIALS.match(text) and not set(text) & _VOWELS:
        return "initials only"
    return None


@lru_cache(maxsize=1 << 17)
def _parts(name: str) -> tuple[str, ...]:
    """The folded pieces of a name between spaces, dots, hyphens and other punctuation,
    apostrophes dropped ("O'Brien" -> ``("obrien",)``)."""
    parts: list[str] = []
    for word in name.split():
        folded = fold(word).replace("'", "").replace("\u2019", "")
        parts.extend(p for p in re.split(r"[\W_]+", folded) if p)
    return tuple(parts)


def person_key(name: str) -> str:
    """The identity key of a person's name ("" for a name with no letters); see the module."""
    return "".join(_parts(name))


def _is_capitalised_family(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return (
        len(letters) >= 2
        and all(ch.isupper() for ch in letters)
        and bool(set(fold("".join(letters)).upper()) & _VOWELS)
    )


def _quality(name: str) -> tuple[int, int, int]:
    """How well a spelling is written (higher is better): accents, no shouting capitals,
    not all lower case, dotted initials."""
    words = name.split()
    accents = sum(1 for ch in unicodedata.normalize("NFD", name) if unicodedata.combining(ch))
    shouting = sum(1 for w in words if _is_capitalised_family(w))
    lower = int(name == name.lower() and name != name.upper())
    dotted = sum(1 for w in words if re.fullmatch(r"\w\.", w))
    return (-shouting - lower, accents, dotted)


def display_name(spellings: Counter[str] | dict[str, int]) -> str:
    """The best-written of the spellings of one person (counted by documents)."""
    return max(spellings, key=lambda s: (_quality(s), spellings[s], s))


def display_names(names: Iterable[str]) -> dict[str, str]:
    """Each name's display form: the best spelling among ``names`` sharing its key."""
    by_key: dict[str, Counter[str]] = {}
    for name in names:
        by_key.setdefault(person_key(name) or name, Counter())[name] += 1
    out: dict[str, str] = {}
    for spellings in by_key.values():
        best = display_name(spellings)
        out.update(dict.fromkeys(spellings, best))
    return out


def person_slug(name: str) -> str:
    """A readable URL id for a person: the pieces of the name's key, hyphen-joined
    (``/people/k-v-anand``); removing the hyphens gives the key back."""
    return "-".join(_parts(name)) or "person"


def unique_people(names: Iterable[str], display: dict[str, str] | None = None) -> tuple[str, ...]:
    """``names`` once per person (first spelling kept, or its ``display`` form)."""
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        k = person_key(name) or name
        if k not in seen:
            seen.add(k)
            out.append(display.get(name, name) if display else name)
    return tuple(out)


def director_spellings(records: Iterable[Film]) -> dict[str, str]:
    """Each director's spelling -> the best-written spelling of that person among the
    per-document ``records`` (counted per record)."""
    return display_names(d for f in records for d in f.directors)


def one_spelling(films: list[Film], display: dict[str, str]) -> list[Film]:
    """Every director under its ``display`` spelling, and each person once per film and
    role (:mod:`indexer.people`)."""
    out = []
    for film in films:
        directors = unique_people(film.directors, display)
        writers, cast = unique_people(film.writers), unique_people(film.cast)
        if (directors, writers, cast) != (film.directors, film.writers, film.cast):
            facts = _as_written(film) if directors != film.directors else film.facts
            film = film.replace(directors=directors, writers=writers, cast=cast, facts=facts)
        out.append(film)
    return out


def _as_written(film: Film) -> tuple[Fact, ...]:
    """The film's facts, with the directors as the documents wrote them when merging gave
    them another spelling (a one-document film has no facts of its own)."""
    stated = {f.value for f in film.facts if f.field == "directors"}
    extra = [
        Fact("directors", name, film.sources[:1]) for name in film.directors if name not in stated
    ]
    return (*film.facts, *extra)
