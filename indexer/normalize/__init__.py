"""Normalisation of the values that facets and merging rely on.

Pure functions, no I/O, one module a kind of value, every public name importable from here:

- :mod:`.folding`: accent/case folding and matching keys, people's names;
- :mod:`.runtimes`: years and runtimes ("133΄", "2h02", "1 hr 33 min", "01:24:00", "95 MINUTOS");
- :mod:`.countries`: country names (any CLDR language -> one English name);
- :mod:`.genres`: genres (many languages and platform wordings -> a small English vocabulary,
  platform tags kept apart);
- :mod:`.languages`: spoken languages' names;
- :mod:`.nationalities` and :mod:`.languageadjectives`: nationality adjectives -> countries;
- :mod:`.namewords`: whether a text may name a country or a genre at all.

The words they read are the language modules' (:mod:`indexer.lang`); names of countries and
languages come from CLDR (``babel``).
"""

from __future__ import annotations

# the private names imported as themselves are the ones the tests reach (the CLDR tables'
# cache, the genre table's lookups)
from indexer.normalize.countries import _territory_names as _territory_names
from indexer.normalize.countries import (
    country_code,
    country_name,
    join_country_names,
    normalize_countries,
    split_countries,
    with_state,
)
from indexer.normalize.folding import _FOLD_EXTRA as _FOLD_EXTRA
from indexer.normalize.folding import (
    TranslateCache,
    clean_name,
    dedupe,
    fold,
    key,
    plain_key,
    split_names,
)
from indexer.normalize.genres import (
    EVERYDAY_GENRES,
    GENRE_ADJECTIVES,
    GENRE_ALIASES,
    GENRE_EVERYDAY_WORDS,
    GENRES,
    NARROW_ONLY,
    PLATFORM_TAGS,
    SUBGENRES,
    UNSTEMMED_GENRE_WORDS,
    genre_first_words,
    genre_names,
    genre_words,
    normalize_genres,
    widen,
)
from indexer.normalize.genres import _genre_cover as _genre_cover
from indexer.normalize.genres import _genre_names as _genre_names
from indexer.normalize.genres import _genre_table as _genre_table
from indexer.normalize.languageadjectives import (
    language_nationality,
)
from indexer.normalize.languages import _language_table as _language_table
from indexer.normalize.languages import (
    is_language_name,
    language_name,
    normalize_languages,
)
from indexer.normalize.namewords import (
    may_name_country,
    may_name_genre,
)
from indexer.normalize.nationalities import (
    inflected_name_code,
    nationality_country,
)
from indexer.normalize.runtimes import (
    cjk_number,
    cjk_numerals,
    hours_minutes_signs,
    parse_runtime,
    parse_year,
    plain_digits,
    runtime_units,
)

__all__ = [
    "EVERYDAY_GENRES",
    "GENRES",
    "GENRE_ADJECTIVES",
    "GENRE_ALIASES",
    "GENRE_EVERYDAY_WORDS",
    "NARROW_ONLY",
    "PLATFORM_TAGS",
    "SUBGENRES",
    "UNSTEMMED_GENRE_WORDS",
    "TranslateCache",
    "cjk_number",
    "cjk_numerals",
    "clean_name",
    "country_code",
    "country_name",
    "dedupe",
    "fold",
    "genre_first_words",
    "genre_names",
    "genre_words",
    "hours_minutes_signs",
    "inflected_name_code",
    "is_language_name",
    "join_country_names",
    "key",
    "language_name",
    "language_nationality",
    "may_name_country",
    "may_name_genre",
    "nationality_country",
    "normalize_countries",
    "normalize_genres",
    "normalize_languages",
    "parse_runtime",
    "parse_year",
    "plain_digits",
    "plain_key",
    "runtime_units",
    "split_countries",
    "split_names",
    "widen",
    "with_state",
]
