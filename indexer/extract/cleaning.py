"""What catalogue rows get wrong or leave out, mended: a title's trailing "(year)", people
named only in the synopsis's prose, and editors' identity rule rows.

Each function is pure and returns what it changed, so the catalogue reader reports it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from indexer.extract.pages.textlang import function_word_language
from indexer.extract.prose import prose_credits
from indexer.people import artefact
from indexer.records import Film

_RULE_ROW = frozenset({"title", "year", "same_as", "not_same_as"})


def with_rules(film: Film, values: Mapping[str, object]) -> Film:
    """``film`` with the row's identity rules (``same_as``/``not_same_as`` cells), marked
    rule-only when its other cells are empty (the row then describes no film itself)."""
    rules = _rules(values)
    if not rules:
        return film
    only = not any(v not in (None, "", [], {}) for k, v in values.items() if k not in _RULE_ROW)
    return film.replace(rules=rules, rule_only=only)


def _rules(values: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """A row's identity rules: each ``same_as``/``not_same_as`` cell, "Title (year)" names
    separated by ``;``."""
    return tuple(
        (kind, ref.strip())
        for kind in ("same_as", "not_same_as")
        for ref in _cell(values.get(kind)).split(";")
        if ref.strip()
    )


def _cell(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def title_without_year(title: str, year: int | None) -> tuple[str, bool]:
    """The title without a trailing "(year)" equal to the film's year ("Ran (1985)"), and
    whether one was removed."""
    match = _TITLE_YEAR.search(title)
    if match and year is not None and int(match.group(1)) == year and match.start() > 0:
        return title[: match.start()], True
    return title, False


_TITLE_YEAR = re.compile(r"\s*\((\d{4})\)\s*$")


def with_prose_credits(film: Film) -> Film:
    """``film`` with the people its synopsis names ("directed by ...", "starring ...") in the
    fields the catalogue left empty, when it names no director; those fields are listed in
    ``Film.prose_fields``. (A row with a director column gives its people in columns: its
    synopsis is not read for them.)"""
    if film.directors or not film.synopsis:
        return film
    # a synopsis in a language its function words show is read with that language's cue
    # words only: the catalogues' English synopses need not be tried with 74 languages' cues
    language = film.text_language or function_word_language(film.synopsis)
    found = prose_credits(film.synopsis, language, film.title)
    changes: dict[str, tuple[str, ...]] = {}
    for name in ("directors", "writers", "cast"):
        names = tuple(n for n in getattr(found, name) if not artefact(n))
        if names and not getattr(film, name):
            changes[name] = names
    if not changes:
        return film
    return film.replace(**changes, prose_fields=tuple(changes))
