"""Film identity across sources: when two records with different titles are one film.

Equal title keys and equal links join records in :func:`indexer.grouping.group_films`. Sources
also name one film differently; these rules join such records, each on evidence:

- **series furniture**: a title equal to another once ``Episode IV``, ``(Episode IV)`` (Roman
  numerals only: ``VocabuLarry Episode 1`` is a TV episode) or a language version
  (``(Spanish Version)``, ``(Dubbed)``) is taken out is the same title (:func:`plain_title`):
  ``Star Wars: Episode VIII: The Last Jedi`` is ``Star Wars: The Last Jedi``. A language
  version is the same film (same year, people and story): one film, its other title kept.
- **containment**: a title equal to the part of another before or after a colon or dash
  (``Star Wars`` / ``Star Wars: A New Hope (Episode IV)``, ``Return of the Jedi`` / ``Star
  Wars: Return of the Jedi (Episode VI)``) is the same film when both records have the same
  year, share a person (director, writer or cast, as stated, not read from a synopsis), come
  from two documents and are not a film and its extra (:func:`may_contain`: ``The Irishman:
  In Conversation``, 24 minutes).
  ``Solo`` (2018, Hugo Stuven) and ``Solo: A Star Wars Story`` (2018, Ron Howard) share
  nobody and stay apart.
- **transliteration**: a title in another script is the same title as a Latin one when
  their letters agree once transliterated (隐入尘烟 -> ``YinRuChenYan`` = ``Yin Ru Chen Yan``),
  and the years are equal, or one record has no year and they share a person (李睿珺 =
  ``Li Ruijun``). Never across two different years.

Every join these rules make is a :class:`Join` with its evidence, listed by ``cinedex
check``. Editors overrule them with rule rows in a catalogue (``Film.rules``): ``same_as``
forces a film to be one with another, ``not_same_as`` keeps them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from indexer.normalize import key
from indexer.people import person_key
from indexer.records import Film

_FURNITURE = re.compile(
    r"\(\s*episode\s+[ivxlc]+\s*\)"
    r"|\bepisode\s+[ivxlc]+\b\s*[:\-–—]?"
    r"|\(\s*(?:[^\W\d_]+\s+)?(?:version|dubbed|subtitled)\s*\)",
    re.IGNORECASE,
)
_PARTS = re.compile(r"\s*(?::|\s[-–—]\s)\s*")
_REF = re.compile(r"^(.*?)\s*\((\d{4})\)\s*$")


@dataclass(frozen=True)
class Join:
    """Two records made one film by an identity rule, and why."""

    a: int
    b: int
    rule: str
    evidence: str


@lru_cache(maxsize=1 << 16)
def plain_title(title: str) -> str:
    """The key of ``title`` without series furniture ("" when it has none)."""
    stripped = _FURNITURE.sub(" ", title)
    if stripped == title:
        return ""
    plain = key(stripped)
    return plain if plain != key(title) else ""


def parts(title: str) -> list[str]:
    """Keys of the parts of a title before and after its colons and dashes."""
    pieces = _PARTS.split(_FURNITURE.sub(" ", title).strip(" :-–—"))
    if len(pieces) < 2:
        return []
    keys = [key(p) for p in pieces]
    return [k for k in dict.fromkeys(keys) if len(k) >= 3]


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is ASCII once accents are dropped."""
    return text.isascii() or all(ord(ch) < 0x250 for ch in text if ch.isalpha())


@lru_cache(maxsize=1 << 16)
def letters(text: str) -> str:
    """The Latin letters and digits of ``text`` once transliterated, lower case, no spaces."""
    return _NOT_LETTERS.sub("", (text if text.isascii() else anyascii(text)).lower())


_NOT_LETTERS = re.compile(r"[\W_]+")


def script_keys(film: Film) -> list[str]:
    """Transliterated keys of the film's titles written in a non-Latin script."""
    titles = (film.title, film.original_title or "", *film.alt_titles)
    return list(dict.fromkeys(letters(t) for t in titles if t and not is_latin(t) and letters(t)))


def latin_keys(film: Film) -> list[str]:
    """The letters of the film's Latin titles, to meet :func:`script_keys`."""
    titles = (film.title, film.original_title or "", *film.alt_titles)
    return list(dict.fromkeys(letters(t) for t in titles if t and is_latin(t) and letters(t)))


def stated_people(film: Film) -> list[str]:
    """Everyone the record credits in its own fields (not read from its synopsis's prose:
    a catalogue's synopsis sometimes describes another film of the same name)."""
    fields = [f for f in ("directors", "writers", "cast") if f not in film.prose_fields]
    return [n for f in fields for n in getattr(film, f)]


def people_keys(film: Film) -> set[str]:
    """Person keys (transliterated) of everyone the record states."""
    return {k for k in (person_key(anyascii(n)) for n in stated_people(film)) if k}


def shared_person(a: Film, b: Film) -> str | None:
    """A person both records state (as the first record writes the name), or None."""
    mine = {person_key(anyascii(n)): n for n in stated_people(a)}
    common = sorted(set(mine) & people_keys(b))
    return mine[common[0]] if common else None


#: under this many minutes a record is a short, a featurette or an extra
SHORT = 60


def may_contain(short_title: Film, long_title: Film) -> bool:
    """Whether two records may be one film through a contained title: from two documents
    (one catalogue lists two entries as two), and not an extra of a film ("The Irishman: In
    Conversation", 24 min) unless both runtimes are known and close."""
    if _document(short_title) == _document(long_title):
        return False
    a, b = short_title.runtime_minutes, long_title.runtime_minutes
    if a and b:
        return abs(a - b) <= max(10, 0.15 * max(a, b))
    return not ((a and a < SHORT) or (b and b < SHORT))


def _document(film: Film) -> str:
    return film.sources[0].split("#")[0] if film.sources else ""


def parse_ref(text: str) -> tuple[str, int | None]:
    """``"Star Wars (1977)"`` -> ``("star wars", 1977)``: the key and year a rule names."""
    match = _REF.match(text.strip())
    if match:
        return key(match.group(1)), int(match.group(2))
    return key(text), None


def rule_keys(film: Film) -> list[str]:
    """Title keys of the films a record's ``same_as`` rules name."""
    return [parse_ref(ref)[0] for kind, ref in film.rules if kind == "same_as"]


def identities(film: Film, titles: Iterable[str]) -> set[str]:
    """``title key|year`` of each of the record's titles: what a ``not_same_as`` names."""
    return {f"{t}|{film.year or ''}" for t in titles}


def forbidden(film: Film) -> set[str]:
    """``title key|year`` of each film a record's ``not_same_as`` rules keep it apart from."""
    out = set()
    for kind, ref in film.rules:
        if kind == "not_same_as":
            title, year = parse_ref(ref)
            out.add(f"{title}|{year or ''}")
    return out
