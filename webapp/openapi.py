"""The OpenAPI 3.1 description of the JSON API, served at ``/api/openapi.json``.

Written as data next to the code it describes; ``tests/test_web_openapi.py`` checks that
every route under ``/api`` is described and every described path exists.
"""

from __future__ import annotations

from typing import Any

from indexer import facets
from webapp.search.types import (
    FILM_FACET_NAMES,
    MAX_PER_PAGE,
    MAX_QUERY_CHARS,
    QUOTE_FACET_NAMES,
    SORTS,
)

VERSION = "1.0.0"

_STR = {"type": "string"}
_INT = {"type": "integer"}
_NULL_STR = {"type": ["string", "null"]}
_NULL_INT = {"type": ["integer", "null"]}
_STRS = {"type": "array", "items": _STR}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _param(name: str, description: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "description": description, "schema": schema, **extra}


def _facet_param(name: str) -> dict[str, Any]:
    description = f"{facets.BY_NAME[name].help} Repeat for several: OR within, AND across facets."
    return _param(name, description, _STRS, style="form", explode=True)


COMMON_PARAMS = [
    _param(
        "q",
        'Search text; "quoted words" are an exact phrase.',
        {**_STR, "maxLength": MAX_QUERY_CHARS},
    ),
    _param("sort", "Order of the hits.", {**_STR, "enum": list(SORTS), "default": "relevance"}),
    _param(
        "page",
        "Page number (a page past the last is 404).",
        {**_INT, "minimum": 1, "maximum": 1_000_000, "default": 1},
    ),
    _param(
        "per_page", "Hits per page.", {**_INT, "minimum": 1, "maximum": MAX_PER_PAGE, "default": 20}
    ),
]


#: after the facets: the year range and the literal switch
EXTRA_PARAMS = [
    _param("year_from", "Only films of this year or later.", {**_INT, "minimum": 1800}),
    _param("year_to", "Only films of this year or earlier.", {**_INT, "maximum": 2100}),
    _param(
        "literal",
        "1: search the words as typed (no people, eras, filler or spelling recognised).",
        {**_INT, "enum": [0, 1], "default": 0},
    ),
]


def _errors(*statuses: int) -> dict[str, Any]:
    return {
        str(status): {"$ref": f"#/components/responses/{name}"}
        for status, name in (
            (400, "BadRequest"),
            (404, "NotFound"),
            (413, "TooLong"),
            (503, "Unavailable"),
            (401, "Unauthorized"),
            (409, "Conflict"),
        )
        if status in statuses
    }


def _ok(schema: dict[str, Any], description: str = "OK") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _search_path(summary: str, facets: tuple[str, ...], hit: str) -> dict[str, Any]:
    result = {
        "allOf": [
            _ref("SearchResult"),
            {"properties": {"hits": {"type": "array", "items": _ref(hit)}}},
        ]
    }
    return {
        "get": {
            "summary": summary,
            "parameters": COMMON_PARAMS + [_facet_param(name) for name in facets] + EXTRA_PARAMS,
            "responses": {"200": _ok(result), **_errors(400, 404, 413, 503)},
        }
    }


def paths() -> dict[str, Any]:
    """The ``paths`` object: search, quotes, film, suggest, health and the admin API."""
    admin_security: list[dict[str, list[str]]] = [{"adminToken": []}, {"bearer": []}]
    return {
        "/api/search": _search_path("Search films", FILM_FACET_NAMES, "FilmHit"),
        "/api/quotes": _search_path("Search critics' quotes", QUOTE_FACET_NAMES, "QuoteHit"),
        "/api/films/{film_id}": {
            "get": {
                "summary": "One film with its sources, quotes and similar films",
                "parameters": [{"name": "film_id", "in": "path", "required": True, "schema": _STR}],
                "responses": {"200": _ok(_ref("Film")), **_errors(404, 503)},
            }
        },
        "/api/people/{person_id}": {
            "get": {
                "summary": "One person: name, other spellings, films by role, years active",
                "parameters": [
                    {"name": "person_id", "in": "path", "required": True, "schema": _STR},
                    _param(
                        "role",
                        "Only the films of this role (repeatable).",
                        {"type": "array", "items": {"enum": ["directed", "wrote", "acted"]}},
                        style="form",
                        explode=True,
                    ),
                ],
                "responses": {"200": _ok(_ref("Person")), **_errors(400, 404, 503)},
            }
        },
        "/api/suggest": {
            "get": {
                "summary": "Search-as-you-type completions (titles and people)",
                "parameters": [
                    _param(
                        "q", "What has been typed so far.", {**_STR, "maxLength": MAX_QUERY_CHARS}
                    ),
                    _param(
                        "limit",
                        "At most this many.",
                        {**_INT, "minimum": 1, "maximum": 20, "default": 8},
                    ),
                ],
                "responses": {"200": _ok(_ref("Suggestions")), **_errors(400, 413, 503)},
            }
        },
        "/api/health": {
            "get": {
                "summary": "Whether the index can be searched, with its status",
                "responses": {"200": _ok(_ref("Health")), **_errors(503)},
            }
        },
        "/api/admin/reindex": {
            "post": {
                "summary": "Start a rebuild of the index in the background (editors only)",
                "security": admin_security,
                "responses": {
                    "202": _ok({"type": "object"}, "The build was started"),
                    **_errors(401, 409),
                },
            }
        },
        "/api/admin/status": {
            "get": {
                "summary": "Index status, running build and query statistics (editors only)",
                "security": admin_security,
                "responses": {"200": _ok({"type": "object"}), **_errors(401)},
            }
        },
    }


