"""The label words of film pages, by field, in many languages.

A page labels its credits "Director:", "Regie |", "監督:", "REALIZADOR:", "Directed by" or
"Режија / Director:". :data:`LABELS` maps every field to the words that introduce it (the
union of the language modules of :mod:`indexer.lang`);
:func:`field_of` looks a label up (accent-, case- and punctuation-insensitive). Fields named
``ignore`` are real labels whose values the extractor does not keep (they still end the value
of the label before them), ``release`` is a release date (a fallback for the year) and
``press`` opens a block of critics' quotes.

A word two languages write for different fields ("distributie": the cast in Romanian, the
distribution in Dutch) is read with the meaning of the page's language when the page says
which (:func:`page_readings`, set by :mod:`.labellang`), else with that of the first
language of :data:`indexer.lang.CODES` that writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from indexer import lang, recache
from indexer.extract.pages.scripts import unmixed
from indexer.normalize import key
from indexer.records import ROLES
from indexer.wordre import alternation


def _labels() -> dict[str, tuple[str, ...]]:
    return lang.labels()


#: Field -> label words of every language module (see :mod:`indexer.lang`).
LABELS: dict[str, tuple[str, ...]] = _labels()

#: Labels read as "<label> <value>" without a colon when the value is a short name list.
SPACE_LABELS = frozenset(
    key(word)
    for word in (
        "directed by",
        "dir",
        "written by",
        "screenplay by",
        "produced by",
        "music by",
        "edited by",
        "cinematography by",
        "film editing by",
        "production design by",
        "starring",
        "director",
        "directors",
        "cast",
        "writer",
        "producer",
        "監督",
        "감독",
        "导演",
        "導演",
        "出演",
        "regie",
        "regia",
        "réalisation",
        "dirección",
        "realizador",
        "yönetmen",
        "σκηνοθεσία",
        "with",
        "featuring",
        "story by",
    )
)

#: Fields whose value may run over several lines without trailing commas.
MULTILINE_FIELDS = frozenset({"awards", "ignore", "synopsis", "companies", "producers"})
#: Fields holding people's names.
PEOPLE_FIELDS = frozenset({"directors", "writers", "cast", *ROLES})
#: The credits whose label marks a short line, or a block of short lines, as a film's own
#: facts ("Regie: …, Denemarken, 116 MIN"; "South Africa" / "Director:").
CREDIT_FIELDS = frozenset({"directors", "writers", "cast", "producers"})


@lru_cache(maxsize=1)
def owners() -> dict[str, dict[str, tuple[str, ...]]]:
    """Label key -> field -> the languages (in :data:`indexer.lang.CODES` order) whose label
    of that field it is."""
    found: dict[str, dict[str, dict[str, None]]] = {}
    for language in lang.languages():
        for field, words in language.labels.items():
            for word in words:
                found.setdefault(key(word), {}).setdefault(field, {})[language.code] = None
    return {k: {f: tuple(codes) for f, codes in fields.items()} for k, fields in found.items()}


@lru_cache(maxsize=1)
def ambiguous() -> dict[str, dict[str, tuple[str, ...]]]:
    """The label keys that two languages write for different fields ("distributie": the cast
    in Romanian, the distribution in Dutch), with the languages of each field."""
    table = owners()
    return {
        k: fields
        for k, fields in table.items()
        if len(fields) > 1 and len({c for codes in fields.values() for c in codes}) > 1
    }


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    """Label key -> field: a word several languages write for different fields takes the
    field of the first language (in :data:`indexer.lang.CODES` order) that writes it."""
    table: dict[str, str] = {}
    for field, words in LABELS.items():
        for word in words:
            table.setdefault(key(word), field)
    for k, fields in ambiguous().items():
        codes = {code: field for field, listed in fields.items() for code in listed}
        first = min(codes, key=lang.CODES.index)
        table[k] = codes[first]
    return table


#: the readings of the current page's ambiguous label words that differ from :func:`_table`'s,
#: as sorted (key, field) pairs: set for the length of one page's reading by
#: :func:`page_readings`
_READINGS: ContextVar[tuple[tuple[str, str], ...]] = ContextVar("label_readings", default=())


@contextmanager
def page_readings(readings: Mapping[str, str]) -> Iterator[None]:
    """Read the labels of one page with ``readings`` (label key -> field) for its ambiguous
    label words (see :mod:`.labellang`)."""
    table = _table()
    own = tuple(sorted((k, f) for k, f in readings.items() if table.get(k, f) != f))
    token = _READINGS.set(own)
    try:
        yield
    finally:
        _READINGS.reset(token)


def field_of(label: str) -> tuple[str, ...]:
    """The fields a label names (``()`` if unknown); bilingual or combined labels such as
    "Режија / Director" or "director/writer" name each part. A word that two languages
    write for different fields is read in the current page's language (:func:`page_readings`)."""
    return _field_of(label, _READINGS.get())


