"""Nationalities written as a language's name is: "ruso", "russe", "русская" (the language's
name in the locales whose language names are adjectives too) and the name a language gives
itself ("svensk", "magyar", "íslenskri")."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from indexer import lang
from indexer.diskcache import cldr_table
from indexer.normalize.countries import _english_names
from indexer.normalize.folding import key
from indexer.normalize.genres import GENRE_ALIASES

#: the country a language's name stands for as a nationality where CLDR's likely country of
#: the language is not it: English is Britain's, Portuguese Portugal's; Arabic and Swahili are
#: no one country's, nor are the languages of :data:`_NO_NATION_LANGUAGES`
#: languages of a people or a region within a state, whose names name no nationality
#: ("Tatar", "Kurdish", "Breton", "Yiddish", "Esperanto"; Dutch "Fries" is also the fries)
_NO_NATION_LANGUAGES = (
    "tt", "ku", "ckb", "ps", "sd", "or", "as", "bo", "ug", "jv", "su", "ceb", "ha", "yo", "ig",
    "zu", "xh", "ti", "om", "mi", "fy", "oc", "br", "gd", "eo", "yi", "pap",
)  # fmt: skip
_LANGUAGE_HOMES: dict[str, str | None] = {
    "en": "GB",
    "pt": "PT",
    "ar": None,
    "sw": None,
    **dict.fromkeys(_NO_NATION_LANGUAGES, None),
}


#: CLDR locales whose language names are their nationality adjectives too ("ruso", "russe",
#: "russisch", "русский"; Turkish "Rusça" is the language only, "Rus" the nationality)
_ADJECTIVE_LOCALES = ("en", "es", "fr", "de", "it", "pt", "ru", "pl", "nl")


@lru_cache(maxsize=1)
@cldr_table
def _language_homes() -> dict[str, str]:
    """The names of the language modules' languages in :data:`_ADJECTIVE_LOCALES`, as keys
    ("ruso", "russe", "turco", "русский") -> the ISO code of the language's country."""
    from babel import Locale
    from babel.core import get_global

    likely = get_global("likely_subtags")
    homes = {
        code: _LANGUAGE_HOMES.get(code, likely.get(code, "").rsplit("_", 1)[-1])
        for code in lang.CODES
    }
    table: dict[str, str] = {}
    for locale in _ADJECTIVE_LOCALES:
        names = Locale.parse(locale).languages
        for code, home in homes.items():
            name = key(names.get(code) or "")
            # a short name ends with a vowel as an adjective does ("ruso", "thai"; "fins" is
            # also Portuguese for "ends")
            if (
                home
                and " " not in name
                and (len(name) >= 5 or (len(name) == 4 and name[-1] in "aeiou"))
            ):
                table.setdefault(name, home)
    return table


@lru_cache(maxsize=1)
def _language_home_heads() -> dict[str, tuple[tuple[str, str], ...]]:
    """The stems of :func:`_language_homes`'s names of five letters or more (less a final
    vowel: "русск", "suédois"), by their first five letters."""
    heads: dict[str, list[tuple[str, str]]] = {}
    for name, code in _language_homes().items():
        stem = _FINAL_VOWEL.sub("", name)
        if len(stem) >= 5 and not _genre_prefix(stem):
            heads.setdefault(stem[:5], []).append((stem, code))
    return {head: tuple(stems) for head, stems in heads.items()}


#: the letters an adjective's ending adds to its stem ("rus|os", "suédois|e", "czesk|ich",
#: "russisch|er", "русск|ая"); "finest" is no "finés" nor "cines" "cinese": at least one
_ADJECTIVE_ENDING = re.compile(r"(?:[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüąęěėįų]|ch|[snrmjh]|[а-яё])+")


