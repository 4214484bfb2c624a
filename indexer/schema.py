"""The index schema, declared once: field names, field types, and the record -> document map.

One Whoosh index holds two kinds of documents: films (``kind=film``) and critics' quotes
(``kind=quote``, each pointing at its film through ``film_id``). A film document is matched
on its titles, people, synopsis, credits and the text of its quotes; a quote document on the
quote itself, its critic and outlet.

Documents are found by id through the ``id_column`` column (a dictionary the search service
and the builder make per generation), not through an indexed term: one term per document was
a quarter of all terms. Text is indexed twice where uses differ: stemmed (:data:`SYNOPSIS`,
:data:`QUOTES`) for word searches, unstemmed and folded (:data:`EXACT`) for exact phrases and
spelling suggestions.

Facet values, title keys and fingerprints are **columns only** (Whoosh ``COLUMN`` fields: a
value per document, no postings): the search service reads them into NumPy ordinal arrays
and filters and counts there. Indexing them as terms would add tens of thousands of distinct
terms (a director, a title, a fingerprint each) whose posting lists dominate build time.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from whoosh import columns, fields

from indexer import analysis, facets
from indexer.normalize import key
from indexer.records import Film, Quote, film_to_json, quote_to_json

#: Bump when the schema or the analyzers change: the next build is then a full one.
SCHEMA_VERSION = 3

FILM = facets.FILM
QUOTE = facets.QUOTE

# identity
KIND = "kind"
ID = "id"
ID_COLUMN = "id_column"
FILM_ID = "film_id"
FINGERPRINT = "fingerprint"
PAYLOAD = "payload"
# searched text
TITLE = "title"
TITLE_KEYS = "title_keys"
PEOPLE = "people"
SYNOPSIS = "synopsis"
QUOTES = "quotes"
EXACT = "exact"
# facets (declared in indexer.facets) and sorting
GENRE = facets.GENRE
DIRECTOR_FACET = facets.DIRECTOR_FACET
COUNTRY = facets.COUNTRY
LANGUAGE = facets.LANGUAGE
YEAR = facets.YEAR
DECADE = facets.DECADE
CRITIC = facets.CRITIC
OUTLET = facets.OUTLET
TITLE_SORT = "title_sort"

#: facet fields of film documents and of quote documents
FILM_FACETS = facets.FILM_FIELDS
QUOTE_FACETS = facets.QUOTE_FIELDS

#: field boosts for ranking: titles > people > synopsis > quotes
BOOSTS = {TITLE: 4.0, PEOPLE: 2.0, SYNOPSIS: 1.0, QUOTES: 0.6, EXACT: 0.8}
#: column-only fields whose value is several strings, one per line
LIST_COLUMNS = (GENRE, DIRECTOR_FACET, COUNTRY, LANGUAGE, DECADE, CRITIC, OUTLET, TITLE_KEYS)


def _column() -> fields.COLUMN:
    """A value per document (UTF-8 bytes, several values one per line), not indexed."""
    return fields.COLUMN(columns.VarBytesColumn())


def encode_values(values: Any) -> bytes:
    """Column bytes for a list of strings (one per line)."""
    return "\n".join(v for v in values if v).encode("utf-8")


def decode_values(raw: bytes) -> list[str]:
    """The list of strings of a column value."""
    return raw.decode("utf-8").split("\n") if raw else []


def make_schema() -> fields.Schema:
    """The Whoosh schema of the live index."""
    return fields.Schema(
        **{
            KIND: fields.ID(),
            ID: fields.STORED(),
            ID_COLUMN: _column(),
            FILM_ID: _column(),
            FINGERPRINT: _column(),
            PAYLOAD: fields.STORED(),
            TITLE: fields.TEXT(analyzer=analysis.name_analyzer(), field_boost=BOOSTS[TITLE]),
            TITLE_KEYS: _column(),
            PEOPLE: fields.TEXT(analyzer=analysis.name_analyzer(), field_boost=BOOSTS[PEOPLE]),
            SYNOPSIS: fields.TEXT(
                analyzer=analysis.text_analyzer(), field_boost=BOOSTS[SYNOPSIS], phrase=False
            ),
            QUOTES: fields.TEXT(
                analyzer=analysis.text_analyzer(), field_boost=BOOSTS[QUOTES], phrase=False
            ),
            EXACT: fields.TEXT(analyzer=analysis.exact_analyzer(), field_boost=BOOSTS[EXACT]),
            GENRE: _column(),
            DIRECTOR_FACET: _column(),
            COUNTRY: _column(),
            LANGUAGE: _column(),
            YEAR: fields.NUMERIC(bits=16, signed=False, sortable=True, stored=False),
            DECADE: _column(),
            CRITIC: _column(),
            OUTLET: _column(),
            TITLE_SORT: _column(),
        }
    )


def decade_of(year: int | None) -> str | None:
    """ "1990s" for 1994; None without a year."""
    return f"{year // 10 * 10}s" if year else None


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
    return {
        KIND: FILM,
        ID: film.id,
        ID_COLUMN: film.id.encode("utf-8"),
        FILM_ID: film.id.encode("utf-8"),
        PAYLOAD: json.dumps(film_to_json(film), ensure_ascii=False, sort_keys=True),
        TITLE: "\n".join(titles),
        TITLE_KEYS: encode_values(key(t) for t in titles),
        PEOPLE: "\n".join(film_names(film)),
        SYNOPSIS: analysis.with_language(film.synopsis, film.text_language),
        QUOTES: "\n".join(q.text for q in film.quotes),
        EXACT: film.synopsis,
        GENRE: encode_values(film.genres),
        DIRECTOR_FACET: encode_values(film.directors),
        COUNTRY: encode_values(film.countries),
        LANGUAGE: encode_values(film.languages),
        DECADE: encode_values([decade_of(film.year) or ""]),
        TITLE_SORT: (key(film.title) or film.title).encode("utf-8"),
        **({YEAR: film.year} if film.year else {}),
    }


def quote_document(film: Film, quote: Quote) -> dict[str, Any]:
    """The index document of one critic's quote of ``film``."""
    payload = quote_to_json(quote)
    payload["film"] = {"id": film.id, "title": film.title, "year": film.year}
    return {
        KIND: QUOTE,
        ID: quote_id(film.id, quote),
        ID_COLUMN: quote_id(film.id, quote).encode("utf-8"),
        FILM_ID: film.id.encode("utf-8"),
        PAYLOAD: json.dumps(payload, ensure_ascii=False, sort_keys=True),
        TITLE: "\n".join(film_titles(film)),
        PEOPLE: "\n".join(n for n in (quote.critic, quote.outlet) if n),
        QUOTES: quote.text,
        EXACT: quote.text,
        CRITIC: encode_values([quote.critic or ""]),
        OUTLET: encode_values([quote.outlet or ""]),
        DECADE: encode_values([decade_of(film.year) or ""]),
        TITLE_SORT: (key(film.title) or film.title).encode("utf-8"),
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
    docs[0][FINGERPRINT] = fingerprint(docs[0][PAYLOAD]).encode()
    return docs


def fingerprint(payload: str) -> str:
    """A hash of a film's payload (its whole record, quotes included), from which every field
    of its documents derives: equal fingerprints need no rewrite. The schema version is part
    of it, so a changed schema or analyzer rewrites everything."""
    return hashlib.sha1(f"{SCHEMA_VERSION}:{payload}".encode()).hexdigest()
