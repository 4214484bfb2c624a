"""Languages as data: one module per language, read by language-neutral code.

Each module under this package holds what pages in one language write for film facts and
around press quotes (see :class:`~indexer.lang.base.Language`). The functions here merge
them: the extractor asks for "every label of the field ``runtime``" or "every runtime unit",
never for a language. The normaliser (:mod:`indexer.normalize`) reads its words here too: the
genre vocabulary's words, a genre's adjectives, the genre words read only whole or that are
everyday words as well.
Country and language *names* come from CLDR through ``babel`` (:mod:`indexer.normalize`): the
modules hold only those CLDR lacks (``country_names``, ``language_names``).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import fields
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from indexer.diskcache import cldr_table
from indexer.lang.base import Language
from indexer.wordre import alternation as _alternation

if TYPE_CHECKING:
    from babel import Locale

#: The language modules, by ISO 639-1 code (``no`` is Norwegian Bokmål and Nynorsk).
CODES = (
    "en", "fr", "es", "ca", "gl", "eu", "pt", "it", "de", "nl", "sv", "da", "no", "is", "fi",
    "et", "lv", "lt", "pl", "cs", "sk", "hu", "ro", "sl", "hr", "sr", "bg", "mk", "ru", "uk",
    "el", "be", "tr", "sq", "ka", "hy", "kk", "ar", "he", "fa", "hi", "bn", "te", "ta", "ml", "th",
    "vi", "id", "ja", "zh", "ko", "sw", "ms", "tl", "ur", "mr", "kn",
    "gu", "pa", "ne", "si", "my", "km", "az", "uz", "mn", "af", "cy", "ga", "bs", "am",
    "lo", "lb", "mt",
    "ky", "tg", "tk", "tt", "ps", "ku", "ckb", "sd", "or", "as", "bo", "ug", "jv", "su", "ceb",
    "ha", "yo", "ig", "zu", "xh", "so", "ti", "om", "mg", "rw", "ht", "mi", "fo", "fy", "oc",
    "br", "gd", "eo", "yi", "pap",
)  # fmt: skip

__all__ = [
    "CODES",
    "Language",
    "cues",
    "data_entries",
    "genre_adjectives",
    "genre_aliases",
    "genres",
    "labels",
    "language_names",
    "languages",
    "months",
    "read_values",
    "units",
    "vocabulary_genres",
    "weekdays",
    "year_marks",
]


@lru_cache(maxsize=1)
def languages() -> tuple[Language, ...]:
    """Every language module's data, in :data:`CODES` order."""
    return tuple(importlib.import_module(f"indexer.lang.{code}").DATA for code in CODES)


def read_values(data: Language) -> Iterator[object]:
    """The values of ``data``'s fields that the page readers read: every field but those only
    the normaliser reads (:data:`~indexer.lang.base.NORMALISER_ONLY`: the genre vocabulary's
    words and their kin)."""
    for field in fields(data):
        if field.metadata.get("data_entries", True):
            yield getattr(data, field.name)


def data_entries() -> Iterator[str]:
    """Every word and phrase of every language module's data, as written: each entry of its
    word lists, and each key and listed entry of its tables (labels, genres, …), but for the
    fields only the normaliser reads (:func:`read_values`)."""
    for data in languages():
        for value in read_values(data):
            if isinstance(value, tuple):
                yield from (entry for entry in value if isinstance(entry, str))
            elif isinstance(value, dict):
                for name, listed in value.items():
                    yield name
                    if isinstance(listed, tuple):
                        yield from (entry for entry in listed if isinstance(entry, str))


def language(code: str) -> Language | None:
    """One language's data, or None when there is no module for ``code``."""
    return next((lang for lang in languages() if lang.code == code), None)


@lru_cache(maxsize=1)
def labels() -> dict[str, tuple[str, ...]]:
    """Field -> every label word of every language (first language first, no repeats)."""
    merged: dict[str, dict[str, None]] = {}
    for lang in languages():
        for name, words in lang.labels.items():
            merged.setdefault(name, {}).update(dict.fromkeys(words))
    return {name: tuple(words) for name, words in merged.items()}


@cache
def cues(kind: str, code: str | None = None) -> tuple[str, ...]:
    """Words of one kind (a word-list field of :class:`Language`: the prose cues
    ``directed_by``, ``starring``, ``conjunctions``, …, the quote finder's ``speech_verbs``,
    ``press_headings``, …) of one language, or of all; longest first."""
    chosen = [lang for lang in languages() if code is None or lang.code == code]
    words = {w: None for lang in chosen for w in getattr(lang, kind)}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def cue_set(kind: str) -> frozenset[str]:
    """The words of :func:`cues` (every language) as a set, for membership tests."""
    return frozenset(cues(kind))


def alternation(kind: str) -> str:
    """The cues of ``kind`` in every language as one regular-expression alternation, longest
    first (``film|movie|película|…``, written as a tree of shared beginnings: see
    :mod:`indexer.wordre`)."""
    return _alternation(cues(kind))


