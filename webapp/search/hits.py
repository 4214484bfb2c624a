"""Hits as the result lists show them: a stored payload turned into a result with a snippet.

The snippet comes from the field that matched: the synopsis when the query's words are in it,
else the credits, else one of the film's quotes; a quote hit shows its whole sentences.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from whoosh.searching import Searcher

from indexer import schema
from webapp.search import highlight, match, query
from webapp.search.types import FilmHit, FilmRef, QuoteHit

#: quotes of one film looked through for a snippet when neither synopsis nor credits match
QUOTES_LOOKED_AT = 12


def payload(searcher: Searcher, docnum: int) -> dict[str, Any]:
    """The stored JSON record of a document."""
    data: dict[str, Any] = json.loads(searcher.stored_fields(docnum)[schema.PAYLOAD])
    return data


def wanted(parsed: query.Parsed) -> highlight.Wanted:
    """What the highlighter marks for a parsed query: its words (and their stems), its
    phrases and people's names as phrases, never an excluded word."""
    words: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for clause in parsed.clauses:
        for term in clause:
            if isinstance(term, query.Word) and not term.prefix:
                words.add(term.text)
            elif isinstance(term, query.Phrase | query.Person):
                phrases.append(term.words)
    stems = {match.field_text(schema.SYNOPSIS, w) for w in words}
    excluded = {w for t in parsed.excluded for w in query.term_words(t)}
    return highlight.Wanted(
        words=frozenset(words),
        stems=frozenset(stems - words),
        phrases=tuple(dict.fromkeys(phrases)),
        excluded=frozenset(excluded),
    )


def film_hit(
    searcher: Searcher, docnum: int, score: float | None, marks_for: highlight.Wanted
) -> FilmHit:
    """A film in a result list, its snippet from the field that matched."""
    film = payload(searcher, docnum)
    text, where = film["synopsis"], "synopsis"
    lang = film.get("text_language")
    marks = highlight.spans(text, marks_for, lang)
    if marks_for and not marks:
        for other, name in other_texts(film):
            found = highlight.spans(other, marks_for, lang)
            if found:
                text, where, marks = other, name, found
                break
    snippet = highlight.snippet(text, marks_for, lang, marks=marks)
    title = film["title"]
    title_marks = highlight.spans(title, marks_for)
    return FilmHit(
        id=film["id"],
        title=film["title"],
        original_title=film["original_title"],
        year=film["year"],
        directors=tuple(film["directors"]),
        countries=tuple(film["countries"]),
        genres=tuple(film["genres"]),
        snippet=str(snippet),
        snippet_field=where,
        score=round(score, 4) if score is not None else None,
        title_html=str(highlight.render(title, title_marks, 0, len(title))),
    )


def quote_hit(
    searcher: Searcher, docnum: int, score: float | None, marks_for: highlight.Wanted
) -> QuoteHit:
    """A critic's quote in a result list: exact text, attribution, film, snippet."""
    stored = searcher.stored_fields(docnum)
    data = json.loads(stored[schema.PAYLOAD])
    film = data["film"]
    return QuoteHit(
        id=stored[schema.ID],
        text=data["text"],
        critic=data["critic"],
        outlet=data["outlet"],
        date=data.get("date"),
        film=FilmRef(film["id"], film["title"], film["year"]),
        snippet=str(highlight.snippet(data["text"], marks_for, None, sentences=True)),
        score=round(score, 4) if score is not None else None,
    )


def other_texts(film: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Where else a film may match, in the order a snippet is looked for: credits, quotes."""
    yield credits_line(film), "credits"
    for quote in film["quotes"][:QUOTES_LOOKED_AT]:
        yield quote["text"], "quote"


def credits_line(film: dict[str, Any]) -> str:
    """Director, cast and crew as one line of text."""
    parts = []
    if film["directors"]:
        parts.append("Director: " + ", ".join(film["directors"]))
    if film["cast"]:
        parts.append("Cast: " + ", ".join(film["cast"][:8]))
    for role, names in film["credits"].items():
        parts.append(f"{role.capitalize()}: {', '.join(names)}")
    return " · ".join(parts)