@lru_cache(maxsize=8192)
def language_nationality(word: str) -> str | None:
    """English country name for a nationality written in lower case as its language's name is,
    in any language module's words ("ruso", "rusa", "russe", "suédoise", "turca", "русская"):
    the name itself, with another final vowel or a plural's "s", or its stem of five letters
    or more with at most three letters more. None for a word with a capital ("Francesca" is
    no "francés")."""
    if not word[:1].islower():
        return None
    k = key(word)
    table = _language_homes()
    forms = [k, k[:-1]] if k.endswith("s") else [k]
    code = next((table[f] for f in forms if f in table), None)
    if code is None and len(k) >= 4 and k[-1] in "aeo":
        code = next((table[k[:-1] + v] for v in "aeo" if k[:-1] + v in table), None)
    if code is None:
        for stem, found in _language_home_heads().get(k[:5], ()):
            rest = k[len(stem) :]
            if k.startswith(stem) and len(rest) <= 3 and _ADJECTIVE_ENDING.fullmatch(rest):
                code = found
                break
    return _english_names().get(code) if code else None


def _own_language_code(k: str) -> str | None:
    """The country of an adjective that begins with the name a language gives itself
    ("svensk", "danske", "norsk", "magyar", "íslenskri"), at most three letters more."""
    for stem, code in _own_language_heads().get(k[:5], ()):
        if k.startswith(stem) and len(k) - len(stem) <= 3:
            return code
    return None


@lru_cache(maxsize=1)
def _own_language_heads() -> dict[str, tuple[tuple[str, str], ...]]:
    """:func:`_own_language_stems` by their first five letters, in order: every stem has five
    or more, so only the stems of a word's own first five can begin it."""
    heads: dict[str, list[tuple[str, str]]] = {}
    for stem, code in _own_language_stems().items():
        heads.setdefault(stem[:5], []).append((stem, code))
    return {head: tuple(stems) for head, stems in heads.items()}


@lru_cache(maxsize=1)
@cldr_table
def _own_language_stems() -> dict[str, str]:
    """The name each language module's language gives itself in CLDR, less a final vowel
    ("svenska" -> "svensk"), -> the country where most people speak it, for languages spoken
    by most people of one or two countries only (not English, Spanish, French, Arabic…).
    Names of two words, stems under five letters, and stems a genre word begins with
    ("română" -> "roman", as in "romance") are left out."""
    from babel.core import get_global

    likely, spoken = get_global("likely_subtags"), get_global("territory_languages")
    stems: dict[str, str] = {}
    for language in lang.languages():
        code = language.code
        where = [
            t for t, info in spoken.items() if info.get(code, {}).get("population_percent", 0) >= 50
        ]
        country = likely.get(code, "").rsplit("_", 1)[-1]
        if len(where) > 2 or country not in where:
            continue
        for own in _own_names(code):
            words = key(own).split()  # "tiếng Việt", "o‘zbek": a first word that is no name
            stem = _FINAL_VOWEL.sub("", words[0]) if len(words) == 1 else ""
            if len(stem) >= 5 and not _genre_prefix(stem):
                stems[stem] = country
    return stems


#: a final vowel of a language's name, in the Latin or the Cyrillic script ("srpski",
#: "македонски" -> "македонск", which "македонско-косовската" begins with)
_FINAL_VOWEL = re.compile(r"[aeiouyаеиоуыэюяіє]$")


def _own_names(code: str) -> list[str]:
    """The names a language gives itself in CLDR: in its own script, and in the Latin script
    where CLDR writes the language in it too ("српски", "srpski")."""
    from babel import Locale
    from babel.core import UnknownLocaleError

    names = [Locale.parse(code).get_display_name(code) or ""]
    try:
        latin = Locale.parse(f"{code}_Latn")
    except (UnknownLocaleError, ValueError):
        return names
    names.append(latin.languages.get(code, ""))
    return [name for name in names if name]


def _genre_prefix(stem: str) -> bool:
    words = _genre_keys()  # sorted: the first word not before ``stem`` is the one it may begin
    at = bisect.bisect_left(words, stem)
    return at < len(words) and words[at].startswith(stem)


@lru_cache(maxsize=1)
def _genre_keys() -> tuple[str, ...]:
    return tuple(sorted({key(word) for word in (*GENRE_ALIASES, *lang.genres())}))
