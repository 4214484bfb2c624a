"""From what a visitor types to a Whoosh query: pure functions plus one vocabulary lookup.

The query language: words (all must match, in any searched field), ``"exact phrases"``,
``-exclusion``, ``OR``, prefixes ``kuro*`` (three letters or more, titles and names only), field
prefixes (``cast:``, ``title:``) and filters (``director:kurosawa``, ``genre:drama``,
``country:japan``, ``year:1990..1999``, ``year:1994``, ``decade:1990s``, ``critic:``,
``outlet:``). Anything malformed degrades to a plain word search; nothing here raises on user input.

Typo tolerance: a word of five letters or more that no document contains is replaced by the
closest word the titles, names and texts do contain (one edit from five letters, two from nine,
a swap of two letters counting as one edit), the way Meilisearch and Typesense do it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from whoosh import qparser, query
from whoosh.fields import Schema

from indexer import schema
from indexer.normalize import key

log = logging.getLogger(__name__)

MAX_TERMS = 48
_FILTER = re.compile(
    r"(?<![\w:])(genre|country|decade|language|lang|year|outlet|critic|director|directors|dir):"
    r"(\"[^\"]*\"|[^\s\"]+)",
    re.IGNORECASE,
)
_YEAR_RANGE = re.compile(r"^(\d{4})?(?:\.\.|-)(\d{4})?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
FILTER_FIELDS = {"lang": "language", "directors": "director", "dir": "director"}

#: field prefixes a visitor may type -> index fields
FIELD_ALIASES = {
    schema.TITLE: ["title", "titles"],
    schema.PEOPLE: ["people", "person", "name", "cast", "actor", "actors", "with", "starring"],
}
FILM_FIELDS = (schema.TITLE, schema.PEOPLE, schema.SYNOPSIS, schema.QUOTES, schema.EXACT)
QUOTE_FIELDS = (schema.QUOTES, schema.EXACT, schema.PEOPLE, schema.TITLE)
#: fields where a quoted phrase must match word for word (no stems)
PHRASE_FIELDS = frozenset({schema.TITLE, schema.PEOPLE, schema.EXACT})
PREFIX_FIELDS = frozenset({schema.TITLE, schema.PEOPLE})


@dataclass
class Parsed:
    """A parsed query: the Whoosh query (None for "everything"), filters typed in the query,
    and what typo tolerance changed."""

    text: str
    query: query.Query | None
    filters: dict[str, list[str]] = field(default_factory=dict)
    year_range: tuple[int | None, int | None] | None = None
    corrections: dict[str, str] = field(default_factory=dict)

    def corrected_text(self) -> str | None:
        """The query text with corrected words, or None if nothing was corrected."""
        if not self.corrections:
            return None
        out = self.text
        for wrong, right in self.corrections.items():
            out = re.sub(rf"(?<!\w){re.escape(wrong)}(?!\w)", right, out, flags=re.IGNORECASE)
        return out


MAX_CHARS = 1000
MAX_WORD = 64


def clean(text: str) -> str:
    """The query without control characters and runs of spaces, words cut at 64 characters and
    the whole at 1,000 (Whoosh's tagger is quadratic in the length of a word)."""
    text = _CONTROL.sub(" ", text[: MAX_CHARS * 2])
    return " ".join(word[:MAX_WORD] for word in text.split())[:MAX_CHARS]


def split_filters(
    text: str,
) -> tuple[str, dict[str, list[str]], tuple[int | None, int | None] | None]:
    """Take ``genre:drama``-style filters and a year range out of the text."""
    filters: dict[str, list[str]] = {}
    year_range = None

    def take(match: re.Match[str]) -> str:
        nonlocal year_range
        name = FILTER_FIELDS.get(match.group(1).lower(), match.group(1).lower())
        value = match.group(2).strip('"')
        found = _YEAR_RANGE.match(value) if name == "year" else None
        if found and (found.group(1) or found.group(2)):
            low, high = found.group(1), found.group(2)
            year_range = (int(low) if low else None, int(high) if high else None)
        elif value:
            filters.setdefault(name, []).append(value)
        return " "

    rest = _FILTER.sub(take, text)
    return clean(rest), filters, year_range


def make_parser(ix_schema: Schema, fields: Iterable[str]) -> qparser.QueryParser:
    """A Whoosh parser over ``fields`` with the plugins of the query language above."""
    names = list(fields)
    parser = qparser.MultifieldParser(
        names, ix_schema, fieldboosts={f: schema.BOOSTS.get(f, 1.0) for f in names}
    )
    for plugin in (qparser.RangePlugin, qparser.EveryPlugin, qparser.BoostPlugin):
        parser.remove_plugin_class(plugin)
    parser.add_plugin(qparser.PlusMinusPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    return parser


def parse(
    text: str,
    parser: qparser.QueryParser,
    known: Callable[[str], bool],
    correct: Callable[[str], str | None],
) -> Parsed:
    """Parse ``text``; ``known(word)`` tells whether any document has the folded word and
    ``correct(word)`` proposes the closest word that does."""
    text = clean(text)
    rest, filters, year_range = split_filters(text)
    words = rest.split()
    if len(words) > MAX_TERMS:
        rest = " ".join(words[:MAX_TERMS])
    corrections = _corrections(rest, known, correct)
    for wrong, right in corrections.items():
        rest = re.sub(rf"(?<![\w\"]){re.escape(wrong)}(?![\w*])", right, rest, flags=re.I)
    parsed_query = _safe_parse(parser, rest) if rest else None
    return Parsed(text, parsed_query, filters, year_range, corrections)


def plain_words(text: str) -> list[str]:
    """Words outside quotes, operators and field prefixes: the ones typo tolerance may fix."""
    outside = re.sub(r'"[^"]*"?', " ", text)
    words = []
    for token in outside.split():
        if ":" in token or "*" in token or "?" in token or token in ("AND", "OR", "NOT"):
            continue
        words.extend(re.findall(r"[^\W\d_]{5,}", token.lstrip("+-")))
    return words


def _corrections(
    text: str, known: Callable[[str], bool], correct: Callable[[str], str | None]
) -> dict[str, str]:
    out: dict[str, str] = {}
    for word in plain_words(text):
        folded = key(word)
        if folded and not known(folded):
            better = correct(folded)
            if better and better != folded:
                out[word] = better
    return out


def _safe_parse(parser: qparser.QueryParser, text: str) -> query.Query | None:
    try:
        parsed = parser.parse(text)
    except Exception:  # the parser has no documented error type; degrade to plain words
        words = " ".join(w.lower() for w in re.findall(r"\w+", text))  # "NOT" -> a word
        try:
            parsed = parser.parse(words) if words else query.NullQuery
        except Exception:
            log.warning("query could not be parsed even as plain words: %r", text[:200])
            return None
    parsed = restrict(parsed)
    if parsed is query.NullQuery or isinstance(parsed, query.NullQuery.__class__):
        return None
    return parsed


def restrict(q: query.Query) -> query.Query:
    """Make a parsed query cheap and exact: phrases only on unstemmed fields, prefixes only
    on titles and names with three letters or more, no leading or inner wildcards."""
    if isinstance(q, query.Phrase):
        return q if q.fieldname in PHRASE_FIELDS else query.NullQuery
    if isinstance(q, query.Every):
        return query.NullQuery
    if isinstance(q, query.Prefix | query.Wildcard):
        return _restrict_pattern(q)
    if isinstance(q, query.MultiTerm) and not isinstance(q, query.Variations):
        return query.NullQuery  # regex, fuzzy and ranges over text expand without bound
    if isinstance(q, query.Or) and not q.subqueries:
        return query.NullQuery
    if isinstance(q, query.BinaryQuery):
        a, b = restrict(q.a), restrict(q.b)
        if a is query.NullQuery:
            return query.NullQuery if isinstance(q, query.AndNot | query.AndMaybe) else b
        if b is query.NullQuery:
            return a
        return q.__class__(a, b)
    if isinstance(q, query.CompoundQuery):
        subs = [restrict(s) for s in q.subqueries]
        subs = [s for s in subs if s is not query.NullQuery]
        if not subs:
            return query.NullQuery
        return q.__class__(subs, boost=q.boost) if len(subs) > 1 else subs[0]
    if isinstance(q, query.Not):
        inner = restrict(q.query)
        return query.NullQuery if inner is query.NullQuery else query.Not(inner)
    return q


def _restrict_pattern(q: query.Query) -> query.Query:
    text = str(getattr(q, "text", ""))
    head = re.split(r"[*?]", text, maxsplit=1)[0]
    if q.fieldname in PREFIX_FIELDS and len(head) >= 3:
        return query.Prefix(q.fieldname, head, boost=q.boost)
    if len(head) >= 2:
        return query.Term(q.fieldname, head, boost=q.boost)
    return query.NullQuery


def terms_by_field(q: query.Query | None) -> dict[str, set[str]]:
    """Field -> words the query looks for (for highlighting and vocabulary checks)."""
    out: dict[str, set[str]] = {}
    if q is None:
        return out
    for leaf in q.leaves() if not q.is_leaf() else [q]:
        if isinstance(leaf, query.Not):
            continue
        if isinstance(leaf, query.Phrase):
            out.setdefault(leaf.fieldname, set()).update(leaf.words)
        elif isinstance(leaf, query.Term | query.Prefix):
            out.setdefault(leaf.fieldname, set()).add(str(leaf.text))
    return out


def phrases(q: query.Query | None) -> list[list[str]]:
    """The word lists of the query's phrases (unstemmed fields only)."""
    if q is None:
        return []
    leaves = q.leaves() if not q.is_leaf() else [q]
    found = [list(leaf.words) for leaf in leaves if isinstance(leaf, query.Phrase)]
    return [list(p) for p in dict.fromkeys(tuple(p) for p in found)]


def excluded(q: query.Query | None) -> set[str]:
    """Words under a NOT: never highlighted."""
    out: set[str] = set()
    if q is None:
        return out
    for node in _walk(q):
        if isinstance(node, query.Not):
            out.update(str(t) for _, t in node.query.iter_all_terms())
        if isinstance(node, query.AndNot):
            out.update(str(t) for _, t in node.b.iter_all_terms())
    return out


def _walk(q: query.Query) -> Iterable[query.Query]:
    yield q
    for child in q.children():
        yield from _walk(child)