@lru_cache(maxsize=64)
def _page_table(readings: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """:func:`_table` with one page's ``readings`` of its ambiguous label words."""
    return {**_table(), **dict(readings)} if readings else _table()


@lru_cache(maxsize=1 << 14)  # the line readers ask about the same words again
def _field_of(label: str, readings: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    table = _page_table(readings)
    k = key(label)
    if not k or len(k) > 60:
        return ()
    if k in table:
        return (table[k],)
    for unmixed_label in unmixed(label):  # "Rежија": a Latin letter in a Cyrillic word
        if key(unmixed_label) in table:
            return (table[key(unmixed_label)],)
    bare = _without_article(k)
    if bare in table:  # "السيناريو": the label with its article
        return (table[bare],)
    plain = _INFLECTION.sub("", label)  # "Réalisateur(s)", "Regisseur(in)"
    if plain != label:
        return _field_of(plain, readings)
    # "Regie & Drehbuch", "Σκηνοθεσία-σενάριο", "Scénario et réalisation"
    joined = _joined(label, table)
    if joined:
        return joined
    letters = label.strip(" :：").split()
    if len(letters) >= 2 and all(len(x) == 1 for x in letters) and key("".join(letters)) in table:
        return (table[key("".join(letters))],)  # spaced out for alignment: "감 독", "출 연"
    raw = label.strip(" :：").replace("|", "/").split("/")
    parts = [key(part) for part in raw]
    # bilingual labels: every part known, or the Latin part known beside a translation (no
    # value and the next label: "制片国家/地区: 中国大陆 导演: 冯凯" names no field)
    known = [part for part in parts if part in table]
    unknown = [part for part in parts if part not in table]
    if len(parts) < 2 or not known or any(re.search(r"[a-z]", part) for part in unknown):
        return ()
    if any(re.search(r"[:：]\s*\S", part) for part in raw):
        return ()
    parts = known
    return tuple(dict.fromkeys(table[part] for part in parts))


def _without_article(k: str) -> str:
    """A one-word label key without the definite article its language writes as a prefix."""
    for prefix in lang.cues("article_prefixes"):
        if k.startswith(prefix) and len(k) > len(prefix) + 2 and " " not in k:
            return k[len(prefix) :]
    return k


#: a plural or gender ending in parentheses: "Réalisateur(s)", "Acteur(rice)s", "Regisseur(in)"
_INFLECTION = re.compile(r"(?<=\w)\((?:s|e|es|in|innen|a|as|os|rice|trice|ka|ki)\)(?:s\b)?")


def _joined(label: str, table: dict[str, str]) -> tuple[str, ...]:
    """The fields of a label that joins known labels with "&", "+", ",", a hyphen or the word
    for "and" of any language; () unless every part is a known label."""
    parts = [key(p) for p in _joiners().split(label.strip(" :：")) if p.strip()]
    if len(parts) >= 2 and not all(p in table for p in parts) and " " in parts[-1]:
        # "Written & Directed by": the last part's last word ("by") goes with every part
        shared = parts[-1].rsplit(" ", 1)[1]
        parts = [p if p in table else f"{p} {shared}" for p in parts]
    if len(parts) < 2 or not all(p in table for p in parts):
        return ()
    return tuple(dict.fromkeys(table[p] for p in parts))


@lru_cache(maxsize=1)
def _joiners() -> re.Pattern[str]:
    words = alternation(lang.cues("conjunctions"))  # a tree: the same matches, faster
    # "監督・脚本": Japanese joins roles with the middle dot
    return recache.compile(rf"\s*(?:[&+,・]|(?<=\w)-(?=\w)|\s(?:{words})\s)\s*", re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def is_label_word(word: str) -> bool:
    """True when ``word`` is a label of some field in some language ("लेखक", "Cast")."""
    return key(word) in _table()


def labels_by_length() -> list[tuple[str, str]]:
    """(label key, field) pairs, longest first, for finding a label glued to its value."""
    return sorted(_table().items(), key=lambda item: -len(item[0]))