def schemas() -> dict[str, Any]:
    """The ``components.schemas`` object."""
    facet_value = {
        "type": "object",
        "required": ["value", "count", "selected", "toggle_url"],
        "properties": {
            "value": _STR,
            "count": _INT,
            "selected": {"type": "boolean"},
            "toggle_url": _STR,
        },
    }
    film_ref = {"type": "object", "properties": {"id": _STR, "title": _STR, "year": _NULL_INT}}
    return {
        "Error": {
            "type": "object",
            "required": ["error"],
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["status", "code", "message", "param"],
                    "properties": {
                        "status": _INT,
                        "code": _STR,
                        "message": _STR,
                        "param": _NULL_STR,
                    },
                }
            },
        },
        "FacetValue": facet_value,
        "Facet": {
            "type": "object",
            "properties": {
                "name": _STR,
                "values": {"type": "array", "items": _ref("FacetValue")},
                "truncated": {"type": "boolean"},
            },
        },
        "FilmRef": film_ref,
        "FilmHit": {
            "type": "object",
            "properties": {
                "id": _STR,
                "title": _STR,
                "original_title": _NULL_STR,
                "year": _NULL_INT,
                "directors": _STRS,
                "countries": _STRS,
                "genres": _STRS,
                "snippet": {**_STR, "description": "HTML: escaped text with <mark> around matches"},
                "snippet_field": _STR,
                "score": {"type": ["number", "null"]},
                "title_html": {**_STR, "description": "HTML: the title with matched words marked"},
            },
        },
        "QuoteHit": {
            "type": "object",
            "properties": {
                "id": _STR,
                "text": _STR,
                "critic": _NULL_STR,
                "outlet": _NULL_STR,
                "date": _NULL_STR,
                "film": _ref("FilmRef"),
                "snippet": _STR,
                "score": {"type": ["number", "null"]},
            },
        },
        "SearchResult": {
            "type": "object",
            "properties": {
                "query": _STR,
                "total": _INT,
                "page": _INT,
                "pages": _INT,
                "per_page": _INT,
                "hits": {"type": "array"},
                "facets": {"type": "array", "items": _ref("Facet")},
                "suggestion": _NULL_STR,
                "corrected": {"type": "boolean"},
                "took_ms": {"type": "number"},
                "timed_out": {"type": "boolean"},
                "understood": _NULL_STR,
                "relaxed": {"type": "boolean"},
                "partial": {"type": "boolean"},
                "literal": {"type": "boolean"},
                "sort": _STR,
                "links": {
                    "type": "object",
                    "properties": {
                        "self": _STR,
                        "html": _STR,
                        "next": _NULL_STR,
                        "prev": _NULL_STR,
                    },
                },
            },
        },
        "Film": {
            "type": "object",
            "description": "The merged film record and similar films.",
            "properties": {
                "id": _STR,
                "title": _STR,
                "year": _NULL_INT,
                "similar": {"type": "array", "items": _ref("FilmRef")},
            },
        },
        "Person": {
            "type": "object",
            "required": ["id", "name", "other_spellings", "films", "years_active", "facets"],
            "properties": {
                "id": _STR,
                "name": _STR,
                "other_spellings": {"type": "array", "items": _STR},
                "films": {
                    "type": "object",
                    "description": "Films by role (directed, wrote, acted), oldest first.",
                    "additionalProperties": {"type": "array", "items": _ref("FilmRef")},
                },
                "years_active": {
                    "type": ["object", "null"],
                    "properties": {"first": _INT, "last": _INT},
                },
                "facets": {"type": "array", "items": _ref("Facet")},
                "links": {"type": "object", "properties": {"html": _STR}},
            },
        },
        "Suggestions": {
            "type": "object",
            "properties": {
                "query": _STR,
                "suggestions": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "kind": {"enum": ["title", "person"]},
                            "text": _STR,
                            "film_id": _NULL_STR,
                            "year": _NULL_INT,
                            "url": {**_STR, "description": "The page choosing it opens."},
                            "count": _INT,
                        },
                    },
                },
            },
        },
        "Health": {
            "type": "object",
            "properties": {"status": {"const": "ok"}, "index": {"type": "object"}},
        },
    }


def _error_response(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ref("Error")}}}


def document() -> dict[str, Any]:
    """The whole OpenAPI document."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "cinedex",
            "version": VERSION,
            "description": (
                "Full-text search for film synopses, critics' quotes and credits."
                " Every error has the shape of the Error schema."
            ),
        },
        "paths": paths(),
        "components": {
            "schemas": schemas(),
            "responses": {
                "BadRequest": _error_response(
                    "A bad parameter (code bad_parameter, repeated_parameter or bad_encoding)"
                ),
                "NotFound": _error_response("No such film, or a page past the last one"),
                "TooLong": _error_response("The query is longer than the limit"),
                "Unavailable": _error_response("No index has been built yet"),
                "Unauthorized": _error_response("The admin token is missing or wrong"),
                "Conflict": _error_response("A build is already running"),
            },
            "securitySchemes": {
                "adminToken": {"type": "apiKey", "in": "header", "name": "X-Admin-Token"},
                "bearer": {"type": "http", "scheme": "bearer"},
            },
        },
    }