@cache
def units(kind: str) -> tuple[str, ...]:
    """Runtime unit words of every language (``minutes`` or ``hours``), longest first: the
    modules' own and CLDR's names of the unit in each module's language."""
    words = {w: None for lang in languages() for w in getattr(lang, kind)}
    words.update(dict.fromkeys(_cldr_units(kind)))
    return tuple(sorted(words, key=len, reverse=True))


def unit_signs(kind: str) -> tuple[str, ...]:
    """Every sign of a runtime unit (``minutes`` or ``hours``) that a page may abbreviate it to,
    however short, longest first: the modules' units and signs (``minute_signs``,
    ``hour_signs``) and CLDR's short and narrow forms ("м", "ч", "ó", "p", "d", "s", "t").
    Too short to read alone, a sign counts only in an hours-and-minutes pair ("1ч 38м")."""
    own = "minute_signs" if kind == "minutes" else "hour_signs"
    words = {w: None for w in units(kind)}
    words.update({w: None for lang in languages() for w in getattr(lang, own)})
    words.update(dict.fromkeys(_cldr_signs(kind)))
    return tuple(sorted(words, key=len, reverse=True))


@cldr_table
def _cldr_signs(kind: str) -> tuple[str, ...]:
    """The short and narrow signs CLDR gives the unit in every module's language, of any
    length, without the number and a closing full stop ("1ч", "38 м", "2 ó", "10 d")."""
    words = _cldr_unit_words(kind, ("short", "narrow"))
    return tuple(dict.fromkeys(w for w in words if w and not any(c.isspace() for c in w)))


#: CLDR's unit of each kind of runtime
_CLDR_UNITS = {"minutes": "duration-minute", "hours": "duration-hour"}
#: the fewest letters a unit from CLDR needs ("ч", "m", "j" are letters of words too)
_SHORTEST_UNIT = 3
#: CLDR's short units that are everyday words or signs of other languages: "men" (Māori
#: minutes; "100 men"), "eur" (Breton hours; "10 EUR"), "sag", "wkt", "scd", "dqqd"
_NOT_UNITS = frozenset({"men", "eur", "sag", "wkt", "scd", "dqqd"})


@lru_cache(maxsize=1)
def _cldr_locales() -> tuple[Locale, ...]:
    """CLDR's locale (``babel``) of every module's language that it knows, in :data:`CODES`
    order: what the tables below are derived from (only when the cache folder lacks them)."""
    from babel import Locale, UnknownLocaleError

    found = []
    for code in CODES:
        try:
            found.append(Locale.parse(code))
        except (UnknownLocaleError, ValueError):  # pragma: no cover - depends on babel's data
            continue
    return tuple(found)


@cldr_table
def _cldr_units(kind: str) -> tuple[str, ...]:
    """The long and short names CLDR gives the unit in every module's language, in each plural
    form, without the number ("96 de minute", "1 tiếng", "2 klukkustundir", "5 நிமி.")."""
    words = _cldr_unit_words(kind, ("long", "short"))
    return tuple(
        dict.fromkeys(w for w in words if len(w) >= _SHORTEST_UNIT and w not in _NOT_UNITS)
    )


def _cldr_unit_words(kind: str, lengths: tuple[str, ...]) -> Iterator[str]:
    """The word of each of CLDR's patterns of the unit (:data:`_CLDR_UNITS`) in the
    ``lengths`` given, in every module's language, in lower case, without the number, the
    spaces around it and a closing full stop; none that holds a digit."""
    for locale in _cldr_locales():
        patterns = locale._data["unit_patterns"].get(_CLDR_UNITS[kind], {})
        for length in lengths:
            for form, pattern in patterns.get(length, {}).items():
                if form == "per" or "{0}" not in pattern:
                    continue
                word = pattern.replace("{0}", "").strip(" \u00a0\u202f").rstrip(".").lower()
                if not any(ch.isdigit() for ch in word):
                    yield word


#: the literal CLDR's date patterns write right after the year ("d MMMM y 'г'.", "y թ. MMMM d",
#: "y. 'gada' d. MMMM"): the abbreviated word for year, quoted or in a script of its own
_YEAR_LITERAL = re.compile(r"y+[.,]?\s*(?:'([^']+)'|([^\x00-\x7f\s,]+))")


@lru_cache(maxsize=1)
@cldr_table
def year_marks() -> tuple[str, ...]:
    """The word for "year", abbreviated or whole, that pages write right after a year in every
    module's language, without its full stop ("1978 г.", "1978г", "2011 m.", "2019 ж.",
    "2011 թ.", "2011. gada"): CLDR's date patterns' literal after the year, and each module's
    ``year_marks``; longest first."""
    found: dict[str, None] = {}
    for locale in _cldr_locales():
        for length in ("full", "long", "medium"):
            for match in _YEAR_LITERAL.finditer(str(locale.date_formats[length].pattern)):
                word = (match.group(1) or match.group(2)).strip(" .\u2024").lower()
                if word and not any(ch.isdigit() for ch in word):
                    found[word] = None
    found.update(dict.fromkeys(w for lang in languages() for w in lang.year_marks))
    return tuple(sorted(found, key=len, reverse=True))


