"""What a visitor types, parsed once into a neutral query: pure functions, no Whoosh.

The query language: words (all must match, in any searched field), ``"exact phrases"``,
``-word`` or ``NOT word`` (an exclusion only at the start of a word), ``OR``, prefixes
``kuro*`` (three letters or more, titles and names only), field prefixes (``cast:``,
``title:``) and filters (``director:kurosawa``, ``genre:drama``, ``country:japan``,
``year:1990..1999``, ``year:1994``, ``decade:1990s``, ``critic:``, ``outlet:``). A colon,
hyphen, ampersand, apostrophe, dot, comma or question mark anywhere else is text: the words
are cut as the index cuts them, so ``Spider-Man`` is ``spider man`` and ``E.T.`` is ``et``.
Nothing here raises on user input.

Besides syntax, the parser recognises the common shapes of natural queries: filler (``movies
with``, ``directed by``, ``a film about``) is dropped, and an era (``1980s``, ``80s``) or a
year (``1994``) matches either the word or the film's year. People are recognised later,
against the index (:mod:`webapp.search.people`); spelling is corrected against the index too
(:mod:`webapp.search.spelling`). Everything downstream (matching, ranking, highlighting and
the "what we understood" line) reads the :class:`Parsed` object made here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from whoosh.analysis import Analyzer

from indexer import analysis, schema

MAX_CHARS = 1000
MAX_WORD = 64
#: words of a query that take part in matching (the rest of a very long paste is ignored)
MAX_TERMS = 48
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TOKEN = re.compile(r'(?<!\S)(-)?(?:([A-Za-z]+):)?[“”"]([^“”"]*)[“”"]?|(\S+)')
_FIELD = re.compile(r"^([A-Za-z]+):(.*)$", re.S)
_YEAR_RANGE = re.compile(r"^(\d{4})?(?:\.\.|-)(\d{4})?$")
_DECADE = re.compile(r"^'?(\d{2}|1[89]\d0|20\d0)'?s$")
_YEAR = re.compile(r"^(1[89]\d\d|20[0-4]\d)$")

#: typed filter names -> facet names
FILTERS = {
    "genre": "genre",
    "country": "country",
    "decade": "decade",
    "language": "language",
    "lang": "language",
    "year": "year",
    "outlet": "outlet",
    "critic": "critic",
    "director": "director",
    "directors": "director",
    "dir": "director",
}
#: field prefixes a visitor may type -> index fields
FIELDS = {
    **dict.fromkeys(("title", "titles"), schema.TITLE),
    **dict.fromkeys(
        ("people", "person", "name", "cast", "actor", "actors", "with", "starring"), schema.PEOPLE
    ),
}
#: word sequences that say what kind of thing is wanted, not what it contains
FILLER = re.compile(
    r"\b(?:(?:an?|the|some|any)\s+)?(?:good\s+|best\s+|old\s+)?(?:films?|movies?|pictures?)\s+"
    r"(?:(?:directed|made|written)\s+by|with|by|about|starring|featuring|from(?:\s+the)?|"
    r"of(?:\s+the)?|in(?:\s+the)?|set\s+in)\b"
    r"|\b(?:directed|made)\s+by\b|\bstarring\b|\bfeaturing\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Word:
    """One word (folded, unstemmed); ``field`` restricts it, ``prefix`` makes it ``word*``."""

    text: str
    field: str | None = None
    prefix: bool = False


@dataclass(frozen=True)
class Phrase:
    """Words that must follow each other (in titles, names or texts, or ``field`` only)."""

    words: tuple[str, ...]
    field: str | None = None


@dataclass(frozen=True)
class Years:
    """A film year from ``low`` to ``high`` (an era or year typed as a word)."""

    low: int
    high: int


@dataclass(frozen=True)
class Person:
    """A person recognised in the query: the name as the index writes it, the words it
    replaced, and whether they direct (their films are ranked first)."""

    name: str
    words: tuple[str, ...]
    director: bool = False
    cast: bool = False  # asked for as an actor ("movies with ...")


Term = Word | Phrase | Years | Person
#: alternatives, any of which may match (``a OR b``); a query is a conjunction of clauses
Clause = tuple[Term, ...]


@dataclass(frozen=True)
class Parsed:
    """A parsed query, the one object matching, ranking, highlighting and the page read."""

    text: str
    clauses: tuple[Clause, ...] = ()
    excluded: tuple[Term, ...] = ()
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    year_range: tuple[int | None, int | None] | None = None
    filler: tuple[str, ...] = ()
    corrections: dict[str, str] = field(default_factory=dict)
    literal: bool = False

    @property
    def role(self) -> str | None:
        """The role the filler asks for: ``cast`` ("movies with"), ``director`` ("films by")."""
        said = " ".join(self.filler)
        if re.search(r"\b(with|starring|featuring)\b", said):
            return "cast"
        if re.search(r"\b(directed|made)\s+by\b|\bby\b", said) and "written" not in said:
            return "director"
        return None

    @property
    def empty(self) -> bool:
        """True when the text asks for no words (everything matches, filters aside)."""
        return not self.clauses

    def words(self) -> list[str]:
        """Every word the query looks for, in order (people's names and phrases included)."""
        out: list[str] = []
        for clause in self.clauses:
            for term in clause:
                out.extend(term_words(term))
        return out

    def person(self) -> Person | None:
        """The person recognised in the query, if any."""
        return next((t for c in self.clauses for t in c if isinstance(t, Person)), None)

    def eras(self) -> list[Years]:
        """The eras or year typed in the query ("20s" is two: the 1920s and the 2020s)."""
        return [t for c in self.clauses for t in c if isinstance(t, Years)]

    def corrected_text(self) -> str | None:
        """The query text with corrected words, or None if nothing was corrected."""
        if not self.corrections:
            return None
        out = self.text
        for wrong, right in self.corrections.items():
            out = re.sub(rf"(?<!\w){re.escape(wrong)}(?!\w)", right, out, flags=re.IGNORECASE)
        return out


def term_words(term: Term) -> list[str]:
    """The words of one term (none for a year)."""
    if isinstance(term, Word):
        return [term.text]
    if isinstance(term, Phrase | Person):
        return list(term.words)
    return []


def clean(text: str) -> str:
    """The query without control characters and runs of spaces, words cut at 64 characters and
    the whole at 1,000 characters."""
    text = _CONTROL.sub(" ", text[: MAX_CHARS * 2])
    return " ".join(word[:MAX_WORD] for word in text.split())[:MAX_CHARS]


@lru_cache(maxsize=1)
def _exact() -> Analyzer:
    return analysis.exact_analyzer()


def split_words(text: str) -> list[str]:
    """Folded words as the index cuts them (``Spider-Man`` -> spider, man), without the joined
    forms the index adds at the same place."""
    out: list[tuple[str, int, int]] = []
    for term, start, end in analysis.tokens(_exact(), text):
        if out and start == out[-1][1] and end > out[-1][2]:
            continue
        out.append((term, start, end))
    return [t for t, _, _ in out]


def parse(text: str, *, literal: bool = False) -> Parsed:
    """Parse ``text``; with ``literal`` no filler is dropped and no era is recognised."""
    text = clean(text)
    body = text if literal else FILLER.sub(" ", text)
    filler = () if literal else tuple(m.group(0).lower() for m in FILLER.finditer(text))
    builder = _Builder(literal)
    for match in _TOKEN.finditer(body):
        minus, prefix, quoted, token = match.groups()
        if quoted is None:
            builder.token(token)
            continue
        builder.negate(bool(minus))
        if prefix:  # director:"akira kurosawa", title:"return to dust"
            builder.quoted_field(prefix.lower(), quoted)
        else:
            builder.phrase(quoted, None)
        builder.negate(None)  # an empty phrase or a filter excludes nothing after it
    return Parsed(
        text=text,
        clauses=tuple(builder.clauses[:MAX_TERMS]),
        excluded=tuple(builder.excluded),
        filters={k: tuple(v) for k, v in builder.filters.items()},
        year_range=builder.year_range,
        filler=filler if builder.clauses or builder.filters else (),
        literal=literal,
    )


class _Builder:
    """Accumulates clauses token by token (``OR`` joins the neighbouring clauses)."""

    def __init__(self, literal: bool) -> None:
        self.literal = literal
        self.clauses: list[Clause] = []
        self.excluded: list[Term] = []
        self.filters: dict[str, list[str]] = {}
        self.year_range: tuple[int | None, int | None] | None = None
        self._or = False
        self._not = False

    def token(self, token: str) -> None:
        """Add one whitespace-separated token (a word, an operator, ``field:value``)."""
        if token in ("OR", "|", "||"):
            self._or = bool(self.clauses)
            return
        if token == "NOT":
            self._not = True
            return
        if token == "AND":
            return
        negative = token.startswith("-") and len(token) > 1 and token[1].isalnum()
        if negative:
            self._not, token = True, token[1:]
        found = _FIELD.match(token)
        if found and found.group(2):
            name = found.group(1).lower()
            if name in FILTERS and not self._not:
                self._filter(FILTERS[name], found.group(2).strip('"“”'))
                return
            if name in FIELDS:
                self._words(found.group(2), FIELDS[name])
                return
        self._words(token, None)

    def negate(self, minus: bool | None) -> None:
        """Exclude the next term (``-"phrase"``); None forgets a pending exclusion."""
        self._not = False if minus is None else self._not or minus

    def quoted_field(self, name: str, value: str) -> None:
        """Add ``name:"value"``: a filter, a field phrase, or text when ``name`` is no field."""
        if name in FILTERS:
            self._filter(FILTERS[name], value.strip())
        elif name in FIELDS:
            self.phrase(value, FIELDS[name])
        else:  # "Boys:" before a quote is text
            self.token(f"{name}:")
            self.phrase(value, None)

    def phrase(self, text: str, field_name: str | None) -> None:
        """Add a quoted phrase (one word is a word)."""
        words = tuple(split_words(text))
        if len(words) > 1:
            self._add(Phrase(words, field_name))
        elif words:
            self._add(Word(words[0], field_name))

    def _words(self, token: str, field_name: str | None) -> None:
        prefix = token.endswith("*") and field_name in (None, schema.TITLE, schema.PEOPLE)
        words = split_words(token)
        for i, word in enumerate(words):
            self._add(*self._terms(word, field_name, prefix and i == len(words) - 1))
        self._not = False

    def _terms(self, word: str, field_name: str | None, prefix: bool) -> Clause:
        if prefix and len(word) >= 3:
            return (Word(word, field_name, prefix=True),)
        if field_name is None and not self.literal and not self._not:
            eras = eras_of(word)
            if eras:
                return (Word(word), *(Years(*era) for era in eras))
        return (Word(word, field_name),)

    def _add(self, *clause: Term) -> None:
        if self._not:
            self.excluded.append(clause[0])
            self._not = False
            return
        if self._or and self.clauses:
            self.clauses[-1] = self.clauses[-1] + clause
        else:
            self.clauses.append(clause)
        self._or = False

    def _filter(self, name: str, value: str) -> None:
        found = _YEAR_RANGE.match(value) if name == "year" else None
        if found and (found.group(1) or found.group(2)):
            low, high = found.group(1), found.group(2)
            self.year_range = (int(low) if low else None, int(high) if high else None)
        elif value:
            self.filters.setdefault(name, []).append(value)


def eras_of(word: str) -> list[tuple[int, int]]:
    """``1980s``, ``80s`` -> [(1980, 1989)]; ``20s`` -> the 1920s and the 2020s; ``1994`` ->
    [(1994, 1994)]; otherwise none."""
    found = _DECADE.match(word)
    if found:
        digits = found.group(1)
        if len(digits) == 4:
            starts = [int(digits)]
        elif int(digits) >= 30:
            starts = [1900 + int(digits)]
        else:  # "20s", "10s", "00s": either century
            starts = [s for s in (1900 + int(digits), 2000 + int(digits)) if s <= 2030]
        return [(s, s + 9) for s in starts if s % 10 == 0]
    if _YEAR.match(word):
        return [(int(word), int(word))]
    return []


def term_label(term: Years) -> str:
    """How an era reads: ``1980s`` or ``1994``."""
    return f"{term.low}s" if term.low != term.high else str(term.low)


def with_corrections(parsed: Parsed, corrections: dict[str, tuple[str, ...]]) -> Parsed:
    """``parsed`` with the plain words in ``corrections`` replaced by their corrections, any
    of which may match (the first is the one the page shows)."""
    if not corrections:
        return parsed

    def fix(term: Term) -> tuple[Term, ...]:
        if isinstance(term, Word) and not term.prefix and term.text in corrections:
            return tuple(replace(term, text=w) for w in corrections[term.text])
        return (term,)

    clauses = tuple(tuple(f for t in clause for f in fix(t)) for clause in parsed.clauses)
    shown = {wrong: right[0] for wrong, right in corrections.items()}
    return replace(parsed, clauses=clauses, corrections={**parsed.corrections, **shown})


def plain_words(parsed: Parsed) -> list[str]:
    """Words typo tolerance may fix: plain words, not in phrases, prefixes or names."""
    return [
        t.text
        for clause in parsed.clauses
        for t in clause
        if isinstance(t, Word) and not t.prefix and t.text.isalpha()
    ]
