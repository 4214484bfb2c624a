"""The JSON API under ``/api``: the same result objects the HTML pages render, as JSON.

Search answers are ``SearchResult.to_json()`` with two additions that need a URL: each
facet value's ``toggle_url`` (pointing at the API, Datasette-style) and ``links`` (``self``,
``html``, ``next``, ``prev``). The OpenAPI description is served at ``/api/openapi.json``.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from flask import Blueprint, current_app, jsonify, request, url_for
from flask.typing import ResponseReturnValue

from indexer.people import person_slug
from webapp import errors, openapi, params, query_log, search_service, urls
from webapp.search import IndexUnavailable, SearchService
from webapp.search.person_pages import ROLES, PersonPage
from webapp.search.types import QuoteRequest, SearchRequest, SearchResult, Suggestion

log = logging.getLogger(__name__)
bp = Blueprint("api", __name__, url_prefix="/api")


def service() -> SearchService:
    """The app's search service."""
    return search_service(current_app)


def record(kind: str, q: str, total: int) -> None:
    """Log a search in the query log (failures are the log's own business)."""
    query_log(current_app).submit(kind, q, total)


def check_page(result: SearchResult) -> None:
    """A page past the last one is 404 (page 1 always exists, even with no hits)."""
    if result.page > result.pages:
        message = f"page {result.page} is past the last page ({result.pages})"
        raise errors.ApiError(404, "page_out_of_range", message, "page")


def find_films() -> tuple[SearchRequest, SearchResult]:
    """Validate the request's arguments, search films, log the query."""
    params.check_encoding(request.query_string)
    wanted = params.search_request(request.args)
    return wanted, _logged("films", wanted.q, service().search(wanted))


def find_quotes() -> tuple[QuoteRequest, SearchResult]:
    """Validate the request's arguments, search quotes, log the query."""
    params.check_encoding(request.query_string)
    wanted = params.quote_request(request.args)
    return wanted, _logged("quotes", wanted.q, service().quotes(wanted))


def _logged(kind: str, q: str, result: SearchResult) -> SearchResult:
    """The result once its page is known to exist and the query is in the query log."""
    check_page(result)
    record(kind, q, result.total)
    return result


def request_pairs() -> urls.Pairs:
    """The request's known parameters as ordered pairs."""
    return urls.state(request.args.items(multi=True))


def result_json(result: SearchResult, html_endpoint: str) -> dict[str, Any]:
    """``result.to_json()`` plus facet toggle URLs and navigation links."""
    pairs = request_pairs()
    data = result.to_json()
    data["facets"] = urls.facets(request.path, pairs, result.facets)
    pages = urls.page_links(request.path, pairs, result.page, result.pages)
    data["links"] = {
        "self": urls.url(request.path, pairs),
        "html": urls.url(url_for(html_endpoint), pairs),
        "next": pages["next"],
        "prev": pages["prev"],
    }
    return data


@bp.get("/search")
def search() -> ResponseReturnValue:
    """Films matching ``q`` and the facet filters."""
    _, result = find_films()
    return jsonify(result_json(result, "views.search"))


@bp.get("/quotes")
def quotes() -> ResponseReturnValue:
    """Critics' quotes matching a fragment or an exact phrase."""
    _, result = find_quotes()
    return jsonify(result_json(result, "views.quotes"))


@bp.get("/films/<film_id>")
def film(film_id: str) -> ResponseReturnValue:
    """One film: the merged record and similar films."""
    page = service().film(film_id)
    if page is None:
        raise errors.ApiError(404, "not_found", "no film with this id", "film_id")
    return jsonify(page.to_json())


@bp.get("/suggest")
def suggest() -> ResponseReturnValue:
    """Completions for what is being typed: film titles and people, each with its page."""
    params.check_encoding(request.query_string)
    prefix, limit = params.suggest_args(request.args)
    found = service().suggest(prefix, limit) if prefix else []
    return jsonify(
        {
            "query": prefix,
            "suggestions": [{**dataclasses.asdict(s), "url": suggestion_url(s)} for s in found],
        }
    )


def suggestion_url(found: Suggestion) -> str:
    """The page a suggestion opens: its film's, or its person's."""
    if found.film_id:
        return url_for("views.film", film_id=found.film_id)
    return url_for("views.person", person_id=person_slug(found.text))


def find_person(person_id: str) -> tuple[PersonPage, dict[str, Any]]:
    """The person page with its films filtered by the request's ``role`` values, and the
    role facet (``{name, values: [{value, count, selected, toggle_url}], truncated}``)."""
    params.check_encoding(request.query_string)
    roles = tuple(dict.fromkeys(request.args.getlist("role")))
    known = [r for r, _ in ROLES]
    if any(r not in known for r in roles):
        raise errors.ApiError(400, "bad_parameter", f"role must be one of {known}", "role")
    page = service().person(person_id)
    if page is None:
        raise errors.ApiError(404, "not_found", "no person with this id", "person_id")
    pairs = role_pairs()
    values = [
        {
            "value": role,
            "count": len(films),
            "selected": role in roles,
            "toggle_url": urls.url(request.path, urls.toggled(pairs, "role", role)),
        }
        for role, films in page.films.items()
    ]
    return page.only(roles), {"name": "role", "values": values, "truncated": False}


def role_pairs() -> urls.Pairs:
    """The request's ``role`` values as query pairs."""
    return [("role", r) for r in dict.fromkeys(request.args.getlist("role"))]


@bp.get("/people/<person_id>")
def person(person_id: str) -> ResponseReturnValue:
    """One person: name, other spellings, films by role, years active."""
    page, facet = find_person(person_id)
    html = urls.url(url_for("views.person", person_id=person_id), role_pairs())
    return jsonify({**page.to_json(), "facets": [facet], "links": {"html": html}})


@bp.get("/health")
def health() -> ResponseReturnValue:
    """``ok`` with the index status, or 503 when no index can be opened."""
    try:
        status = service().status()
    except IndexUnavailable:
        raise
    except Exception as exc:  # health must report, not crash
        log.exception("health check failed")
        raise errors.ApiError(503, "unavailable", f"the index cannot be read: {exc}") from exc
    if not status.get("available", True):
        raise IndexUnavailable("no index has been built yet")
    return jsonify({"status": "ok", "index": status})


@bp.get("/openapi.json")
def openapi_json() -> ResponseReturnValue:
    """The OpenAPI 3 description of this API."""
    return jsonify(openapi.document())
