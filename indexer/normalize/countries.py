"""Country names of any language -> one English name: CLDR's territory names (through
``babel``) in the locale of every language module that reads them, the language modules' own
names and short codes, ISO codes, and the countries within a state ("Wales")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from indexer import lang, vowelsigns
from indexer.diskcache import cldr_table
from indexer.normalize.folding import dedupe, key

#: CLDR locales whose country names are read: one per language module (:mod:`indexer.lang`)
#: that reads them (``cldr_countries``), plus the written variants CLDR keeps apart.
_COUNTRY_LOCALES = [
    *(one.code for one in lang.languages() if one.cldr_countries),
    "nb",
    "nn",
    "zh_Hant",
]

#: Short English names for facets where CLDR's are long or formal.
_ENGLISH_OVERRIDES = {
    "HK": "Hong Kong",
    "MO": "Macao",
    "MK": "North Macedonia",
    "CZ": "Czech Republic",
    "PS": "Palestine",
    "BA": "Bosnia and Herzegovina",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "TR": "Turkey",  # CLDR's English now says "Türkiye"; the catalogues and pages say Turkey
}

_HISTORIC = {"SU": "Soviet Union", "CS": "Czechoslovakia", "YU": "Yugoslavia"}
#: Countries within a state, by their ISO 3166-2 codes ("Cymru", "Schottland"), and the parts
#: a state was divided into ("BRD", "ГДР"): named as such, their state after them (see
#: :func:`with_state`).
_WITHIN = {
    "GB-ENG": "England",
    "GB-SCT": "Scotland",
    "GB-WLS": "Wales",
    "GB-NIR": "Northern Ireland",
    # the two states Germany was divided into, as the catalogues of their films name them
    "DE-W": "West Germany",
    "DE-E": "East Germany",
}
_WITHIN_CODES = {name: code for code, name in _WITHIN.items()}
#: CLDR names that are everyday words of another language ("samo" is Samoa in Irish and
#: "only" in Bosnian, "pole" Poland in Afrikaans), or a common first name ("Sead").
_NOT_COUNTRIES = frozenset({"samo", "pole", "sead", "toga"})
_NO_TERRITORY = ("ZZ", "EU", "UN", "EZ", "QO")


@lru_cache(maxsize=1)
@cldr_table
def _territory_names() -> tuple[dict[str, str], ...]:
    """Per CLDR locale of :data:`_COUNTRY_LOCALES`, folded territory name -> ISO code."""
    from babel import Locale

    tables = []
    for locale_name in _COUNTRY_LOCALES:
        try:
            territories = Locale.parse(locale_name).territories
        except (ValueError, LookupError):  # pragma: no cover - depends on babel's data
            continue
        tables.append(
            {
                key(name): code
                for code, name in list(territories.items())[::-1]  # the first of a name wins
                if code.isalpha() and len(code) == 2 and code not in _NO_TERRITORY
            }
        )
    return tuple(tables)


@lru_cache(maxsize=1)
def _country_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for names in _territory_names():
        for name, code in names.items():
            table.setdefault(name, code)
    for code in list(set(table.values())):
        table.setdefault(key(code), code)
    # the English names the facets write are names a page writes too ("Czech Republic",
    # "Macao", where CLDR's English now says "Czechia", "Macao SAR China")
    for code, name in {**_ENGLISH_OVERRIDES, **_HISTORIC, **_WITHIN}.items():
        table.setdefault(key(name), code)
    table.update({key(k): v for k, v in lang.country_names().items()})
    return {name: code for name, code in table.items() if name not in _NOT_COUNTRIES}


@lru_cache(maxsize=1)
def _english_names() -> dict[str, str]:
    from babel import Locale

    names = dict(Locale.parse("en").territories)
    names.update(_ENGLISH_OVERRIDES)
    names.update(_HISTORIC)
    names.update(_WITHIN)
    return names


@lru_cache(maxsize=1 << 14)  # the fact readers ask about the same words over and over
def country_code(name: str) -> str | None:
    """ISO 3166 code (or a historic code such as "SU") for a country named in any language,
    by its ISO three-letter code in capitals ("BRA"), or with its first word cut to an
    initial ("S Korea", "S. Africa")."""
    k = key(name)
    if not k:
        return None
    code = _country_table().get(k)
    if code is None and vowelsigns.signed(k):
        code = _signed_bare().get(vowelsigns.bare(k))
    if code is None and k.startswith("the "):
        code = _country_table().get(k[4:])
    if code is None and len(name) == 3 and name.isupper() and name.isalpha():
        code = _alpha3().get(name)
    if code is None and name[:1].isupper() and _INITIAL.match(name):
        code = _initialled().get(k)
    if code is not None and k == code.lower() and not _iso_shaped(name.strip()):
        # an ISO code is written in capitals: "la", "so", "it" are words; and in Latin
        # letters without marks: "ČR" (Česká republika) is no "CR" (Costa Rica)
        return None
    return code


def _iso_shaped(name: str) -> bool:
    """Whether ``name`` is written as an ISO code is: capitals of the plain Latin alphabet."""
    return name.isupper() and name.isascii()


@lru_cache(maxsize=1)
@cldr_table
def _signed_bare() -> dict[str, str]:
    """The names of :func:`_country_table` written with vowel signs, less the signs they end
    with ("বাংলাদেশ", "இந்திய"): a word that ends in a case's sign names the country too
    ("বাংলাদেশে", in Bangladesh)."""
    found: dict[str, str | None] = {}
    for name, code in _country_table().items():
        if vowelsigns.signed(name):
            stem = vowelsigns.bare(name)
            found[stem] = code if found.get(stem, code) == code else None
    return {stem: code for stem, code in found.items() if code}


def _signs_agree(word: str, code: str) -> bool:
    """False for a word written with vowel signs that begins with none of the country's names
    written so: a nationality read from a shared stem ("বাংলা", Bengali, is no "বাংলাদেশ"):
    :mod:`indexer.vowelsigns`."""
    if not vowelsigns.signed(word):
        return True  # as :func:`indexer.vowelsigns.agrees` says, without building the table
    return vowelsigns.agrees(word, _signed_names().get(code, ()))


@lru_cache(maxsize=1)
@cldr_table
def _signed_names() -> dict[str, tuple[str, ...]]:
    """Per country code, its names and nationalities written with vowel signs, as
    :func:`indexer.vowelsigns.heads` keeps them."""
    from babel import Locale

    names: dict[str, list[str]] = {}
    for locale_name in _COUNTRY_LOCALES:
        try:
            territories = Locale.parse(locale_name).territories
        except (ValueError, LookupError):  # pragma: no cover - depends on babel's data
            continue
        for code, name in territories.items():
            names.setdefault(code, []).append(name)
    for table in (lang.country_names(), lang.nationalities()):
        for name, code in table.items():
            names.setdefault(code, []).append(name)
    signed = {code: vowelsigns.heads(found) for code, found in names.items()}
    return {code: found for code, found in signed.items() if found}


_INITIAL = re.compile(r"[^\W\d_]\.? ")

#: Three-letter codes that are everyday words in capitals ("AND", "CAN", "PAN", "SEN"): not
#: read as codes.
_WORD_CODES = frozenset(
    {"AND", "CAN", "ARE", "PER", "MAR", "COL", "DOM", "BEN", "PAN", "GUY", "JAM", "SEN", "SOM",
     "TON", "LIE", "NAM", "COM", "MAC", "FIN", "SUR", "CUB", "CHE", "GIN", "MLI", "TUN", "PRY",
     "ITA", "ISR", "GAB", "MDA"}
)  # fmt: skip


@lru_cache(maxsize=1)
@cldr_table
def _alpha3() -> dict[str, str]:
    """ISO 3166 three-letter codes -> two-letter ones, from CLDR's territory aliases."""
    from babel.core import get_global

    aliases = get_global("territory_aliases")
    return {
        alias: codes[0]
        for alias, codes in aliases.items()
        if len(alias) == 3 and alias.isalpha() and len(codes) == 1 and len(codes[0]) == 2
        if alias not in _WORD_CODES
    }