#: CLDR's currency signs that are words or units too ("ALL", "TOP", "CUP": English words;
#: "KM": kilometres; "Ar", "Br", "Cg": a word's start), and one-letter signs ("R", "K", "S")
_NOT_CURRENCIES = frozenset(
    {"ALL", "TOP", "CUP", "PEN", "BOB", "SOS", "TRY", "MOP", "ANG", "KM", "КМ", "FB", "RF",
     "Ar", "Br", "Cg", "Cg.", "ECU", "XXX", "mk", "¤", "сом"}
)  # fmt: skip


@lru_cache(maxsize=1)
@cldr_table
def currency_signs() -> tuple[str, ...]:
    """The signs and codes CLDR writes for currencies in every module's language ("€", "£",
    "CHF", "kr", "zł", "R$", "₹"), longest first: beside a number, a price."""
    found: dict[str, None] = {}
    for locale in _cldr_locales():
        for symbol in locale.currency_symbols.values():
            if symbol not in _NOT_CURRENCIES and not (len(symbol) == 1 and symbol.isalpha()):
                found[symbol] = None
    return tuple(sorted(found, key=len, reverse=True))


@lru_cache(maxsize=1)
def months() -> tuple[str, ...]:
    """Month names of every language, longest first."""
    words = {w: None for lang in languages() for w in lang.months}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def genres() -> dict[str, str]:
    """Genre word of any language -> English genre of the vocabulary."""
    return _merged("genres")


@lru_cache(maxsize=1)
def vocabulary_genres() -> dict[str, tuple[str, ...]]:
    """The genre vocabulary: English genre -> the words of every language that name it on any
    page (each module's ``vocabulary_genres``, in :data:`CODES` order)."""
    table: dict[str, tuple[str, ...]] = {}
    for one in languages():
        for genre, words in one.vocabulary_genres.items():
            table[genre] = (*table.get(genre, ()), *words)
    return table


@lru_cache(maxsize=1)
def genre_aliases() -> dict[str, str]:
    """More spellings of the vocabulary's genres and the words of the narrower genres, of any
    language -> genre."""
    return _merged("genre_aliases")


@lru_cache(maxsize=1)
def genre_adjectives() -> dict[str, str]:
    """Adjectives of a genre that name it only beside the word for film or another genre
    word, of any language -> genre."""
    return _merged("genre_adjectives")


def _merged(kind: str) -> dict[str, str]:
    """One word table of every language (a dict field of :class:`Language`), the first
    language's value where two differ."""
    table: dict[str, str] = {}
    for lang in languages():
        for word, value in getattr(lang, kind).items():
            table.setdefault(word, value)
    return table


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Country names of any language that CLDR does not list -> ISO code."""
    return _merged("country_names")


@lru_cache(maxsize=1)
def language_names() -> dict[str, str]:
    """Names of spoken languages of any language that CLDR does not list -> English name."""
    return _merged("language_names")


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Short codes of countries that fact lines write before a year, of any language -> ISO
    code."""
    return _merged("country_codes")


@lru_cache(maxsize=1)
def nationalities() -> dict[str, str]:
    """Nationality adjectives of any language -> ISO code."""
    return _merged("nationalities")


@lru_cache(maxsize=1)
@cldr_table
def period_words() -> frozenset[str]:
    """The words for a day, a week, a month and a year of every language with a module, from
    CLDR (``babel``'s duration units, each plural form: "semaine", "semaines", "Woche",
    "tygodnia"), folded, of three letters or more; a phrase's words of time ("Film de la
    semaine")."""
    words: set[str] = set()
    for locale in _cldr_locales():
        units = locale._data["unit_patterns"]
        for unit in ("day", "week", "month", "year"):
            forms = units.get(f"duration-{unit}", {}).get("long", {})
            for form, pattern in forms.items():
                word = pattern.replace("{0}", "").strip().casefold()
                if form != "per" and len(word) >= 3 and not any(c.isspace() for c in word):
                    words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1)
@cldr_table
def weekdays() -> tuple[str, ...]:
    """Weekday names of every language with a module, from CLDR (``babel``): the full names,
    and abbreviations of four letters or more without their dots (English ones of three:
    "Sat, Nov 5"; other languages' three-letter ones are everyday words elsewhere: "man",
    "sex", "dom"); longest first."""
    from babel.dates import get_day_names

    words: dict[str, None] = {}
    for locale in _cldr_locales():
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for name in get_day_names(width, context, locale).values():
                    name = name.strip(".").casefold()
                    if width == "wide" or len(name) >= (3 if locale.language == "en" else 4):
                        words[name] = None
    return tuple(sorted(words, key=len, reverse=True))
