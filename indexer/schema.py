"""The index schema, declared once: field names, field types, and the record -> document map.

One Whoosh index holds two kinds of documents: films (``kind=film``) and critics' quotes
(``kind=quote``, each pointing at its film through ``film_id``). A film document is matched
on its titles, people, synopsis, credits and the text of its quotes; a quote document on the
quote itself, its critic and outlet.

Text is indexed twice where uses differ: stemmed (:data:`SYNOPSIS`, :data:`QUOTES`) for word
searches, unstemmed and folded (:data:`EXACT`) for exact phrases and spelling suggestions.
Facet fields hold whole values, one per line, unanalysed but for that split; the search
service counts them from per-field ordinal columns rather than through Whoosh.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from whoosh import fields
from whoosh.analysis import RegexTokenizer

from indexer import analysis
from indexer.normalize import key
from indexer.records import Film, Quote, film_to_json, quote_to_json

#: Bump when the schema or the analyzers change: the next build is then a full one.
SCHEMA_VERSION = 1

FILM = "film"
QUOTE = "quote"

# identity
KIND = "kind"
ID = "id"
FILM_ID = "film_id"
FINGERPRINT = "fingerprint"
PAYLOAD = "payload"
# searched text
TITLE = "title"
TITLE_KEY = "title_key"
TITLE_PREFIX = "title_prefix"
PEOPLE = "people"
DIRECTOR = "director"
CAST = "cast"
SYNOPSIS = "synopsis"
QUOTES = "quotes"
EXACT = "exact"
# facets and sorting
GENRE = "genre"
DIRECTOR_FACET = "director_facet"
COUNTRY = "country"
LANGUAGE = "language"
YEAR = "year"
DECADE = "decade"
CRITIC = "critic"
OUTLET = "outlet"
TITLE_SORT = "title_sort"

#: facet fields of film documents and of quote documents
FILM_FACETS = (GENRE, DIRECTOR_FACET, COUNTRY, YEAR, DECADE, LANGUAGE)
QUOTE_FACETS = (OUTLET, CRITIC)

#: field boosts for ranking: titles > people > synopsis > quotes
BOOSTS = {TITLE: 4.0, PEOPLE: 2.0, DIRECTOR: 2.5, CAST: 2.0, SYNOPSIS: 1.0, QUOTES: 0.6, EXACT: 0.8}


def _facet_field() -> fields.KEYWORD:
    """Whole values, one per line: "Science Fiction" stays one term."""
    return fields.KEYWORD(analyzer=RegexTokenizer(r"[^\n]+"), scorable=False)


def make_schema() -> fields.Schema:
    """The Whoosh schema of the live index."""
    return fields.Schema(
        **{
            KIND: fields.ID(),
            ID: fields.ID(stored=True, unique=True, sortable=True),
            FILM_ID: fields.ID(),
            FINGERPRINT: fields.ID(sortable=True),
            PAYLOAD: fields.STORED(),
            TITLE: fields.TEXT(analyzer=analysis.name_analyzer(), field_boost=BOOSTS[TITLE]),
            TITLE_KEY: _facet_field(),
            TITLE_PREFIX: fields.TEXT(analyzer=analysis.prefix_analyzer(), phrase=False),
            PEOPLE: fields.TEXT(analyzer=analysis.name_analyzer(), field_boost=BOOSTS[PEOPLE]),
            DIRECTOR: fields.TEXT(analyzer=analysis.name_analyzer(), field_boost=BOOSTS[DIRECTOR]),
            CAST: fields.TEXT(analyzer=analysis.name_analyzer(), field_boost=BOOSTS[CAST]),
            SYNOPSIS: fields.TEXT(analyzer=analysis.text_analyzer(), field_boost=BOOSTS[SYNOPSIS]),
            QUOTES: fields.TEXT(analyzer=analysis.text_analyzer(), field_boost=BOOSTS[QUOTES]),
            EXACT: fields.TEXT(analyzer=analysis.exact_analyzer(), field_boost=BOOSTS[EXACT]),
            GENRE: _facet_field(),
            DIRECTOR_FACET: _facet_field(),
            COUNTRY: _facet_field(),
            LANGUAGE: _facet_field(),
            YEAR: fields.NUMERIC(bits=16, signed=False, sortable=True, stored=False),
            DECADE: _facet_field(),
            CRITIC: _facet_field(),
            OUTLET: _facet_field(),
            TITLE_SORT: fields.ID(sortable=True),
        }
    )


def decade_of(year: int | None) -> str | None:
    """"1990s" for 1994; None without a year."""
    return f"{year // 10 * 10}s" if year else None


def _lines(values: Any) -> str:
    return "\n".join(v for v in values if v)


def film_names(film: Film) -> list[str]:
    """Every name a film credits, including other spellings that merging set aside."""
    names = [*film.directors, *film.writers, *film.cast, *film.companies]
    names += [n for _, people in film.credits for n in people]
    names += [f.value for f in film.facts if f.field in ("directors", "writers", "cast")]
    return list(dict.fromkeys(names))


def film_titles(film: Film) -> list[str]:
    """The title, original title and alternative titles, without repeats."""
    return list(dict.fromkeys(t for t in (film.title, film.original_title, *film.alt_titles) if t))


def quote_id(film_id: str, quote: Quote) -> str:
    """A stable id for a quote: its film and a hash of its text and critic."""
    digest = hashlib.sha1(f"{quote.text}\x00{quote.critic}\x00{quote.outlet}".encode())
    return f"{film_id}~{digest.hexdigest()[:10]}"


def film_document(film: Film) -> dict[str, Any]:
    """The index document of a film (without its fingerprint)."""
    titles = film_titles(film)
    decade = decade_of(film.year)
    return {
        KIND: FILM,
        ID: film.id,
        FILM_ID: film.id,
        PAYLOAD: json.dumps(film_to_json(film), ensure_ascii=False, sort_keys=True),
        TITLE: "\n".join(titles),
        TITLE_KEY: _lines(key(t) for t in titles),
        TITLE_PREFIX: "\n".join(titles),
        PEOPLE: "\n".join(film_names(film)),
        DIRECTOR: "\n".join(film.directors),
        CAST: "\n".join(film.cast),
        SYNOPSIS: analysis.with_language(film.synopsis, film.text_language),
        QUOTES: "\n".join(q.text for q in film.quotes),
        EXACT: "\n".join([film.synopsis, *(q.text for q in film.quotes)]),
        GENRE: _lines(film.genres),
        DIRECTOR_FACET: _lines(film.directors),
        COUNTRY: _lines(film.countries),
        LANGUAGE: _lines(film.languages),
        DECADE: decade or "",
        TITLE_SORT: key(film.title) or film.title,
        **({YEAR: film.year} if film.year else {}),
    }


def quote_document(film: Film, quote: Quote) -> dict[str, Any]:
    """The index document of one critic's quote of ``film``."""
    payload = quote_to_json(quote)
    payload["film"] = {"id": film.id, "title": film.title, "year": film.year}
    return {
        KIND: QUOTE,
        ID: quote_id(film.id, quote),
        FILM_ID: film.id,
        PAYLOAD: json.dumps(payload, ensure_ascii=False, sort_keys=True),
        TITLE: "\n".join(film_titles(film)),
        PEOPLE: _lines([quote.critic, quote.outlet]),
        QUOTES: quote.text,
        EXACT: quote.text,
        CRITIC: quote.critic or "",
        OUTLET: quote.outlet or "",
        DECADE: decade_of(film.year) or "",
        TITLE_SORT: key(film.title) or film.title,
        **({YEAR: film.year} if film.year else {}),
    }


def documents(film: Film) -> list[dict[str, Any]]:
    """The film's document followed by one per quote. The film document carries the
    fingerprint of them all, so an incremental build rewrites a film and its quotes together."""
    docs = [film_document(film)]
    seen = {film.id}
    for quote in film.quotes:
        doc = quote_document(film, quote)
        if doc[ID] not in seen:
            seen.add(doc[ID])
            docs.append(doc)
    docs[0][FINGERPRINT] = fingerprint(docs)
    return docs


def fingerprint(docs: list[dict[str, Any]]) -> str:
    """A hash of everything the documents index: equal fingerprints need no rewrite."""
    body = json.dumps(docs, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha1(f"{SCHEMA_VERSION}:{body}".encode()).hexdigest()