@lru_cache(maxsize=1)
def _initialled() -> dict[str, str]:
    """Names of two or more words with the first cut to its initial, in the language that
    writes it so ("s korea" -> KR, "ю корея" -> KR); the first language wins where two
    read one short form differently ("s korea" in Czech would be "severní korea")."""
    found: dict[str, str] = {}
    aliases = {key(name): code for name, code in lang.country_names().items()}
    for names in (aliases, *_territory_names()):
        mine: dict[str, str | None] = {}
        for name, code in names.items():
            words = name.split()
            if len(words) >= 2 and len(words[0]) >= 2 and len(code.split("-")[0]) == 2:
                short = f"{words[0][0]} {' '.join(words[1:])}"
                mine[short] = code if mine.get(short, code) == code else None
        for short, agreed in mine.items():
            if agreed:
                found.setdefault(short, agreed)
    return found


def country_name(name: str) -> str | None:
    """One English name for a country written in any language ("Francia" -> "France",
    "Γαλλία" -> "France", "UK" -> "United Kingdom"); None if it is not a country."""
    code = country_code(name)
    if code is None:
        return None
    return _english_names().get(code, name)


def with_state(names: Iterable[str]) -> list[str]:
    """English country names with the state after each country within one ("Wales" ->
    "Wales", "United Kingdom"): a film of Wales is a British film too."""
    found: list[str] = []
    for name in names:
        found.append(name)
        code = _WITHIN_CODES.get(name)
        if code:
            found.append(_english_names()[code.split("-")[0]])
    return dedupe(found)


