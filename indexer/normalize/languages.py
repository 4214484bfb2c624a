"""Spoken languages named in any language -> one English name ("mandarín" -> "Mandarin",
"Französisch" -> "French"): CLDR's language names (through ``babel``) and the names the
language modules add (``language_names``: "Mandarin", "Farsi")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from indexer import lang
from indexer.diskcache import cldr_table
from indexer.normalize.folding import dedupe, key

_LANGUAGE_LOCALES = (
    "en",
    "es",
    "fr",
    "de",
    "it",
    "pt",
    "tr",
    "el",
    "ru",
    "zh",
    "ja",
    "ko",
    "pl",
    "nl",
)


@lru_cache(maxsize=1)
@cldr_table
def _language_table() -> dict[str, str]:
    from babel import Locale

    english = Locale.parse("en").languages
    table: dict[str, str] = {}
    for locale_name in _LANGUAGE_LOCALES:
        for code, name in Locale.parse(locale_name).languages.items():
            if "_" not in code and code in english:
                table.setdefault(key(name), english[code])
    table.update({key(k): v for k, v in lang.language_names().items()})
    return table


def is_language_name(name: str) -> bool:
    """True when ``name`` is exactly a language's name in one of the CLDR locales."""
    return key(name) in _language_table()


def language_name(name: str) -> str | None:
    """One English name for a spoken language written in any language ("mandarín" ->
    "Mandarin", "Französisch" -> "French", "English with subtitles" -> "English")."""
    k = key(name)
    table = _language_table()
    if k in table:
        return table[k]
    words = k.split()
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            hit = table.get(" ".join(words[i : i + size]))
            if hit:
                return hit
    return None


def normalize_languages(values: Iterable[str]) -> list[str]:
    """English names of the languages in ``values`` (a list or "English, French")."""
    out: list[str] = []
    for raw in values:
        for part in re.split(r"\s*(?:[,;/、，|]|\s+(?:and|y|et|und|e|και)\s+)\s*", raw):
            name = language_name(part) if part.strip() else None
            if name:
                out.append(name)
    return dedupe(out)
