"""The HTML pages: search, film, quotes, and the OpenSearch description.

Views are thin: they call the same functions as the JSON API, then hand the templates
ready-made URLs (from :mod:`webapp.urls`) so templates only loop. Every page links to its
JSON twin.
"""

from __future__ import annotations

import json
from typing import Any

from flask import Blueprint, Response, jsonify, render_template, request, url_for
from flask.typing import ResponseReturnValue
from markupsafe import Markup

from indexer import facets
from webapp import api, errors, params, urls
from webapp.search.types import SORTS, QuoteHit, SearchResult

bp = Blueprint("views", __name__)

FACET_LABELS = facets.LABELS
SORT_LABELS = {
    "relevance": "Relevance",
    "year": "Oldest first",
    "-year": "Newest first",
    "title": "Title",
}
#: what ``</script>`` and friends become inside an inline JSON block
_SCRIPT_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def results_context(
    result: SearchResult, selected: dict[str, tuple[str, ...]], api_endpoint: str
) -> dict[str, Any]:
    """What the search and quotes templates need besides the result: URLs and labels."""
    pairs = api.request_pairs()
    facets = urls.facets(request.path, pairs, result.facets)
    shown = [(f["name"], v["value"]) for f in facets for v in f["values"]]
    return {
        "result": result,
        "facets": facets,
        "facet_labels": FACET_LABELS,
        "hidden": urls.hidden(pairs, shown),
        "chips": urls.chips(request.path, pairs, selected),
        "pagination": urls.page_links(request.path, pairs, result.page, result.pages),
        "sorts": urls.sort_links(request.path, pairs, result.sort, SORTS),
        "sort_labels": SORT_LABELS,
        "suggestion_url": urls.suggestion_url(request.path, pairs, result.suggestion)
        if result.suggestion
        else None,
        "literal_url": urls.url(request.path, urls.replaced(pairs, "literal", "1"))
        if (result.understood or result.corrected) and not result.literal
        else None,
        "json_url": urls.url(url_for(api_endpoint), pairs),
        "keep": [(k, v) for k, v in pairs if k not in ("q", "page")],
    }


@bp.get("/")
def search() -> ResponseReturnValue:
    """The search page: box, facets, results, pagination."""
    wanted, result = api.find_films()
    context = results_context(result, wanted.selected(), "api.search")
    return render_template("search.html", q=wanted.q, **context)


@bp.get("/quotes")
def quotes() -> ResponseReturnValue:
    """Critics' quotes by fragment or exact phrase, with outlet and critic facets."""
    wanted, result = api.find_quotes()
    context = results_context(result, wanted.selected(), "api.quotes")
    return render_template("quotes.html", q=wanted.q, **context)


@bp.get("/films/<film_id>")
def film(film_id: str) -> ResponseReturnValue:
    """One film: titles, credits, synopsis, runtimes, awards, quotes, sources, similar films."""
    page = api.service().film(film_id)
    if page is None:
        raise errors.ApiError(404, "not_found", "There is no film with this address.")
    record = page.film
    return render_template(
        "film.html",
        film=record,
        similar=page.similar,
        credits=credit_rows(record),
        synopsis=[p for p in (record.get("synopsis") or "").split("\n\n") if p.strip()],
        jsonld=script_json(
            movie_jsonld(record, url_for("views.film", film_id=film_id, _external=True))
        ),
        json_url=url_for("api.film", film_id=film_id),
    )


@bp.get("/opensearch.xml")
def opensearch() -> ResponseReturnValue:
    """The OpenSearch description, so browsers can add cinedex as a search engine."""
    xml = render_template("opensearch.xml")
    return Response(xml, mimetype="application/opensearchdescription+xml")


@bp.get("/opensearch/suggest")
def opensearch_suggest() -> ResponseReturnValue:
    """Suggestions in the OpenSearch format browsers read: ``[prefix, [completions]]``."""
    params.check_encoding(request.query_string)
    prefix, limit = params.suggest_args(request.args)
    found = api.service().suggest(prefix, limit) if prefix else []
    return jsonify([prefix, [s.text for s in found]])


def credit_rows(film: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(role label, names) in page order: direction, writing, cast, then the crew by role."""
    rows = [("Director", film.get("directors") or []), ("Writer", film.get("writers") or [])]
    rows += [("Cast", film.get("cast") or [])]
    rows += [(role.capitalize(), names) for role, names in (film.get("credits") or {}).items()]
    rows += [("Production", film.get("companies") or [])]
    return [(label, list(names)) for label, names in rows if names]


def movie_jsonld(film: dict[str, Any], page_url: str) -> dict[str, Any]:
    """A schema.org ``Movie`` for search engines."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Movie",
        "name": film.get("title"),
        "url": page_url,
    }
    alternates = [t for t in [film.get("original_title"), *(film.get("alt_titles") or [])] if t]
    optional = {
        "alternateName": alternates,
        "dateCreated": str(film["year"]) if film.get("year") else None,
        "director": [{"@type": "Person", "name": n} for n in film.get("directors") or []],
        "actor": [{"@type": "Person", "name": n} for n in film.get("cast") or []],
        "genre": film.get("genres") or [],
        "countryOfOrigin": [{"@type": "Country", "name": c} for c in film.get("countries") or []],
        "inLanguage": film.get("languages") or [],
        "duration": f"PT{film['runtime_minutes']}M" if film.get("runtime_minutes") else None,
        "description": film.get("synopsis") or None,
        "award": film.get("awards") or [],
        "review": [_review(q) for q in film.get("quotes") or []],
    }
    data.update({k: v for k, v in optional.items() if v})
    return data


def _review(quote: dict[str, Any]) -> dict[str, Any]:
    review: dict[str, Any] = {"@type": "Review", "reviewBody": quote.get("text")}
    if quote.get("critic"):
        review["author"] = {"@type": "Person", "name": quote["critic"]}
    if quote.get("outlet"):
        review["publisher"] = {"@type": "Organization", "name": quote["outlet"]}
    return review


def script_json(data: Any) -> Markup:
    """JSON safe inside ``<script>``: ``<``, ``>``, ``&`` escaped so data cannot close the tag."""
    text = json.dumps(data, ensure_ascii=False)
    return Markup(text.translate(_SCRIPT_ESCAPES))


@bp.app_template_filter("citation")
def citation(hit: QuoteHit) -> str:
    """A plain-text citation: “text” — critic, outlet (date), on Film (year)."""
    source = ", ".join(x for x in (hit.critic, hit.outlet) if x) or "unattributed"
    date = f" ({hit.date})" if hit.date else ""
    year = f" ({hit.film.year})" if hit.film.year else ""
    return f"“{hit.text}” — {source}{date}, on {hit.film.title}{year}"