def split_countries(value: str) -> list[str]:
    """Split a country list as written ("Ireland, UK, Greece", "France / Belgium")."""
    pieces = re.split(r"(\s*(?:[,;/、，|•·]|\s+(?:and|y|et|und|e|και|и)\s+|\s&\s|\s-\s)\s*)", value)
    return dedupe(p.strip(" .") for p in join_country_names(pieces))


def join_country_names(pieces: list[str]) -> list[str]:
    """The parts of a list split with its separators kept (``re.split`` with a group: part,
    separator, part, …), a part and the next joined again where they name one country with
    the separator between ("Bosnia and Herzegovina", "Босна и Херцеговина", "Trinidad y
    Tobago"): the word for "and" inside a country's name parts nothing."""
    parts = pieces[::2]
    separators = pieces[1::2]
    joined: list[str] = []
    i = 0
    while i < len(parts):
        part = parts[i]
        if i + 1 < len(parts):
            both = f"{part}{separators[i]}{parts[i + 1]}".strip(" .")
            words = both.split()
            # the name may end a part of other words ("… partners from Bosnia and Herzegovina")
            tail = next(
                (" ".join(words[-n:]) for n in range(min(len(words), 5), 2, -1)
                 if country_name(" ".join(words[-n:]))),
                "",
            )  # fmt: skip
            if tail and not country_name(parts[i + 1].strip(" .")):
                joined.append(both)
                i += 2
                continue
        joined.append(part)
        i += 1
    return joined


def normalize_countries(values: Iterable[str]) -> tuple[list[str], list[str]]:
    """(English names, names as written) for ``values``; unknown names are dropped from the
    first list but kept in the second."""
    english: list[str] = []
    written: list[str] = []
    for raw in values:
        for part in split_countries(raw) if any(c in raw for c in ",;/、，|") else [raw.strip()]:
            if not part:
                continue
            written.append(part)
            name = country_name(part)
            if name:
                english.append(name)
    return with_state(english), dedupe(written)
